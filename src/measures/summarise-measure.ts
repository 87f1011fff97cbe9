import { assertArray, showValue } from '../_lib/args.js';
import { sampleSummary } from './sample-summary.js';
import type { MeasureScore } from './score-measure.js';

/**
 * Options for {@link summariseMeasure}.
 *
 * @category Summaries
 * @example
 * ```ts
 * import type { SummariseMeasureOptions } from 'sos-eval/measures';
 * const options: SummariseMeasureOptions = { score: 'family', by: ['a', 'b'] };
 * options.score //=> "family"
 * ```
 */
export interface SummariseMeasureOptions {
  /** `'total'` (the headline total, the default) or the name of a subscale or total. */
  readonly score?: string;
  /** Group labels parallel to the scored rows, or a function giving a row's group. */
  readonly by?: readonly (string | null)[] | ((row: MeasureScore, index: number) => string | null);
  /** The flag counted in `belowCut`; by default the rows' only flag when `score` is `'total'`. */
  readonly flag?: string | null;
  /** Band labels to report in `bandShares`, in this order, zeros included; by default those seen. */
  readonly bandLabels?: readonly string[];
}

/**
 * One tidy summary row: one score of one measure in one group.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { summariseMeasure, scoreMany, LSNS_6 } from 'sos-eval/measures';
 * const [row] = summariseMeasure(scoreMany(LSNS_6, [[5, 5, 5, 5, 5, 5]]));
 * [row.n, row.mean, row.sd] //=> [1, 30, null]
 * ```
 */
export interface MeasureSummaryRow {
  /** The group label, or null when not grouped. */
  readonly group: string | null;
  /** The measure's id. */
  readonly measure: string;
  /** The score summarised. */
  readonly score: string;
  /** Respondents with the score. */
  readonly n: number;
  /** Respondents whose score is null. */
  readonly missing: number;
  /** Mean, or null when n = 0. */
  readonly mean: number | null;
  /** Sample standard deviation (n − 1 denominator), or null when n < 2. */
  readonly sd: number | null;
  /** Median (R's `quantile` type 7), or null when n = 0. */
  readonly median: number | null;
  /** Percentage of the n respondents in each band of the score (empty when it has no bands). */
  readonly bandShares: Readonly<Record<string, number>>;
  /** Percentage of respondents with the flag set, among those with a flag value; null when none. */
  readonly belowCut: number | null;
}

/**
 * Summarises one score over many scored respondents as tidy rows, one per group and measure
 * (groups in order of first appearance): n, missing, mean, SD (n − 1), median (R's type 7),
 * band shares and the percentage flagged (e.g. isolated on LSNS-6). Percentages are 0–100.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { summariseMeasure, scoreMany, LSNS_6 } from 'sos-eval/measures';
 * const scored = scoreMany(LSNS_6, [[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3], null]);
 * const [row] = summariseMeasure(scored);
 * [row.n, row.missing, row.mean, row.median] //=> [3, 1, 12, 12]
 * row.sd //=> 6
 * row.belowCut //=> 33.3333
 * summariseMeasure(scored, { score: 'family', by: ['a', 'a', 'b', 'b'] }).map((r) => [r.group, r.mean]) //=> [['a', 4.5], ['b', 9]]
 * ```
 */
export function summariseMeasure(
  scored: readonly MeasureScore[],
  options: SummariseMeasureOptions = {},
): MeasureSummaryRow[] {
  assertArray('scored', scored);
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const score = options.score ?? 'total';
  if (typeof score !== 'string')
    throw new TypeError(`options.score must be a string, got ${showValue(score)}`);
  const { by } = options;
  if (by !== undefined && typeof by !== 'function') {
    assertArray('options.by', by);
    if (by.length !== scored.length) {
      throw new RangeError(
        `options.by must have one label per scored row (${scored.length}), got ${by.length}`,
      );
    }
  }
  const groupOf = (row: MeasureScore, i: number): string | null =>
    by === undefined ? null : typeof by === 'function' ? by(row, i) : by[i]!;

  const groups = new Map<string, { group: string | null; measure: string; rows: MeasureScore[] }>();
  scored.forEach((row, i) => {
    const group = groupOf(row, i);
    const key = JSON.stringify([group, row.measure]);
    if (!groups.has(key)) groups.set(key, { group, measure: row.measure, rows: [] });
    groups.get(key)!.rows.push(row);
  });

  // 'total' stands for each row's headline total, whatever its own name.
  const nameOf = (row: MeasureScore): string | null => (score === 'total' ? row.totalScore : score);
  const valueOf = (row: MeasureScore): number | null => {
    if (score === 'total') return row.total;
    if (Object.hasOwn(row.subscales, score)) return row.subscales[score]!;
    if (Object.hasOwn(row.totals, score)) return row.totals[score]!;
    const names = [
      ...new Set(['total', ...Object.keys(row.subscales), ...Object.keys(row.totals)]),
    ];
    throw new RangeError(
      `options.score must be one of ${names.join(', ')} for ${row.measure}, got ${JSON.stringify(score)}`,
    );
  };
  const flagOf = (rows: readonly MeasureScore[]): string | null => {
    if (options.flag !== undefined) return options.flag;
    const names = new Set(rows.flatMap((r) => Object.keys(r.flags)));
    return score === 'total' && names.size === 1 ? [...names][0]! : null;
  };

  return [...groups.values()].map(({ group, measure, rows }) => {
    const values = rows.map(valueOf);
    const present = values.filter((v): v is number => v !== null);
    const n = present.length;
    const labels = rows.map((r) => {
      const name = nameOf(r);
      return name !== null && Object.hasOwn(r.bands, name) ? r.bands[name]! : null;
    });
    const bandShares: Record<string, number> = {};
    for (const label of options.bandLabels ?? []) bandShares[label] = 0;
    for (const label of labels)
      if (label !== null) bandShares[label] = (bandShares[label] ?? 0) + 1;
    for (const label of Object.keys(bandShares))
      bandShares[label] = n === 0 ? 0 : (100 * bandShares[label]!) / n;
    const flag = flagOf(rows);
    const flagged =
      flag === null
        ? []
        : rows.map((r) => r.flags[flag]).filter((f): f is boolean => typeof f === 'boolean');
    return {
      group,
      measure,
      score,
      n,
      missing: values.length - n,
      ...sampleSummary(present),
      bandShares,
      belowCut:
        flagged.length === 0 ? null : (100 * flagged.filter(Boolean).length) / flagged.length,
    };
  });
}
