import { showValue } from '../_lib/args.js';
import type { EventStudyResult } from '../impact/event-study.js';
import type { ChartOptions } from './chart-options.js';
import { CATEGORICAL_COLOURS } from './palettes.js';
import { assertRecord, finishSpec, readChartOptions, show } from './_spec.js';
import type { ChartSpec } from './vega-lite-spec.js';

/**
 * Options for {@link eventStudyChart}.
 *
 * @category Charts
 */
export interface EventStudyChartOptions extends ChartOptions {
  /** Title of the y axis (default "Effect (estimate and interval)"). */
  readonly yTitle?: string;
  /** Multiplies estimates and limits, e.g. 100 for an outcome that is a proportion (default 1). */
  readonly scale?: number;
}

/**
 * An event-study plot of `eventStudy`'s leads and lags (`sos-eval/impact`): each period
 * relative to adoption along the x axis, its estimate as a point with its interval as a bar, a
 * line at zero and a dashed line between the last period before adoption and the first after. The
 * reference period (−1, fixed at 0) is drawn hollow. The subtitle gives the joint pre-trend test
 * when the result has one.
 *
 * @param result - The result of `eventStudy`.
 * @param options - {@link EventStudyChartOptions}: y title, scale, and the common title,
 *   subtitle, description, width, colours (the first colours the points).
 * @returns A frozen Vega-Lite v5 spec with the data inline.
 * @throws TypeError when `result` is not an event-study result; RangeError for a broken option.
 * @category Charts
 * @example
 * ```ts
 * import { eventStudyChart } from 'sos-eval/charts';
 *
 * // A synthetic result in eventStudy's shape: two leads, the reference period and one lag.
 * const row = (relativeTime: number, estimate: number, half: number) => ({
 *   term: `t${relativeTime}`, relativeTime, reference: relativeTime === -1, estimate,
 *   se: half / 2, statistic: 0, pValue: 0.5, confLow: estimate - half, confHigh: estimate + half,
 * });
 * const result = {
 *   method: 'Event study', effects: [row(-2, 0.01, 0.02), row(-1, 0, 0), row(0, -0.07, 0.03)],
 *   preTrend: null, window: [-2, 0] as const, df: 9, confLevel: 0.95, n: 100, nClusters: 10,
 *   nUnits: 10, nTimes: 5, nMissing: 0, issues: [],
 * };
 * const spec = eventStudyChart(result, { scale: 100, yTitle: 'Re-referrals, percentage points' });
 * spec.data.values.map((d) => [d.relativeTime, d.estimate]) //=> [[-2, 1.0], [-1, 0.0], [0, -7.0]]
 * ```
 */
export function eventStudyChart(
  result: EventStudyResult,
  options: EventStudyChartOptions = {},
): ChartSpec {
  assertRecord('result', result);
  if (!Array.isArray(result.effects))
    throw new TypeError(`result must be an eventStudy result, got ${showValue(result)}`);
  const o = readChartOptions(options, 'Effect by period relative to adoption');
  const factor = options.scale ?? 1;
  if (typeof factor !== 'number' || !Number.isFinite(factor) || factor <= 0)
    throw new RangeError(
      `options.scale must be a positive finite number, got ${showValue(factor)}`,
    );
  const yTitle = options.yTitle ?? 'Effect (estimate and interval)';
  if (typeof yTitle !== 'string')
    throw new TypeError(`options.yTitle must be a string, got ${showValue(yTitle)}`);
  const level =
    typeof result.confLevel === 'number' ? `${show(result.confLevel * 100, 2)}%` : '95%';
  const finite = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x * factor : null);
  const values = result.effects.flatMap((e, i) => {
    assertRecord(`result.effects[${i}]`, e);
    const estimate = finite(e.estimate);
    if (estimate === null || typeof e.relativeTime !== 'number') return [];
    const low = e.reference ? null : finite(e.confLow);
    const high = e.reference ? null : finite(e.confHigh);
    const when =
      e.relativeTime < 0
        ? `${-e.relativeTime} before adoption`
        : e.relativeTime === 0
          ? 'year of adoption'
          : `${e.relativeTime} after adoption`;
    return [
      {
        relativeTime: e.relativeTime,
        estimate,
        low,
        high,
        reference: e.reference === true,
        label: e.reference
          ? `Period ${e.relativeTime} (${when}): reference, fixed at 0`
          : `Period ${e.relativeTime} (${when}): ${show(estimate, 3)}${low === null || high === null ? '' : ` (${level} CI ${show(low, 3)} to ${show(high, 3)})`}`,
      },
    ];
  });
  const pre = result.preTrend;
  const preText =
    pre !== null && typeof pre === 'object' && typeof pre.pValue === 'number'
      ? `Joint test of the leads: F(${pre.df1}, ${pre.df2}) = ${show(pre.statistic, 2)}, p ${pre.pValue < 0.001 ? '< 0.001' : `= ${pre.pValue.toFixed(3)}`}.`
      : undefined;
  const withNote =
    preText === undefined || o.subtitle !== undefined ? o : { ...o, subtitle: preText };
  const colour = (o.colours ?? CATEGORICAL_COLOURS)[0]!;
  // Half a period of room at each end, so the first and last intervals are not on the frame.
  const times = values.map((v) => v.relativeTime);
  const lo = times.reduce((a, b) => Math.min(a, b), 0);
  const hi = times.reduce((a, b) => Math.max(a, b), 0);
  const x = {
    field: 'relativeTime',
    type: 'quantitative',
    scale: { domain: [lo - 0.5, hi + 0.5], nice: false, zero: false },
    title: 'Periods relative to adoption',
    axis: { tickMinStep: 1, format: 'd' },
  };
  const description =
    `Event-study plot of ${values.length} periods relative to adoption (${values.map((v) => v.relativeTime).join(', ')}): ` +
    `each estimate with its ${level} interval, a line at zero, adoption between periods −1 and 0, the reference period −1 hollow.` +
    (preText === undefined ? '' : ` ${preText}`);
  return finishSpec(withNote, description, {
    data: { values },
    width: o.width,
    height: 280,
    layer: [
      {
        mark: { type: 'rule', color: '#555555' },
        encoding: { y: { datum: 0, type: 'quantitative' } },
        transform: [{ filter: 'datum.reference' }],
      },
      {
        mark: { type: 'rule', color: '#555555', strokeDash: [4, 3] },
        encoding: { x: { datum: -0.5, type: 'quantitative' } },
        transform: [{ filter: 'datum.reference' }],
      },
      {
        mark: { type: 'rule', strokeWidth: 2, color: colour },
        encoding: {
          x,
          y: { field: 'low', type: 'quantitative', title: yTitle },
          y2: { field: 'high' },
        },
      },
      {
        mark: { type: 'point', size: 70, strokeWidth: 2, color: colour, opacity: 1 },
        encoding: {
          x,
          y: { field: 'estimate', type: 'quantitative' },
          fill: { condition: { test: 'datum.reference', value: '#ffffff' }, value: colour },
          tooltip: [{ field: 'label', type: 'nominal', title: 'Period' }],
          description: { field: 'label', type: 'nominal' },
        },
      },
    ],
  }) as ChartSpec;
}
