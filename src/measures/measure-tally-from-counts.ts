import { assertCount, assertIterable, showValue } from '../_lib/args.js';
import { MeasureTallyBuilder } from './_measure-tally-builder.js';
import type { MeasureTally } from './measure-tally.js';

/**
 * One row of counts made elsewhere — an SQL `GROUP BY group, measure, value, band, flag`, a
 * worker thread, a published frequency table — for {@link measureTallyFromCounts}.
 *
 * @category Summaries
 * @example
 * ```ts
 * import type { MeasureCountRow } from 'sos-eval/measures';
 * const row: MeasureCountRow = { measure: 'lsns-6', value: 9, count: 14, flags: { isolated: true } };
 * row.count //=> 14
 * ```
 */
export interface MeasureCountRow {
  /** The group label; default null (not grouped). */
  readonly group?: string | null;
  /** The measure's id. */
  readonly measure: string;
  /** The score; default `'total'`. */
  readonly score?: string;
  /** The score's value, or null for respondents whose score is missing. */
  readonly value: number | null;
  /** How many respondents had this value (and band and flags). */
  readonly count: number;
  /** Their band, if the score has bands. */
  readonly band?: string | null;
  /** Their flags, by name (`null` where a flag could not be computed). */
  readonly flags?: Readonly<Record<string, boolean | null>>;
}

/**
 * Builds a {@link MeasureTally} from counts aggregated elsewhere, so they merge with
 * {@link getMeasureTallyMonoid} and summarise with {@link summariseMeasureTally} like a tally of
 * scored rows. Rows for the same group, measure, score and value are added together. Counts are
 * the caller's arithmetic, not survey data, so a broken row throws.
 *
 * @param rows - {@link MeasureCountRow}s in any order (an array or any iterable).
 * @throws TypeError if `rows` is not iterable or a row's fields have the wrong types; RangeError
 *   naming the row for a negative or fractional count or a non-finite value.
 * @category Summaries
 * @example
 * ```ts
 * import { measureTallyFromCounts, summariseMeasureTally } from 'sos-eval/measures';
 *
 * // SELECT total AS value, isolated, count(*) FROM lsns GROUP BY 1, 2
 * const tally = measureTallyFromCounts([
 *   { measure: 'lsns-6', value: 9, count: 2, flags: { isolated: true } },
 *   { measure: 'lsns-6', value: 14, count: 2, flags: { isolated: false } },
 *   { measure: 'lsns-6', value: null, count: 1, flags: { isolated: null } },
 * ]);
 * const [row] = summariseMeasureTally(tally);
 * [row.n, row.missing, row.mean, row.median, row.belowCut] //=> [4, 1, 11.5, 11.5, 50]
 * ```
 */
export function measureTallyFromCounts(rows: Iterable<MeasureCountRow>): MeasureTally {
  assertIterable('rows', rows);
  const builder = new MeasureTallyBuilder();
  let i = 0;
  for (const row of rows) {
    const at = `rows[${i++}]`;
    if (row === null || typeof row !== 'object') {
      throw new TypeError(`${at} must be an object of counts, got ${showValue(row)}`);
    }
    const group = row.group ?? null;
    if (group !== null && typeof group !== 'string') {
      throw new TypeError(`${at}.group must be a string or null, got ${showValue(group)}`);
    }
    if (typeof row.measure !== 'string') {
      throw new TypeError(`${at}.measure must be a string, got ${showValue(row.measure)}`);
    }
    const score = row.score ?? 'total';
    if (typeof score !== 'string') {
      throw new TypeError(`${at}.score must be a string, got ${showValue(score)}`);
    }
    if (row.value !== null && !(typeof row.value === 'number' && Number.isFinite(row.value))) {
      throw new RangeError(
        `${at}.value must be a finite number or null, got ${showValue(row.value)}`,
      );
    }
    assertCount(`${at}.count`, row.count);
    const band = row.band ?? null;
    if (band !== null && typeof band !== 'string') {
      throw new TypeError(`${at}.band must be a string or null, got ${showValue(band)}`);
    }
    const flags = row.flags ?? {};
    if (flags === null || typeof flags !== 'object') {
      throw new TypeError(`${at}.flags must be an object, got ${showValue(flags)}`);
    }
    for (const [name, v] of Object.entries(flags)) {
      if (v !== null && typeof v !== 'boolean') {
        throw new TypeError(`${at}.flags.${name} must be true, false or null, got ${showValue(v)}`);
      }
    }
    builder.add(builder.cell(group, row.measure, score), row.value, row.count, band, flags);
  }
  return builder.build();
}
