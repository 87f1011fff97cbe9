import { notARecord, unreadableRecord } from '../models/record-guard.js';
import { assertArray, assertAsyncIterable, assertIterable, showValue } from '../_lib/args.js';
import { MeasureTallyBuilder } from './_measure-tally-builder.js';
import type { MeasureTally } from './measure-tally.js';
import type { MeasureScore } from './score-measure.js';

/**
 * Options of {@link tallyMeasure} and {@link tallyMeasureAsync} (and so of
 * {@link summariseMeasure}).
 *
 * @category Summaries
 * @example
 * ```ts
 * import type { TallyMeasureOptions } from 'sos-eval/measures';
 * const options: TallyMeasureOptions = { score: 'friends', by: (row, i) => (i % 2 ? 'T2' : 'T1') };
 * options.score //=> 'friends'
 * ```
 */
export interface TallyMeasureOptions {
  /** `'total'` (each row's headline total, the default) or the name of a subscale or total. */
  readonly score?: string;
  /** Group labels parallel to the scored rows, or a function giving a row's group. */
  readonly by?: readonly (string | null)[] | ((row: MeasureScore, index: number) => string | null);
}

/**
 * Tallies one score of scored responses, per group and measure: counts of each value, of missing
 * scores, of bands and of flags. One pass over any iterable — an array, a generator, rows
 * streamed from a file — in memory proportional to groups × distinct scores, so 10^7 responses
 * tally in the same memory as ten. Tallies of chunks merge with {@link getMeasureTallyMonoid};
 * {@link summariseMeasureTally} turns a tally into summary rows.
 *
 * @param scored - Results of {@link scoreMeasure} / {@link scoreMany}.
 * @param options - The score to tally and the grouping.
 * @throws TypeError if `scored` is not iterable or `by` is neither an array nor a function;
 *   RangeError if `score` names no score of a row's measure, or `by` is an array whose length is
 *   not the number of rows.
 * @category Summaries
 * @example
 * ```ts
 * import { tallyMeasure, summariseMeasureTally, scoreMany, LSNS_6 } from 'sos-eval/measures';
 *
 * // Totals 9, 12 and 12: one below the default cut point (< 12).
 * const rows = scoreMany(LSNS_6, [[3, 2, 2, 1, 1, 0], [0, 0, 0, 4, 4, 4], [2, 2, 2, 2, 2, 2]]);
 * const [cell] = tallyMeasure(rows).cells;
 * cell.values //=> [{ value: 9, count: 1 }, { value: 12, count: 2 }]
 * summariseMeasureTally(tallyMeasure(rows))[0].mean //=> 11
 * ```
 */
export function tallyMeasure(
  scored: Iterable<MeasureScore>,
  options: TallyMeasureOptions = {},
): MeasureTally {
  assertIterable('scored', scored);
  const tallier = new MeasureTallier(options);
  const { by } = options;
  if (Array.isArray(scored) && Array.isArray(by) && by.length !== scored.length) {
    throw byLengthError(by.length, String(scored.length));
  }
  for (const row of scored) tallier.push(row);
  return tallier.build();
}

/**
 * {@link tallyMeasure} over an `AsyncIterable` (a Node stream, `readCsvStream`'s rows after
 * scoring) or a plain iterable: the same tally, awaited.
 *
 * @param scored - Scored responses, synchronously or asynchronously iterable.
 * @param options - As for {@link tallyMeasure}.
 * @category Summaries
 * @example
 * ```ts
 * import { tallyMeasureAsync, scoreMeasure, PEARLIN_MASTERY } from 'sos-eval/measures';
 *
 * async function* scoredRows() {
 *   yield scoreMeasure(PEARLIN_MASTERY, [2, 2, 1, 3, 2, 4, 1]); // 24
 *   yield scoreMeasure(PEARLIN_MASTERY, [4, 4, 4, 4, 4, 4, 4]); // 13
 * }
 * const tally = await tallyMeasureAsync(scoredRows());
 * tally.cells[0].values //=> [{ value: 13, count: 1 }, { value: 24, count: 1 }]
 * ```
 */
