import { assertArray, showValue } from '../_lib/args.js';
import type { ComparisonRow } from '../longitudinal/comparison-row.js';
import type { ChartOptions } from './chart-options.js';
import { CATEGORICAL_COLOURS } from './palettes.js';
import { assertRecord, finishSpec, numberOrNull, prose, readChartOptions, show } from './_spec.js';
import type { ChartSpec } from './vega-lite-spec.js';

/**
 * Options for {@link comparisonChart}.
 *
 * @category Charts
 */
export interface ComparisonChartOptions extends ChartOptions {
  /** Title of the x axis (default "Difference (estimate and interval)"). */
  readonly xTitle?: string;
  /**
   * Multiplies estimates and limits before drawing, e.g. 100 to show changes in proportion as
   * percentage points (default 1).
   */
  readonly scale?: number;
  /** Show Holm-adjusted p-values where a row has one (default true). */
  readonly adjusted?: boolean;
}

/**
 * A forest plot of comparison rows from `sos-eval/longitudinal` (`compareWaves`,
 * `compareCohorts`, `compareGroups`, `compareAcrossWaves`): one line per row,
 * labelled "measure: comparison", its estimate as a point with its interval as a bar, a vertical
 * line at zero (no difference), and the p-value printed at the right (the Holm-adjusted one where
 * the row has it). Rows keep their order. A row with no estimate (an omnibus test) or whose test
 * could not be computed is not drawn; the description and subtitle name it. Estimates without an
 * interval (a median change) are drawn as a hollow point.
 *
 * @param rows - {@link ComparisonRow}s (a `Comparison` is one).
 * @param options - {@link ComparisonChartOptions}: x title, scale, adjusted, and the common
 *   title, subtitle, description, width, colours (the first colours the points).
 * @returns A frozen Vega-Lite v5 spec with the data inline.
 * @throws TypeError when `rows` is not an array of comparison rows; RangeError for a broken option.
 * @category Charts
 * @example
 * ```ts
 * import { comparisonChart } from 'sos-eval/charts';
 *
 * // Synthetic rows in the shape compareWaves returns.
 * const row = {
 *   measure: 'lsns-6', comparison: 'Time 2 - Time 1', kind: 'interval' as const,
 *   estimate: 1.2, confLow: 0.3, confHigh: 2.1, statistic: 2.6, df: 120, pValue: 0.0104,
 *   pAdjusted: null, effectSize: 0.24, method: 'Paired t-test', n: 121, nMissing: 3,
 * };
 * const spec = comparisonChart([row]);
 * spec.data.values[0].label //=> 'lsns-6: Time 2 - Time 1'
 * spec.data.values[0].p //=> 'p = 0.010'
 * ```
 */
