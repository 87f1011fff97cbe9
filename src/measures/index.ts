/**
 * `sos-eval/measures` — scoring family outcome measures from item codes: LSNS-6, Pearlin–Schooler
 * mastery, the SDQ (parent, teacher, self, and its impact supplement), the Yatchmenoff Client
 * Engagement Scale (from an item map you supply), and Kiresuk–Sherman goal attainment T-scores.
 * Definitions are data (items, reverse keys, subscales, totals, missing-item policy, flags, band
 * tables with their source and a confidence label), so you can define your own with
 * `defineMeasure`. Bad responses are reported as issues, never thrown. No item wording is carried:
 * several instruments are copyrighted (the SDQ is © youthinmind). The
 * [outcome measures guide](../../docs/measures.md) gives each scoring rule with its source and
 * confidence label.
 *
 * @module measures
 */
export { MEASURE_CONFIDENCES, type MeasureConfidence } from './measure-confidence.js';
export type {
  MeasureBand,
  MeasureBandTable,
  MeasureDefinition,
  MeasureDefinitionInput,
  MeasureFlag,
  MeasureFlagRule,
  MeasureItems,
  MeasureMissingPolicy,
  MeasureTotalRule,
} from './measure-definition.js';
export {
  MeasureBandTableSchema,
  MeasureDefinitionSchema,
  MeasureMissingPolicySchema,
} from './measure-definition-schema.js';
export { measureScoreRange } from './measure-score-range.js';
export { defineMeasure } from './define-measure.js';
export { reverseKey } from './reverse-key.js';
export { validateMeasureResponses } from './validate-measure-responses.js';
export { scoreMeasure, type MeasureScore, type ScoreMeasureOptions } from './score-measure.js';
export { scoreMany } from './score-many.js';
export { LSNS_6, type LsnsIsolationRule } from './lsns-6.js';
export { PEARLIN_MASTERY } from './pearlin-mastery.js';
export { SDQ, SDQ_PARENT, SDQ_SELF, SDQ_TEACHER } from './sdq.js';
export { SDQ_PARENT_BANDS, SDQ_TEACHER_BANDS } from './sdq-bands.js';
export {
  scoreSdqImpact,
  type SdqImpactResponses,
  type SdqImpactScore,
  type SdqInformant,
} from './sdq-impact.js';
export {
  CLIENT_ENGAGEMENT,
  type ClientEngagementDimension,
  type ClientEngagementStructure,
} from './client-engagement.js';
export { defineClientEngagement, type ClientEngagementSetup } from './define-client-engagement.js';
export { goalAttainmentT, type GoalAttainmentOptions } from './goal-attainment-t.js';
export { MEASURES, type BuiltInMeasureId } from './measures-registry.js';
export { summariseMeasure, type SummariseMeasureOptions } from './summarise-measure.js';
export type {
  MeasureFlagCount,
  MeasureTally,
  MeasureTallyCell,
  MeasureValueCount,
} from './measure-tally.js';
export { tallyMeasure, tallyMeasureAsync, type TallyMeasureOptions } from './tally-measure.js';
export { getMeasureTallyMonoid } from './measure-tally-monoid.js';
export { measureTallyFromCounts, type MeasureCountRow } from './measure-tally-from-counts.js';
export {
  summariseMeasureTally,
  type MeasureSummaryRow,
  type SummariseMeasureTallyOptions,
} from './summarise-measure-tally.js';
export {
  appendixTable,
  type AppendixTableCell,
  type AppendixTableEntry,
  type AppendixTableOptions,
  type AppendixTableRow,
} from './appendix-table.js';
export {
  parseFamilyInterviewWithMeasures,
  type ParseInterviewWithMeasuresOptions,
} from './parse-family-interview-with-measures.js';
export { studyMeasures } from './study-measures.js';
