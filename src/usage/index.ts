/**
 * `sos-eval/usage` — how social workers use the Signs of Safety tools, as the 2017 survey asked
 * it: with all, some or none of their families. Categorise counts into levels
 * ({@link categoriseUsage}) or derive them from case-file audits ({@link usageFromCaseRecords});
 * tally survey answers by pilot, experience grouping, wave, employment or any key
 * ({@link tallyUsage}, streaming any iterable); merge tallies from chunks with
 * {@link UsageTallyMonoid} or build them from counts made elsewhere
 * ({@link usageTallyFromCounts}); read them as tidy rows of counts ({@link tallyRows}), shares that
 * add to exactly 100 with Wilson intervals ({@link usageShares}), adoption
 * ({@link toolAdoption}); and profile one worker's consistency with the core tools
 * ({@link fidelityProfile}). Missing answers are counted, never read as "none"; bad data comes
 * back as issues. The [analyses guide](../../docs/analyses.md) reproduces the 2017 survey's
 * tables with each of these.
 *
 * @module usage
 */
export { categoriseUsage } from './categorise-usage.js';
export {
  usageFromCaseRecords,
  type CaseRecordUsage,
  type CaseRecordUsageRow,
  type UsageFromCaseRecordsOptions,
} from './usage-from-case-records.js';
export type { UsageCounts, UsageTally } from './usage-tally.js';
export {
  tallyUsage,
  tallyUsageAsync,
  type TallyUsageOptions,
  type UsageGrouping,
} from './tally-usage.js';
export { tallyRows, type UsageTallyRow } from './tally-rows.js';
export { UsageTallyMonoid } from './usage-tally-monoid.js';
export { usageTallyFromCounts, type UsageCountRow } from './usage-tally-from-counts.js';
export { largestRemainderPercents } from './largest-remainder-percents.js';
export { usageShares, type UsageShareRow, type UsageSharesOptions } from './usage-shares.js';
export { toolAdoption, type ToolAdoptionOptions, type ToolAdoptionRow } from './tool-adoption.js';
export {
  CORE_PRACTICE_TOOLS,
  fidelityProfile,
  type FidelityClass,
  type FidelityProfile,
  type FidelityProfileOptions,
} from './fidelity-profile.js';
