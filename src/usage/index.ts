/**
 * `sos-eval/usage` — how social workers use a study's tools, as its survey asks it: on the
 * study's own usage levels (with all, some or none of their families by default; always …
 * never, or any ordered answers a study defines). Every function takes the study made by
 * `defineStudy` (`{ study }`), so the tools of its catalogue, custom ones included, and its
 * levels are what is counted. Categorise counts into levels ({@link categoriseUsage}) or derive
 * them from case-file audits ({@link usageFromCaseRecords}); tally survey answers by site, wave,
 * employment, any grouping of the study's sites or any key ({@link tallyUsage}, streaming any
 * iterable), with groups in the study's order; merge tallies from chunks with the study's
 * monoid ({@link getUsageTallyMonoid}) or build them from counts made elsewhere
 * ({@link usageTallyFromCounts}); read them as tidy rows of counts ({@link tallyRows}), shares
 * that add to exactly 100 with Wilson intervals ({@link usageShares}), adoption
 * ({@link toolAdoption}); and profile one worker's consistency with the core tools
 * ({@link fidelityProfile}). Missing answers are counted, never read as the lowest level; bad
 * data comes back as issues. The [analyses guide](../../docs/analyses.md) reproduces the 2017
 * survey's tables with each of these.
 *
 * @module usage
 */
export { categoriseUsage, type CategoriseUsageOptions } from './categorise-usage.js';
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
export { tallyRows, type TallyRowsOptions, type UsageTallyRow } from './tally-rows.js';
export { getUsageTallyMonoid } from './usage-tally-monoid.js';
export {
  usageTallyFromCounts,
  type UsageCountRow,
  type UsageTallyFromCountsOptions,
} from './usage-tally-from-counts.js';
export { largestRemainderPercents } from './largest-remainder-percents.js';
export { usageShares, type UsageShareRow, type UsageSharesOptions } from './usage-shares.js';
export { toolAdoption, type ToolAdoptionOptions, type ToolAdoptionRow } from './tool-adoption.js';
export {
  corePracticeTools,
  fidelityProfile,
  type FidelityClass,
  type FidelityProfile,
  type FidelityProfileOptions,
} from './fidelity-profile.js';
