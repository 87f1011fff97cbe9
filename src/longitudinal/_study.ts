// Reading the study an analysis is asked about, and the waves, cohorts and groupings it names.
// A study is an argument: anything else, or an id the study does not define, throws.
import { assertOneOf, showValue } from '../_lib/args.js';
import type { AnyStudy } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';

export function readStudy(value: unknown): AnyStudy {
  const s = value as Partial<AnyStudy> | null | undefined;
  if (
    s === null ||
    typeof s !== 'object' ||
    s.ids === undefined ||
    !Array.isArray(s.ids.waves) ||
    typeof s.wave !== 'function'
  ) {
    throw new TypeError(`study must be a study made by defineStudy, got ${showValue(value)}`);
  }
  return s as AnyStudy;
}

/** A wave id of the study. */
export function readWave(study: AnyStudy, name: string, value: unknown): string {
  assertOneOf(name, value, study.ids.waves);
  return value;
}

/** Two different waves of the study, as `from` and `to`. */
export function readWavePair(study: AnyStudy, from: unknown, to: unknown): [string, string] {
  const f = readWave(study, 'from', from);
  const t = readWave(study, 'to', to);
  if (f === t) {
    throw new RangeError(`to must be a different wave from from, got ${showValue(t)} for both`);
  }
  return [f, t];
}

/** The label of a wave of the study. */
export const waveLabel = (study: AnyStudy, id: string): string => study.wave(id)?.label ?? id;

/** `later - earlier` as the `comparison` column writes it, from the study's labels. */
export const difference = (later: string, earlier: string): string => `${later} - ${earlier}`;

/** The issue for a record whose wave the study does not have. */
export function unknownWave(study: AnyStudy, i: number, wave: unknown): ValidationIssue {
  return {
    path: [i],
    code: 'unknown_wave',
    message: `[${i}]: wave ${showValue(wave)} is not one of the study's waves (${study.ids.waves
      .map((w) => `'${w}'`)
      .join(', ')}); record set aside`,
  };
}
