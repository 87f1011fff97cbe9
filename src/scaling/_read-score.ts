import { showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { offScaleReason } from '../_lib/on-scale.js';
import type { Scale } from './scale.js';

/** A score read from data: a number on the scale, missing, or a problem worth an issue. */
export type ReadScore =
  | { kind: 'score'; score: number }
  | { kind: 'missing' }
  | { kind: 'invalid'; issue: ValidationIssue };

const where = (path: readonly (string | number)[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** Classifies one value: `null`, `undefined` and NaN are missing; anything else off the scale is an issue. */
export function readScore(
  value: unknown,
  scale: Scale,
  path: readonly (string | number)[],
): ReadScore {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)))
    return { kind: 'missing' };
  if (typeof value !== 'number') {
    return {
      kind: 'invalid',
      issue: {
        path,
        code: 'invalid_type',
        message: `${where(path)}: expected a score on the ${scale.id} scale, got ${showValue(value)}`,
      },
    };
  }
  const reason = offScaleReason(value, scale);
  if (reason === undefined) return { kind: 'score', score: value };
  return {
    kind: 'invalid',
    issue: {
      path,
      code: reason.code,
      message: `${where(path)}: ${reason.text} (scale ${scale.id}: ${scale.min}–${scale.max} in steps of ${scale.step})`,
    },
  };
}
