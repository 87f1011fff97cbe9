/**
 * Administrative data: the Children in Need census in, the DfE's indicators out. Read a census
 * file (schema years 2017–2024) as typed records with issues by element path and line, stream it
 * for national files, and compute the DfE's indicators as tidy rows.
 *
 * @module sos-eval/admin
 */
export * from './cin-code-lists.js';
export * from './cin-records.js';
export type { CinIssue } from './cin-issue.js';
export * from './read-cin-census.js';
export * from './working-days.js';
export * from './synthesise-cin-census.js';
export * from './cin-referral-outcomes.js';
export {
  cinIndicators,
  type CinIndicatorGrouping,
  type CinIndicatorId,
  type CinIndicatorOptions,
  type CinIndicatorResult,
  type CinIndicatorRow,
} from './cin-indicators.js';
export * from './cin-indicators-from-sources.js';