export async function tallyMeasureAsync(
  scored: AsyncIterable<MeasureScore> | Iterable<MeasureScore>,
  options: TallyMeasureOptions = {},
): Promise<MeasureTally> {
  assertAsyncIterable('scored', scored);
  const tallier = new MeasureTallier(options);
  for await (const row of scored) tallier.push(row);
  return tallier.build();
}

/** One pass of tallyMeasure: push rows one at a time, then build. */
class MeasureTallier {
  private readonly score: string;
  private readonly by: TallyMeasureOptions['by'];
  private readonly builder = new MeasureTallyBuilder();
  private index = 0;

  constructor(options: TallyMeasureOptions) {
    if (options === null || typeof options !== 'object')
      throw new TypeError(`options must be an object, got ${showValue(options)}`);
    const score = options.score ?? 'total';
    if (typeof score !== 'string')
      throw new TypeError(`options.score must be a string, got ${showValue(score)}`);
    if (options.by !== undefined && typeof options.by !== 'function')
      assertArray('options.by', options.by);
    this.score = score;
    this.by = options.by;
  }

  push(row: MeasureScore): void {
    const i = this.index++;
    const { by, score, builder } = this;
    if (Array.isArray(by) && i >= by.length)
      throw byLengthError(by.length, `more than ${by.length}`);
    // A row that is not a scored response (null, a number, a hole) or cannot be read is reported
    // with its index and left out, as in every aggregate (issue 13).
    const notRecord = notARecord(i, row, 'a scored response (from scoreMeasure or scoreMany)');
    if (notRecord !== null) {
      builder.report(notRecord);
      return;
    }
    let measure: string;
    let group: string | null = null;
    let value: number | null;
    let band: string | null;
    let flags: Readonly<Record<string, boolean | null>>;
    try {
      measure = row.measure;
      if (typeof measure !== 'string') {
        builder.report({
          path: [i, 'measure'],
          code: 'invalid_type',
          message: `[${i}]: expected a scored response (from scoreMeasure or scoreMany), got ${showValue(row)}; the row is left out`,
        });
        return;
      }
      if (typeof by === 'function') group = by(row, i);
      else if (by !== undefined) group = by[i]!;
      // 'total' stands for each row's headline total, whatever its own name.
      const name = score === 'total' ? row.totalScore : score;
      value = valueOf(row, score);
      band = name !== null && Object.hasOwn(row.bands, name) ? row.bands[name]! : null;
      flags = { ...row.flags };
    } catch (error) {
      if (error instanceof ScoreOptionError) throw error;
      builder.report(unreadableRecord(i, error));
      return;
    }
    builder.add(builder.cell(group, measure, score), value, 1, band, flags);
  }

  build(): MeasureTally {
    const { by } = this;
    if (Array.isArray(by) && by.length !== this.index) {
      throw byLengthError(by.length, String(this.index));
    }
    return this.builder.build();
  }
}

/** `options.score` names no score of a row's measure: a broken argument, thrown. */
class ScoreOptionError extends RangeError {
  override name = 'RangeError';
}

const byLengthError = (labels: number, rows: string): RangeError =>
  new RangeError(`options.by must have one label per scored row (${rows}), got ${labels}`);

function valueOf(row: MeasureScore, score: string): number | null {
  if (score === 'total') return row.total;
  if (Object.hasOwn(row.subscales, score)) return row.subscales[score]!;
  if (Object.hasOwn(row.totals, score)) return row.totals[score]!;
  const names = [...new Set(['total', ...Object.keys(row.subscales), ...Object.keys(row.totals)])];
  throw new ScoreOptionError(
    `options.score must be one of ${names.join(', ')} for ${row.measure}, got ${JSON.stringify(score)}`,
  );
}
