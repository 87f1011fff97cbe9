/**
 * Impact estimation: difference-in-differences, two-way fixed effects and group-time effects with cluster-robust errors that agree with R.
 *
 * @module sos-eval/impact
 */
export type { Column } from './_columns.js';
export * from './coefficient-row.js';
export * from './difference-in-differences.js';
export * from './two-way-fixed-effects.js';
export * from './event-study.js';
export * from './group-time-effects.js';
export * from './aggregate-effects.js';
export * from './synthesise-panel.js';
export * from './match-comparisons.js';
export * from './format-impact.js';
