import { assertArray, assertOpenUnit, showValue } from '../_lib/args.js';
import type { AppendixTableRow } from '../measures/appendix-table.js';
import type { MeasureSummaryRow } from '../measures/summarise-measure-tally.js';
import type { AnyStudy } from '../models/study/study.js';
import type { ChartOptions } from './chart-options.js';
import { CATEGORICAL_COLOURS } from './palettes.js';
import {
  assertRecord,
  finishSpec,
  groupLabeller,
  numberOrNull,
  prose,
  readChartOptions,
  readLabels,
  readStudy,
  show,
} from './_spec.js';
import { tQuantile } from '../_lib/numeric/distributions.js';
import type { ChartSpec } from './vega-lite-spec.js';

/**
 * What {@link measureWaveChart} draws: rows of `appendixTable` (one line per measure), or
 * `summariseMeasure` / `summariseMeasureTally` rows for each wave, keyed by the
 * study's wave ids (one line per group; summarise each wave's respondents `by` the grouping).
 *
 * @category Charts
 */
export type MeasureWaveInput =
  readonly AppendixTableRow[] | Readonly<Record<string, readonly MeasureSummaryRow[]>>;

/**
 * Options for {@link measureWaveChart}.
 *
 * @typeParam S - The study.
 * @category Charts
 */
export interface MeasureWaveChartOptions<S extends AnyStudy = AnyStudy> extends ChartOptions {
  /** The study: its waves, in order, are the x axis, and its labels name waves and groups. */
  readonly study: S;
  /** Confidence level of the t intervals of the means, strictly between 0 and 1 (default 0.95). */
  readonly confLevel?: number;
  /** For summary rows: the measure to draw, when the rows hold several (default the first seen). */
  readonly measure?: string;
  /** For summary rows: the score to draw (default `'total'` if present, else the first seen). */
  readonly score?: string;
  /** Labels of the lines by group name (or measure id), where the study's own do not suit. */
  readonly groupLabels?: Readonly<Record<string, string>>;
  /** Title of the y axis (default "Mean score"). */
  readonly yTitle?: string;
}

interface Point {
  readonly series: string;
  readonly wave: string;
  readonly waveIndex: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly n: number;
}

/**
 * A slope chart of a measure across a study's waves: one line per group (or per measure), its
 * mean at each wave with a t interval (mean ± t · SD / √n, R's `t.test` interval of one sample,
 * drawn where n ≥ 2), waves in the study's order along the x axis and each line's points set a
 * little apart so that intervals do not hide each other. Lines differ in colour
 * ({@link CATEGORICAL_COLOURS}), dash pattern and point shape, so they stay apart in greyscale.
 * A wave where a group has no respondents is left out of its line and named in the description.
 *
 * @param input - `appendixTable` rows, or summary rows by wave id ({@link MeasureWaveInput}).
 * @param options - {@link MeasureWaveChartOptions}: `study` (required), confLevel, measure,
 *   score, group labels, y title, and the common title, subtitle, description, width, colours.
 * @returns A frozen Vega-Lite v5 spec with the data inline.
 * @throws TypeError when `input` is neither shape or `options.study` is not a study; RangeError
 *   for a wave the study does not have or a broken option.
 * @category Charts
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { appendixTable, scoreMany, LSNS_6 } from 'sos-eval/measures';
 * import { measureWaveChart } from 'sos-eval/charts';
 *
 * // Synthetic: three parents at Time 1 (totals 6, 12, 18), two at Time 2 (12, 18).
 * const T1 = scoreMany(LSNS_6, [[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]]);
 * const T2 = scoreMany(LSNS_6, [[2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]]);
 * const rows = appendixTable([{ definition: LSNS_6, waves: { T1, T2 }, label: 'LSNS-6' }], { study: SOS_2017 });
 * const spec = measureWaveChart(rows, { study: SOS_2017 });
 * spec.data.values.map((d) => [d.wave, d.mean]) //=> [['Time 1', 12], ['Time 2', 15]]
 * // R: t.test(c(6, 12, 18))$conf.int: 12 ± qt(0.975, 2) × 6 / √3
 * [spec.data.values[0].lower, spec.data.values[0].upper] //=> [-2.9048, 26.9048]
 * ```
 */
