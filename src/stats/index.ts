/**
 * `sos-eval/stats`: intervals, tests and effect sizes that give R's answers, with R's option
 * names and defaults (`correct`, `exact`, `alternative`, `confLevel`). Tests return frozen
 * objects shaped like R's `htest` (`method`, `statistic`, `df`, `pValue`, `estimate`, `confInt`,
 * `alternative`); upper tails are computed directly so very small p-values keep their precision.
 * The [statistics guide](../../docs/statistics.md) gives each method's formula, its R equivalent
 * and when to use it.
 *
 * @module stats
 */
export { type Alternative, ALTERNATIVES } from './alternative.js';
export * from './proportion-interval.js';
export * from './wilson-interval.js';
export * from './clopper-pearson-interval.js';
export * from './newcombe-interval.js';
export * from './newcombe-paired-interval.js';
export * from './two-proportion-test.js';
export * from './chi-square-test.js';
export * from './fisher-exact-test.js';
export * from './mcnemar-test.js';
export * from './cohens-h.js';
export * from './cohens-kappa.js';
export * from './effect-estimate.js';
export * from './risk-difference.js';
export * from './odds-ratio.js';
export * from './test-result.js';
export * from './wilcoxon-signed-rank-test.js';
export * from './mann-whitney-test.js';
export * from './kruskal-wallis-test.js';
export * from './friedman-test.js';
export * from './cochran-q-test.js';
export * from './t-test-result.js';
export * from './one-sample-t-test.js';
export * from './paired-t-test.js';
export * from './welch-t-test.js';
export * from './adjust-p-values.js';
export * from './cohens-dz.js';
export * from './format-test.js';
export * from './tidy.js';
export type { RankTestOptions } from './_rank-test-options.js';
export type { TTestOptionsBase } from './_t-test.js';
export type { SampleInput } from './_samples.js';
export type { TwoByTwo } from './_table.js';
