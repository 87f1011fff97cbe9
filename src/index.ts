/**
 * `sos-eval`: typed records, pure functions and R-matching statistics for evaluating
 * child-protection practice frameworks, Signs of Safety first. Every module is also its own
 * subpath (`sos-eval/models`, `sos-eval/stats`, …); import the subpath to keep bundles small.
 * `sos-eval/admin` (the CIN census, with its XML parser) and `sos-eval/qualitative` (REFI-QDA,
 * with its zip reader) are only subpaths, so the root never pulls in their dependencies.
 *
 * @module sos-eval
 */
export * from './models/index.js';
export * from './reference/index.js';
export * from './stats/index.js';
export * from './scaling/index.js';
export * from './usage/index.js';
export * from './longitudinal/index.js';
export * from './measures/index.js';
export * from './io/index.js';
export * from './synthetic/index.js';
export * from './disclosure/index.js';
export * from './impact/index.js';
export * from './costs/index.js';
export * from './charts/index.js';
