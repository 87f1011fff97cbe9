import type { StudyScale, StudyUsageLevel } from './study.js';

/**
 * The usage question's answers when a study gives none: the 2017 survey's "with all of your
 * families", "with some", "not at all".
 *
 * @category Studies
 * @example
 * ```ts
 * import { DEFAULT_USAGE_LEVELS } from 'sos-eval/models';
 *
 * DEFAULT_USAGE_LEVELS.map((l) => l.id) //=> ['all', 'some', 'none']
 * ```
 */
export const DEFAULT_USAGE_LEVELS: readonly [
  StudyUsageLevel<'all'>,
  StudyUsageLevel<'some'>,
  StudyUsageLevel<'none'>,
] = Object.freeze([
  Object.freeze({ id: 'all', label: 'All families', uses: true }),
  Object.freeze({ id: 'some', label: 'Some families', uses: true }),
  Object.freeze({ id: 'none', label: 'Not at all', uses: false }),
] as const);

/**
 * The scales a study has when it gives none: safety judgements 0–10 in half points (case records
 * carry halves), workers' confidence 1–10, and organisational implementation 0–10. Anchor wording
 * varies by authority, so a study that needs its own gives its own scales.
 *
 * @category Studies
 * @example
 * ```ts
 * import { DEFAULT_SCALES } from 'sos-eval/models';
 *
 * DEFAULT_SCALES.map((s) => `${s.id} ${s.min}–${s.max}`) //=> ['safety 0–10', 'confidence 1–10', 'implementation 0–10']
 * ```
 */
export const DEFAULT_SCALES: readonly StudyScale[] = Object.freeze([
  Object.freeze({
    id: 'safety',
    min: 0,
    max: 10,
    step: 0.5,
    anchors: Object.freeze({
      0: 'Not safe for the children to stay in the parents’ care: harm will recur',
      10: 'Safe enough to close the case',
    }),
  }),
  Object.freeze({
    id: 'confidence',
    min: 1,
    max: 10,
    step: 1,
    anchors: Object.freeze({
      1: 'Not at all confident using the framework',
      10: 'Completely confident using the framework',
    }),
  }),
  Object.freeze({
    id: 'implementation',
    min: 0,
    max: 10,
    step: 1,
    anchors: Object.freeze({ 0: 'Implementation barely begun', 10: 'Fully implemented' }),
  }),
] as const);

/**
 * Who scores scaling judgements when a study does not say: the worker, the family, the network.
 *
 * @category Studies
 * @example
 * ```ts
 * import { DEFAULT_SCORERS } from 'sos-eval/models';
 *
 * DEFAULT_SCORERS //=> ['worker', 'family', 'network']
 * ```
 */
export const DEFAULT_SCORERS: readonly string[] = Object.freeze(['worker', 'family', 'network']);
