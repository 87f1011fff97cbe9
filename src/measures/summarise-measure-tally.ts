import { showValue } from '../_lib/args.js';
import { orderStatistic, sortCounts } from '../_lib/numeric/counts.js';
import { mean as meanOf } from '../_lib/numeric/mean.js';
import { quantileAt } from '../_lib/numeric/quantile.js';
import { sd as sdOf } from '../_lib/numeric/variance.js';
import type { MeasureTally, MeasureTallyCell } from './measure-tally.js';

/**
 * Options of {@link summariseMeasureTally} (and so of {@link summariseMeasure}).
 *
 * @category Summaries
 * @example
 * ```ts
 * import type { SummariseMeasureTallyOptions } from 'sos-eval/measures';
 * const options: SummariseMeasureTallyOptions = { flag: 'isolated', bandLabels: ['normal', 'borderline', 'abnormal'] };
 * options.flag //=> 'isolated'
 * ```
 */
export interface SummariseMeasureTallyOptions {
  /**
   * The flag counted in `belowCut`; by default a cell's only flag when its score is `'total'`.
   * `null` counts none.
   */
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
 * Summary rows from a {@link MeasureTally}, one per group × measure × score in the tally's order:
 * n, missing, mean, SD (n − 1), median (R's `quantile` type 7), band shares and the percentage
 * flagged. Every statistic is read exactly from the counts, so the summary of a merged tally
 * equals the summary of all its rows at once. Percentages are 0–100.
 *
 * @param tally - From {@link tallyMeasure}, {@link tallyMeasureAsync},
 *   {@link measureTallyFromCounts} or {@link getMeasureTallyMonoid}.
 * @param options - The flag and band labels to report.
 * @throws TypeError if `tally` is not a tally or an option has the wrong type.
 * @category Summaries
 * @example
 * ```ts
 * import { summariseMeasureTally, tallyMeasure, scoreMany, LSNS_6 } from 'sos-eval/measures';
 *
 * // Totals 6, 12 and 18 (each respondent answers every item 1, 2 or 3).
 * const tally = tallyMeasure(scoreMany(LSNS_6, [[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]]));
 * const [row] = summariseMeasureTally(tally);
 * [row.n, row.mean, row.sd, row.median] //=> [3, 12, 6, 12]
 * row.belowCut //=> 33.3333
 * ```
 */
export function summariseMeasureTally(
  tally: MeasureTally,
  options: SummariseMeasureTallyOptions = {},
): MeasureSummaryRow[] {
  if (tally === null || typeof tally !== 'object' || !Array.isArray(tally.cells)) {
    throw new TypeError(`tally must be a MeasureTally ({ cells: [...] }), got ${showValue(tally)}`);
  }
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const { flag, bandLabels } = options;
  if (flag !== undefined && flag !== null && typeof flag !== 'string')
    throw new TypeError(`options.flag must be a string or null, got ${showValue(flag)}`);
  if (bandLabels !== undefined && !Array.isArray(bandLabels))
    throw new TypeError(
      `options.bandLabels must be an array of labels, got ${showValue(bandLabels)}`,
    );
  return tally.cells.map((cell) => summariseCell(cell, flag, bandLabels));
}

function summariseCell(
  cell: MeasureTallyCell,
  flagOption: string | null | undefined,
  bandLabels: readonly string[] | undefined,
): MeasureSummaryRow {
  const counts = sortCounts(cell.values.map(({ value, count }) => [value, count] as const));
  const { n } = counts;
  const mean = n === 0 ? null : meanOf(counts.values, counts.counts);

  const bandShares: Record<string, number> = {};
  for (const label of bandLabels ?? []) bandShares[label] = 0;
  for (const [label, count] of Object.entries(cell.bands)) {
    bandShares[label] = (bandShares[label] ?? 0) + count;
  }
  for (const label of Object.keys(bandShares)) {
    bandShares[label] = n === 0 ? 0 : (100 * bandShares[label]!) / n;
  }

  const names = Object.keys(cell.flags);
  const flag =
    flagOption !== undefined
      ? flagOption
      : cell.score === 'total' && names.length === 1
        ? names[0]!
        : null;
  const f = flag === null ? undefined : cell.flags[flag];
  const flagged = f === undefined ? 0 : f.set + f.unset;

  return {
    group: cell.group,
    measure: cell.measure,
    score: cell.score,
    n,
    missing: cell.missing,
    mean,
    sd: n < 2 ? null : sdOf(counts.values, counts.counts),
    median: n === 0 ? null : quantileAt((k) => orderStatistic(counts, k), n, 0.5),
    bandShares,
    belowCut: flagged === 0 ? null : (100 * f!.set) / flagged,
  };
}