export function comparisonChart(
  rows: readonly ComparisonRow[],
  options: ComparisonChartOptions = {},
): ChartSpec {
  assertArray('rows', rows);
  const o = readChartOptions(options, 'Differences with their intervals');
  const factor = options.scale ?? 1;
  if (typeof factor !== 'number' || !Number.isFinite(factor) || factor <= 0)
    throw new RangeError(
      `options.scale must be a positive finite number, got ${showValue(factor)}`,
    );
  const adjusted = options.adjusted ?? true;
  if (typeof adjusted !== 'boolean')
    throw new TypeError(`options.adjusted must be true or false, got ${showValue(adjusted)}`);
  const xTitle = options.xTitle ?? 'Difference (estimate and interval)';
  if (typeof xTitle !== 'string')
    throw new TypeError(`options.xTitle must be a string, got ${showValue(xTitle)}`);

  const skipped: string[] = [];
  const labels: string[] = [];
  const values: Record<string, string | number | null | boolean>[] = [];
  rows.forEach((row, i) => {
    const at = `rows[${i}]`;
    assertRecord(at, row);
    if (typeof row.measure !== 'string' || typeof row.comparison !== 'string')
      throw new TypeError(`${at} must be a comparison row with measure and comparison strings`);
    let label = `${row.measure}: ${row.comparison}`;
    // Two rows with the same label would share a line; number the later ones.
    for (let k = 2; labels.includes(label); k++) label = `${row.measure}: ${row.comparison} (${k})`;
    const estimate = numberOrNull(`${at}.estimate`, row.estimate);
    const low = numberOrNull(`${at}.confLow`, row.confLow);
    const high = numberOrNull(`${at}.confHigh`, row.confHigh);
    const pValue = numberOrNull(`${at}.pValue`, row.pValue);
    const pAdj = numberOrNull(`${at}.pAdjusted`, row.pAdjusted);
    if (estimate === null) {
      skipped.push(label);
      return;
    }
    labels.push(label);
    const usesAdj = adjusted && pAdj !== null;
    const p = usesAdj
      ? `p(Holm) ${formatP(pAdj)}`
      : pValue === null
        ? 'p not computed'
        : `p ${formatP(pValue)}`;
    const interval =
      low === null || high === null
        ? 'no interval'
        : `${show(low * factor, 3)} to ${show(high * factor, 3)}`;
    values.push({
      label,
      estimate: estimate * factor,
      low: low === null ? null : low * factor,
      high: high === null ? null : high * factor,
      hasInterval: low !== null && high !== null,
      p,
      n: row.n,
      method: typeof row.method === 'string' ? row.method : '',
      description: `${label}: estimate ${show(estimate * factor, 3)} (${interval}), ${p}, n ${row.n}`,
    });
  });

  const colour = (o.colours ?? CATEGORICAL_COLOURS)[0]!;
  const y = {
    field: 'label',
    type: 'nominal',
    sort: labels,
    title: null,
    axis: { labelLimit: 400 },
  };
  const tooltip = [
    { field: 'label', type: 'nominal', title: 'Comparison' },
    { field: 'estimate', type: 'quantitative', title: 'Estimate', format: '.3~f' },
    { field: 'low', type: 'quantitative', title: 'Lower', format: '.3~f' },
    { field: 'high', type: 'quantitative', title: 'Upper', format: '.3~f' },
    { field: 'p', type: 'nominal', title: 'p-value' },
    { field: 'n', type: 'quantitative', title: 'n' },
    { field: 'method', type: 'nominal', title: 'Test' },
  ];
  const notDrawn = skipped.length > 0 ? `Not drawn (no estimate): ${prose(skipped)}.` : undefined;
  const description =
    `Forest plot of ${values.length} comparison${values.length === 1 ? '' : 's'} (${prose(labels)}): ` +
    `each estimate with its interval, a line at zero for no difference, and the p-value at the right.` +
    (notDrawn === undefined ? '' : ` ${notDrawn}`);
  const withNote =
    notDrawn === undefined || o.subtitle !== undefined ? o : { ...o, subtitle: notDrawn };
  const plot = {
    width: o.width,
    height: { step: 26 },
    layer: [
      {
        mark: { type: 'rule', color: '#555555', strokeDash: [4, 3] },
        data: { values: [{ zero: 0 }] },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
      {
        mark: { type: 'rule', strokeWidth: 2, color: colour },
        encoding: {
          y,
          x: { field: 'low', type: 'quantitative', title: xTitle },
          x2: { field: 'high' },
          tooltip,
        },
      },
      {
        mark: { type: 'point', size: 80, strokeWidth: 2, color: colour, opacity: 1 },
        encoding: {
          y,
          x: { field: 'estimate', type: 'quantitative' },
          fill: { condition: { test: 'datum.hasInterval', value: colour }, value: '#ffffff' },
          tooltip,
          description: { field: 'description', type: 'nominal' },
        },
      },
    ],
  };
  const pColumn = {
    width: 110,
    height: { step: 26 },
    mark: { type: 'text', align: 'left', fontSize: 12 },
    encoding: { y: { ...y, axis: null }, text: { field: 'p', type: 'nominal' } },
  };
  return finishSpec(withNote, description, {
    data: { values },
    hconcat: [plot, pColumn],
    spacing: 4,
    resolve: { scale: { y: 'shared' } },
  }) as ChartSpec;
}

/** p-values as the report prints them: three decimals, or "< 0.001". */
function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}
