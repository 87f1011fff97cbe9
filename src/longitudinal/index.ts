/**
 * `sos-eval/longitudinal`: following the families of any study across its waves. Lay the records
 * out as a panel with retention wave by wave ({@link wavePanel}), pair any two waves by family
 * ({@link pairWaves}), check who was lost between them ({@link attrition}), then compare a measure
 * within families between two waves ({@link compareWaves}) or across three or more with
 * Holm-adjusted follow-ups ({@link compareAcrossWaves}), between two cohorts
 * ({@link compareCohorts}) or across a grouping's levels ({@link compareGroups}). Rows are named
 * by the study's own labels. Results are tidy rows with R's tests from `sos-eval/stats`; missing
 * values are counted, bad values reported as issues, never dropped without a trace. The
 * [analyses guide](../../docs/analyses.md) walks through each function on synthetic data.
 *
 * @module longitudinal
 */
export * from './wave-panel.js';
export * from './pair-waves.js';
export * from './measure-kind.js';
export * from './comparison-row.js';
export * from './compare-waves.js';
export * from './compare-across-waves.js';
export * from './compare-cohorts.js';
export * from './compare-groups.js';
export * from './attrition.js';
