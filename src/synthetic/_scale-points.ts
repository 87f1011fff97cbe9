import type { StudyScale } from '../models/study/study.js';
import type { Random } from './_random.js';

/** @internal The number of steps from a scale's minimum to its maximum. */
export const stepsOf = (scale: StudyScale): number =>
  Math.round((scale.max - scale.min) / scale.step);

/**
 * @internal The score `index` steps above the scale's minimum (clamped to the scale), rounded to
 * 12 significant digits so that 0.1-steps read 0.3, not 0.30000000000000004.
 */
export const pointOf = (scale: StudyScale, index: number): number => {
  const k = Math.min(stepsOf(scale), Math.max(0, Math.round(index)));
  return Number((scale.min + k * scale.step).toPrecision(12));
};

/** @internal A point drawn around `share` of the way up the scale (sd `spread` of the range). */
export const drawPoint = (
  random: Random,
  scale: StudyScale,
  share: number,
  spread: number,
): number => {
  const steps = stepsOf(scale);
  return pointOf(scale, random.normal(share * steps, spread * steps));
};
