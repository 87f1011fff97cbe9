import { assertCount, assertIterable, showValue } from '../_lib/args.js';
import { ScaleTallyBuilder } from './_scale-tally-builder.js';
import { offScaleReason, stepIndex } from '../_lib/on-scale.js';
import { assertScale } from './_scale-arg.js';
import type { Scale } from './scale.js';
import type { ScaleTally } from './scale-tally.js';
import type { ScalePointCount } from './summarise-scale.js';

/**
 * Options of {@link scaleTallyFromCounts}: the values counted elsewhere that were not scores.
 *
 * @category Summaries
 * @example
 * ```ts
 * import type { ScaleTallyFromCountsOptions } from 'sos-eval/scaling';
 * const options: ScaleTallyFromCountsOptions = { missing: 12 };
 * options.missing //=> 12
 * ```
 */
export interface ScaleTallyFromCountsOptions {
  /** How many values were missing (default 0). */
  readonly missing?: number;
  /** How many values were invalid (default 0); they carry no issues. */
  readonly invalid?: number;
}

/**
 * Builds a {@link ScaleTally} from counts made elsewhere — `SELECT score, count(*) … GROUP BY
 * score`, a worker thread, a published frequency table — so they merge with
 * {@link getScaleTallyMonoid} and summarise with {@link summariseScaleTally}. Rows for the same
 * point are added. Counts are the caller's arithmetic, not data, so a broken row throws.
 *
 * @param rows - `{ score, count }` rows in any order (an array or any iterable).
 * @param scale - The scale the scores are on.
 * @param options - Missing and invalid counts.
 * @throws TypeError when `rows` is not iterable or a row is not an object; RangeError naming the
 *   row for a score off the scale or a count that is negative or fractional.
 * @category Summaries
 * @example
 * ```ts
 * import { scaleTallyFromCounts, summariseScaleTally, SAFETY_SCALE } from 'sos-eval/scaling';
 *
 * // Five families scored 3, five scored 6: mean 4.5, median 4.5.
 * const t = scaleTallyFromCounts([{ score: 3, count: 5 }, { score: 6, count: 5 }], SAFETY_SCALE, { missing: 2 });
 * const s = summariseScaleTally(t, SAFETY_SCALE);
 * [s.n, s.missing, s.mean, s.median] //=> [10, 2, 4.5, 4.5]
 * ```
 */
export function scaleTallyFromCounts(
  rows: Iterable<ScalePointCount>,
  scale: Scale,
  options: ScaleTallyFromCountsOptions = {},
): ScaleTally {
  assertIterable('rows', rows);
  assertScale('scale', scale);
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const builder = new ScaleTallyBuilder(scale);
  let i = 0;
  for (const row of rows) {
    const at = `rows[${i++}]`;
    if (row === null || typeof row !== 'object')
      throw new TypeError(`${at} must be a { score, count } object, got ${showValue(row)}`);
    if (typeof row.score !== 'number')
      throw new TypeError(`${at}.score must be a number, got ${showValue(row.score)}`);
    const reason = offScaleReason(row.score, scale);
    if (reason !== undefined) throw new RangeError(`${at}.score: ${reason.text}`);
    assertCount(`${at}.count`, row.count);
    builder.counts[stepIndex(row.score, scale.min, scale.step)]! += row.count;
  }
  const missing = options.missing ?? 0;
  assertCount('options.missing', missing);
  const invalid = options.invalid ?? 0;
  assertCount('options.invalid', invalid);
  builder.missing = missing;
  builder.invalidWithoutIssue = invalid;
  return builder.build();
}
