/**
 * `sos-eval/scaling` — Signs of Safety scaling questions: defining scales (safety 0–10,
 * confidence 1–10, implementation 0–10, or your own), rescaling between them, summarising
 * scores with R-matching quartiles, change between two time points, drift in a case's safety
 * judgements (the stance of critical inquiry), and the gap between workers' and families' scores.
 * Bad data is reported as issues and missing values are counted; nothing is silently dropped.
 * The [analyses guide](../../docs/analyses.md) walks through each function on synthetic data.
 *
 * @module scaling
 */
export type { Scale, ScaleDefinition } from './scale.js';
export { defineScale } from './define-scale.js';
export { studyScale } from './study-scale.js';
export { SAFETY_SCALE, CONFIDENCE_SCALE, IMPLEMENTATION_SCALE } from './built-in-scales.js';
export { rescale } from './rescale.js';
export type { QuantileType } from '../_lib/numeric/quantile.js';
export {
  summariseScale,
  type ScalePointCount,
  type ScaleSummary,
  type SummariseScaleOptions,
} from './summarise-scale.js';
export type { ScaleTally } from './scale-tally.js';
export { tallyScale, tallyScaleAsync } from './tally-scale.js';
export { getScaleTallyMonoid } from './scale-tally-monoid.js';
export {
  scaleTallyFromCounts,
  type ScaleTallyFromCountsOptions,
} from './scale-tally-from-counts.js';
export { summariseScaleTally } from './summarise-scale-tally.js';
export {
  scaleChange,
  type ChangeDirection,
  type IdentifiedScore,
  type ScaleChange,
  type ScaleChangeOptions,
  type ScaleChangeRow,
  type ScaleChangeTotals,
} from './scale-change.js';
export {
  judgementsFromCaseRecords,
  type CaseJudgement,
  type CaseRecordLike,
} from './case-judgement.js';
export {
  detectDrift,
  type DetectDriftOptions,
  type DriftReport,
  type DriftStatus,
  type DriftTrajectory,
} from './detect-drift.js';
export {
  scaleDivergence,
  type ComparedScorer,
  type DivergencePair,
  type DivergenceSummaryRow,
  type ScaleDivergence,
  type ScaleDivergenceOptions,
} from './scale-divergence.js';
