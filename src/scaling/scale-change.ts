import { assertArray, assertFinite, showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { readScore } from './_read-score.js';
import { assertScale } from './_scale-arg.js';
import { SAFETY_SCALE } from './built-in-scales.js';
import type { Scale } from './scale.js';

/**
 * A score with the id of what it belongs to (a case, a family, a worker).
 *
 * @category Change
 */
export interface IdentifiedScore {
  /** The case's (or family's, or worker's) id. */
  readonly id: string;
  /** The score; `null`, `undefined` or NaN when missing. */
  readonly score: number | null | undefined;
}

/**
 * Which way a score moved: up by at least the threshold, down by at least it, or neither.
 *
 * @category Change
 */
export type ChangeDirection = 'improved' | 'unchanged' | 'worsened';

/**
 * One case's change between two scores. `difference` and `direction` are `null` when either
 * score is missing or invalid.
 *
 * @category Change
 */
export interface ScaleChangeRow {
  /** Position in the input arrays. */
  readonly index: number;
  /** The id, when the inputs were `{ id, score }` objects; otherwise `null`. */
  readonly id: string | null;
  /** The earlier score, or `null` when missing or invalid. */
  readonly before: number | null;
  /** The later score, or `null` when missing or invalid. */
  readonly after: number | null;
  /** `after − before`. */
  readonly difference: number | null;
  /** `improved` when the difference ≥ threshold, `worsened` when ≤ −threshold, else `unchanged`. */
  readonly direction: ChangeDirection | null;
}

/**
 * Counts of cases by direction, with those that could not be compared.
 *
 * @category Change
 */
export interface ScaleChangeTotals {
  /** Cases whose score rose by at least the threshold. */
  readonly improved: number;
  /** Cases whose score moved by less than the threshold. */
  readonly unchanged: number;
  /** Cases whose score fell by at least the threshold. */
  readonly worsened: number;
  /** Cases with a missing score at either time (and no invalid one). */
  readonly missing: number;
  /** Cases with an invalid score at either time (see `issues`). */
  readonly invalid: number;
}

/**
 * The result of `scaleChange`: one row per case, totals, and issues for invalid scores.
 *
 * @category Change
 */
export interface ScaleChange {
  /** The threshold used. */
  readonly threshold: number;
  /** One row per case, in input order. */
  readonly rows: readonly ScaleChangeRow[];
  /** Cases by direction; the five counts sum to the number of rows. */
  readonly totals: ScaleChangeTotals;
  /** One issue per invalid score; paths are `['before' | 'after', index]`. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Options for `scaleChange`.
 *
 * @category Change
 */
export interface ScaleChangeOptions {
  /** The smallest rise that counts as improvement (and fall as worsening); default 1. Must be > 0. */
  readonly threshold?: number;
  /** The scale both scores are on; default `SAFETY_SCALE`. */
  readonly scale?: Scale;
}

type ScoreInput = number | null | undefined | IdentifiedScore;

const isIdentified = (x: unknown): x is IdentifiedScore =>
  x !== null && typeof x === 'object' && !Array.isArray(x) && 'id' in x;

/**
 * Change between two aligned sets of scores (the same cases at two times). Pass either two
 * arrays of scores aligned by position, or two arrays of `{ id, score }` aligned by position with
 * the same id at each position. A case improved when `after − before ≥ threshold`, worsened when
 * `after − before ≤ −threshold`, and is unchanged otherwise; missing scores are counted, invalid
 * ones reported in `issues`.
 *
 * @throws RangeError when the arrays differ in length, when the ids at a position differ, or when
 *   `threshold` is not a positive finite number; TypeError when an argument has the wrong kind.
 * @category Change
 * @example
 * ```ts
 * import { scaleChange } from 'sos-eval/scaling';
 *
 * const change = scaleChange([3, 5, 6, null], [5, 5.5, 4, 7]);
 * change.rows.map((r) => r.direction) //=> ['improved', 'unchanged', 'worsened', null]
 * change.totals //=> { improved: 1, unchanged: 1, worsened: 1, missing: 1, invalid: 0 }
 * scaleChange([{ id: 'F-1', score: 2 }], [{ id: 'F-1', score: 4 }]).rows[0] //=> { index: 0, id: 'F-1', before: 2, after: 4, difference: 2, direction: 'improved' }
 * ```
 */
export function scaleChange(
  before: readonly number[] | readonly (number | null | undefined)[] | readonly IdentifiedScore[],
  after: readonly number[] | readonly (number | null | undefined)[] | readonly IdentifiedScore[],
  options: ScaleChangeOptions = {},
): ScaleChange {
  assertArray('before', before);
  assertArray('after', after);
  if (before.length !== after.length)
    throw new RangeError(
      `before and after must have the same length, got ${before.length} and ${after.length}`,
    );
  const threshold = options.threshold ?? 1;
  assertFinite('threshold', threshold);
  if (!(threshold > 0))
    throw new RangeError(`threshold must be greater than 0, got ${showValue(threshold)}`);
  const scale = options.scale ?? SAFETY_SCALE;
  assertScale('scale', scale);

  const issues: ValidationIssue[] = [];
  const totals = { improved: 0, unchanged: 0, worsened: 0, missing: 0, invalid: 0 };
  const rows = (before as readonly ScoreInput[]).map((b, index): ScaleChangeRow => {
    const a = (after as readonly ScoreInput[])[index];
    const bId = isIdentified(b) ? b.id : null;
    const aId = isIdentified(a) ? a.id : null;
    if (bId !== aId)
      throw new RangeError(
        `before and after must have the same id at each position, got ${showValue(bId)} and ${showValue(aId)} at index ${index}`,
      );
    const readB = readScore(isIdentified(b) ? b.score : b, scale, ['before', index]);
    const readA = readScore(isIdentified(a) ? a.score : a, scale, ['after', index]);
    for (const r of [readB, readA]) if (r.kind === 'invalid') issues.push(r.issue);
    const bScore = readB.kind === 'score' ? readB.score : null;
    const aScore = readA.kind === 'score' ? readA.score : null;
    if (bScore === null || aScore === null) {
      if (readB.kind === 'invalid' || readA.kind === 'invalid') totals.invalid++;
      else totals.missing++;
      return { index, id: bId, before: bScore, after: aScore, difference: null, direction: null };
    }
    // Rounded to 12 significant digits so decimal steps compare as written (0.3 − 0.2 is 0.1).
    const difference = Number((aScore - bScore).toPrecision(12));
    const direction: ChangeDirection =
      difference >= threshold ? 'improved' : difference <= -threshold ? 'worsened' : 'unchanged';
    totals[direction]++;
    return { index, id: bId, before: bScore, after: aScore, difference, direction };
  });
  return { threshold, rows, totals, issues };
}
