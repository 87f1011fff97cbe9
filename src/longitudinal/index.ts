/**
 * `sos-eval/longitudinal`: following families from Time 1 to Time 2. Pair the waves' records by
 * family ({@link pairWaves}), check who was lost ({@link attrition}), then compare a measure
 * within families over time ({@link compareWaves}), between two cohorts ({@link compareCohorts})
 * or across several groups with Holm-adjusted follow-ups ({@link compareGroups}). Results are
 * tidy rows with R's tests from `sos-eval/stats`; missing values are counted, bad values reported
 * as issues, never dropped without a trace. The [analyses guide](../../docs/analyses.md) walks
 * through each function on synthetic data.
 *
 * @module longitudinal
 */
export * from './pair-waves.js';
export * from './measure-kind.js';
export * from './comparison-row.js';
export * from './compare-waves.js';
export * from './compare-cohorts.js';
export * from './compare-groups.js';
export * from './attrition.js';
