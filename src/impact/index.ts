/**
 * `sos-eval/impact`: did it work? Difference-in-differences (2 × 2, with covariates), two-way
 * fixed effects by the within transformation, event studies with a joint pre-trend test, and
 * Callaway & Sant'Anna group-time effects for staggered adoption with their aggregations — with
 * cluster-robust (HC1) or influence-function standard errors that agree with R (`lm` +
 * `sandwich::vcovCL`, `did`'s formulas) — plus matched comparison authorities with balance tables.
 * Every function reads tidy rows, naming columns by key or accessor; results are frozen, tidy
 * and printable with {@link formatImpact}. The [impact guide](../../docs/impact.md) reproduces the
 * shape of the 2020 Signs of Safety evaluation on a synthetic census and says when each
 * estimator is right.
 *
 * @module impact
 */
export type { Column } from './_columns.js';
export * from './coefficient-row.js';
export * from './cluster-robust-estimate.js';
export * from './difference-in-differences.js';
export * from './two-way-fixed-effects.js';
export * from './event-study.js';
export * from './group-time-effects.js';
export * from './aggregate-effects.js';
export * from './synthesise-panel.js';
export * from './match-comparisons.js';
export * from './format-impact.js';
