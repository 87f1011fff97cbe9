/**
 * Costs and value for money: time diaries ({@link defineDiaryStudy}, {@link checkDiaries}), unit
 * costs on the PSSRU schema ({@link defineUnitCost}), summaries with t and seeded bootstrap
 * intervals, case and implementation costs with discounting, and incremental cost-effectiveness.
 * The [costs guide](../../docs/costs.md) walks through a synthetic 121-worker diary study.
 *
 * @module costs
 */
export * from './diary-activity.js';
export * from './define-diary-study.js';
export * from './check-diaries.js';
export * from './round-pence.js';
export * from './price-index.js';
export * from './unit-cost.js';
export * from './mean-interval.js';
export type { DiaryGroupBy } from './diary-group-by.js';
export * from './activity-hours.js';
export * from './direct-work-share.js';
export * from './case-hours.js';
export * from './compare-activity-time.js';
export * from './case-costs.js';
export * from './discount.js';
export * from './implementation-costs.js';
export * from './cost-effectiveness.js';
export * from './diary-csv-preset.js';
export * from './synthesise-diaries.js';
export * from './cost-per-outcome.js';