export function measureWaveChart<S extends AnyStudy>(
  input: MeasureWaveInput,
  options: MeasureWaveChartOptions<S>,
): ChartSpec {
  const study = readStudy(options ?? {});
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  const labels = readLabels('options.groupLabels', options.groupLabels);
  const groupLabel = groupLabeller(study, labels, 'All');
  const waveIndex = new Map(study.waves.map((w, i) => [w.id as string, i]));
  const points: Point[] = [];
  let measureName: string;

  if (Array.isArray(input)) {
    const rows = input as readonly AppendixTableRow[];
    rows.forEach((row, i) => {
      assertRecord(`input[${i}]`, row);
      assertArray(`input[${i}].waves`, row.waves);
      if (typeof row.label !== 'string')
        throw new TypeError(`input[${i}].label must be a string, got ${showValue(row.label)}`);
      const series = labels?.[row.measure] ?? row.label;
      row.waves.forEach((cell, j) => {
        const at = `input[${i}].waves[${j}]`;
        assertRecord(at, cell);
        const k = waveIndex.get(cell.wave);
        if (k === undefined)
          throw new RangeError(
            `${at}.wave must be a wave of study ${JSON.stringify(study.id)}, got ${showValue(cell.wave)}`,
          );
        points.push({
          series,
          wave: study.waves[k]!.label,
          waveIndex: k,
          mean: numberOrNull(`${at}.mean`, cell.mean),
          sd: numberOrNull(`${at}.sd`, cell.sd),
          n: count(`${at}.n`, cell.n),
        });
      });
    });
    measureName = prose(rows.map((r) => r.label));
  } else {
    assertRecord('input', input);
    const byWave = input as Readonly<Record<string, readonly MeasureSummaryRow[]>>;
    let measure = options.measure;
    let score = options.score;
    const entries = Object.entries(byWave);
    for (const [wave, rows] of entries) {
      if (!waveIndex.has(wave))
        throw new RangeError(
          `input must be keyed by waves of study ${JSON.stringify(study.id)}, got ${showValue(wave)}`,
        );
      assertArray(`input.${wave}`, rows);
      rows.forEach((r, i) => assertRecord(`input.${wave}[${i}]`, r));
    }
    const all = entries.flatMap(([, rows]) => rows);
    measure ??= all[0]?.measure;
    score ??= all.some((r) => r.measure === measure && r.score === 'total')
      ? 'total'
      : all.find((r) => r.measure === measure)?.score;
    for (const [wave, rows] of entries) {
      const k = waveIndex.get(wave)!;
      rows.forEach((r, i) => {
        if (r.measure !== measure || r.score !== score) return;
        const at = `input.${wave}[${i}]`;
        points.push({
          series: groupLabel(r.group ?? 'overall'),
          wave: study.waves[k]!.label,
          waveIndex: k,
          mean: numberOrNull(`${at}.mean`, r.mean),
          sd: numberOrNull(`${at}.sd`, r.sd),
          n: count(`${at}.n`, r.n),
        });
      });
    }
    measureName =
      measure === undefined
        ? 'the measure'
        : score === 'total' || score === undefined
          ? measure
          : `${measure} (${score})`;
  }

  const o = readChartOptions(options, `${measureName}: mean at each wave`);
  points.sort((a, b) => a.waveIndex - b.waveIndex);
  const series: string[] = [];
  for (const p of points) if (!series.includes(p.series)) series.push(p.series);
  const waves = study.waves
    .filter((_, i) => points.some((p) => p.waveIndex === i))
    .map((w) => w.label);
  const missing: string[] = [];
  const step = series.length > 1 ? Math.min(0.12, 0.6 / (series.length - 1)) : 0;
  const waveAt = new Map(waves.map((w, i) => [w, i]));
  const level = `${show(confLevel * 100, 2)}%`;
  const values = points.flatMap((p) => {
    if (p.mean === null || p.n === 0) {
      missing.push(`${p.series} at ${p.wave}`);
      return [];
    }
    const half =
      p.sd !== null && p.n >= 2
        ? (tQuantile(1 - (1 - confLevel) / 2, p.n - 1) * p.sd) / Math.sqrt(p.n)
        : null;
    const lower = half === null ? null : p.mean - half;
    const upper = half === null ? null : p.mean + half;
    const interval =
      lower === null
        ? 'no interval (fewer than two)'
        : `${level} CI ${show(lower, 2)} to ${show(upper!, 2)}`;
    return [
      {
        series: p.series,
        wave: p.wave,
        x: waveAt.get(p.wave)! + (series.indexOf(p.series) - (series.length - 1) / 2) * step,
        mean: p.mean,
        lower,
        upper,
        n: p.n,
        interval,
        label: `${p.series}, ${p.wave}: mean ${show(p.mean, 2)} (n ${p.n}; ${interval})`,
      },
    ];
  });
  const colours = o.colours ?? CATEGORICAL_COLOURS;
  const range = series.map((_, i) => colours[i % colours.length]!);
  const dashes = [
    [1, 0],
    [6, 3],
    [2, 2],
    [8, 3, 2, 3],
    [4, 4],
    [1, 3],
  ];
  const shapes = ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down'];
  const seriesEnc = {
    field: 'series',
    type: 'nominal',
    sort: series,
    title: null,
    scale: { domain: series, range },
    legend: { orient: 'top', direction: 'horizontal' },
  };
  // Waves sit at 0, 1, 2 … and each line's points a fixed step apart around them (a manual
  // dodge), so that intervals of different lines at the same wave never hide each other.
  const x = {
    field: 'x',
    type: 'quantitative',
    scale: { domain: [-0.5, waves.length - 0.5], nice: false, zero: false },
    axis: {
      values: waves.map((_, i) => i),
      labelExpr: `${JSON.stringify(waves)}[datum.value]`,
      grid: false,
      labelAngle: 0,
      labelFontWeight: 'bold',
    },
    title: null,
  };
  const dashEnc = {
    field: 'series',
    type: 'nominal',
    sort: series,
    title: null,
    legend: { orient: 'top', direction: 'horizontal' },
    scale: { domain: series, range: series.map((_, i) => dashes[i % dashes.length]!) },
  };
  const shapeEnc = {
    field: 'series',
    type: 'nominal',
    sort: series,
    title: null,
    legend: { orient: 'top', direction: 'horizontal' },
    scale: { domain: series, range: series.map((_, i) => shapes[i % shapes.length]!) },
  };
  const tooltip = [
    { field: 'series', type: 'nominal', title: 'Line' },
    { field: 'wave', type: 'nominal', title: 'Wave' },
    { field: 'mean', type: 'quantitative', title: 'Mean', format: '.2f' },
    { field: 'n', type: 'quantitative', title: 'n' },
    { field: 'interval', type: 'nominal', title: 'Interval' },
  ];
  const yTitle = options.yTitle ?? `Mean score (${level} CI)`;
  if (typeof yTitle !== 'string')
    throw new TypeError(`options.yTitle must be a string, got ${showValue(yTitle)}`);
  const noData = missing.length > 0 ? ` No respondents, not drawn: ${prose(missing)}.` : '';
  const description =
    `Slope chart of ${measureName} across ${prose(waves)}: one line per ${Array.isArray(input) ? 'measure' : 'group'} ` +
    `(${prose(series)}), each point the mean with its ${level} t interval.${noData}`;
  return finishSpec(o, description, {
    data: { values },
    width: o.width,
    height: 300,
    encoding: { x, color: seriesEnc },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: {
          y: { field: 'lower', type: 'quantitative', title: yTitle, scale: { zero: false } },
          y2: { field: 'upper' },
          tooltip,
          description: { field: 'label', type: 'nominal' },
        },
      },
      {
        mark: { type: 'line', strokeWidth: 2 },
        encoding: { y: { field: 'mean', type: 'quantitative' }, strokeDash: dashEnc },
      },
      {
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          y: { field: 'mean', type: 'quantitative' },
          shape: shapeEnc,
          tooltip,
          description: { field: 'label', type: 'nominal' },
        },
      },
    ],
  }) as ChartSpec;
}

function count(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new TypeError(`${name} must be a whole number ≥ 0, got ${showValue(value)}`);
  return value;
}
