/**
 * Administrative data: the Children in Need census in, the DfE's indicators out. Read a census
 * file (schema years 2017–2024) as typed records with issues by element path and line, stream it
 * for national files, compute the DfE's indicators as tidy rows by authority, group or a study's
 * pilots, turn it into child-level outcome rows for impact analysis, and make synthetic censuses
 * with a known effect. Guides: docs/cin-census.md and docs/indicators.md.
 *
 * @module admin
 */
export * from './cin-code-lists.js';
export * from './cin-records.js';
export type { CinIssue } from './cin-issue.js';
export {
  readCinCensus,
  readCinCensusStream,
  type CinCensus,
  type CinCensusItem,
  type CinCensusSource,
  type ReadCinCensusOptions,
} from './read-cin-census.js';
export { isWorkingDay, workingDaysBetween } from './working-days.js';
export {
  synthesiseCinCensus,
  type SynthesiseCinCensusOptions,
  type SyntheticAuthority,
  type SyntheticCinCensus,
} from './synthesise-cin-census.js';
export {
  cinReferralOutcomes,
  type CinCensusForOutcomes,
  type CinReferralOutcome,
  type CinReferralOutcomes,
} from './cin-referral-outcomes.js';
export {
  cinIndicators,
  type CinIndicatorGrouping,
  type CinIndicatorId,
  type CinIndicatorOptions,
  type CinIndicatorResult,
  type CinIndicatorRow,
} from './cin-indicators.js';
export {
  cinIndicatorsFromSources,
  type CinIndicatorsFromSourcesOptions,
} from './cin-indicators-from-sources.js';
export {
  CIN_CSV_COLUMNS,
  readCinCensusCsv,
  writeCinCensusCsv,
  type ReadCinCensusCsvOptions,
} from './cin-census-csv.js';
