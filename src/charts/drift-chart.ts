import { assertArray, showValue } from '../_lib/args.js';
import type { CaseJudgement } from '../scaling/case-judgement.js';
import type { DriftReport, DriftStatus } from '../scaling/detect-drift.js';
import type { Scale } from '../scaling/scale.js';
import type { ChartOptions } from './chart-options.js';
import { assertRecord, finishSpec, prose, readChartOptions, show } from './_spec.js';
import type { ChartSpec } from './vega-lite-spec.js';
import { dayNumber } from '../_lib/calendar.js';
import { isIsoDate } from '../models/iso-date.js';

/**
 * Options for {@link driftChart}.
 *
 * @category Charts
 */
export interface DriftChartOptions extends ChartOptions {
  /**
   * The judgements the report was made from: each case's line then passes through every review
   * by the report's scorer. Without them each line joins the first review to the last.
   */
  readonly judgements?: readonly CaseJudgement[];
  /** The scale the scores are on, for the y axis (default 0 to 10, as the safety scale). */
  readonly scale?: Pick<Scale, 'min' | 'max'>;
}

const STATUS: readonly { id: DriftStatus; label: string; colour: string; dash: number[] }[] = [
  { id: 'drift', label: 'Drift: barely moved', colour: '#D55E00', dash: [1, 0] },
  { id: 'moving', label: 'Moving', colour: '#0072B2', dash: [6, 3] },
  { id: 'not-assessable', label: 'Not assessable yet', colour: '#999999', dash: [2, 3] },
];

// Judgements are user data: a date that is not a real ISO date leaves its point out.
const dayOf = (iso: string): number | null => (isIsoDate(iso) ? dayNumber(iso) : null);

/**
 * Each case's trajectory of safety judgements from `detectDrift`: one line per case, its
 * scores against days since the case's first review (calendar days in UTC, so the chart never
 * depends on the machine's time zone), coloured and dashed by drift status (drift, moving, not
 * assessable), with a vertical line where a case has been followed long enough to be assessed
 * (the report's `minDays`). Flat lines right of that line are the cases flagged for critical
 * inquiry. Pass the judgements to draw every review; otherwise each line joins the first review
 * to the last. Cases with no valid score are named in the description.
 *
 * @param report - The result of `detectDrift`.
 * @param options - {@link DriftChartOptions}: judgements, scale, and the common title,
 *   subtitle, description, width, colours (one per status: drift, moving, not assessable).
 * @returns A frozen Vega-Lite v5 spec with the data inline.
 * @throws TypeError when `report` is not a drift report or `options.judgements` not an array.
 * @category Charts
 * @example
 * ```ts
 * import { detectDrift } from 'sos-eval/scaling';
 * import { driftChart } from 'sos-eval/charts';
 *
 * // Synthetic judgements: case A stays at 4 for four months, case B moves from 3 to 7.
 * const judgements = [
 *   { caseId: 'A', date: '2015-06-01', score: 4, scoredBy: 'worker' },
 *   { caseId: 'A', date: '2015-08-01', score: 4.5, scoredBy: 'worker' },
 *   { caseId: 'A', date: '2015-10-01', score: 4, scoredBy: 'worker' },
 *   { caseId: 'B', date: '2015-06-01', score: 3, scoredBy: 'worker' },
 *   { caseId: 'B', date: '2015-10-01', score: 7, scoredBy: 'worker' },
 * ];
 * const spec = driftChart(detectDrift(judgements), { judgements });
 * spec.data.values.map((d) => [d.caseId, d.day, d.score]) //=> [['A', 0, 4], ['A', 61, 4.5], ['A', 122, 4], ['B', 0, 3], ['B', 122, 7]]
 * ```
 */
export function driftChart(report: DriftReport, options: DriftChartOptions = {}): ChartSpec {
  assertRecord('report', report);
  if (!Array.isArray(report.cases) || report.rule === null || typeof report.rule !== 'object')
    throw new TypeError(`report must be a drift report from detectDrift, got ${showValue(report)}`);
  const o = readChartOptions(options, 'Safety judgements over time, case by case');
  const scale = options.scale ?? { min: 0, max: 10 };
  assertRecord('options.scale', scale);
  if (!(Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.min < scale.max))
    throw new RangeError(
      `options.scale must have finite min < max, got ${showValue(scale.min)} and ${showValue(scale.max)}`,
    );
  if (o.colours !== undefined && o.colours.length < STATUS.length)
    throw new RangeError(
      `options.colours must give one colour per status (3), got ${o.colours.length}`,
    );
  const { scoredBy, minDays } = report.rule;

  const byCase = new Map<string, { day: number; date: string; score: number }[]>();
  if (options.judgements !== undefined) {
    assertArray('options.judgements', options.judgements);
    for (const j of options.judgements) {
      if (j === null || typeof j !== 'object' || j.scoredBy !== scoredBy) continue;
      if (typeof j.score !== 'number' || !Number.isFinite(j.score) || typeof j.date !== 'string')
        continue;
      const day = dayOf(j.date);
      if (day === null) continue;
      const list = byCase.get(j.caseId) ?? [];
      list.push({ day, date: j.date, score: j.score });
      byCase.set(j.caseId, list);
    }
  }
  const statusLabel = new Map(STATUS.map((s) => [s.id as string, s.label]));
  const values: {
    caseId: string;
    day: number;
    date: string;
    score: number;
    status: string;
    label: string;
  }[] = [];
  const noScore: string[] = [];
  const counts = new Map<string, number>();
  report.cases.forEach((c: DriftReport['cases'][number], i) => {
    assertRecord(`report.cases[${i}]`, c as unknown);
    const status = statusLabel.get(c.status);
    if (status === undefined)
      throw new TypeError(
        `report.cases[${i}].status must be a drift status, got ${showValue(c.status)}`,
      );
    if (
      c.firstDate === null ||
      c.firstScore === null ||
      c.lastDate === null ||
      c.lastScore === null
    ) {
      noScore.push(c.caseId);
      return;
    }
    counts.set(status, (counts.get(status) ?? 0) + 1);
    const start = dayOf(c.firstDate) ?? 0;
    const reviews = byCase
      .get(c.caseId)
      ?.slice()
      .sort((a, b) => a.day - b.day || a.score - b.score) ?? [
      { day: start, date: c.firstDate, score: c.firstScore },
      { day: start + (c.spanDays ?? 0), date: c.lastDate, score: c.lastScore },
    ];
    for (const r of reviews) {
      const day = r.day - start;
      values.push({
        caseId: c.caseId,
        day,
        date: r.date,
        score: r.score,
        status,
        label: `Case ${c.caseId} (${status.toLowerCase()}): ${show(r.score, 2)} on ${r.date}, day ${day}`,
      });
    }
  });

  const colours = o.colours ?? STATUS.map((s) => s.colour);
  const labels = STATUS.map((s) => s.label);
  const statusScale = { domain: labels };
  const tooltip = [
    { field: 'caseId', type: 'nominal', title: 'Case' },
    { field: 'status', type: 'nominal', title: 'Status' },
    { field: 'date', type: 'nominal', title: 'Date' },
    { field: 'day', type: 'quantitative', title: 'Days since first review' },
    { field: 'score', type: 'quantitative', title: 'Score' },
  ];
  const totals = STATUS.map((s) => `${counts.get(s.label) ?? 0} ${s.label.toLowerCase()}`);
  const description =
    `Line chart of the ${scoredBy}'s safety judgements of ${report.cases.length - noScore.length} cases against days since each case's first review, ` +
    `one line per case, by drift status (${prose(totals)}); cases followed for at least ${minDays} days can be assessed.` +
    (noScore.length > 0 ? ` No valid score, not drawn: ${prose(noScore)}.` : '');
  // One panel per status (small multiples read better than hundreds of crossing lines); the
  // first row of each status carries the marker of minDays, so it is drawn once per panel.
  const seen = new Set<string>();
  const rows = values.map((v) => {
    const first = !seen.has(v.status);
    seen.add(v.status);
    return { ...v, first };
  });
  const marker = { filter: 'datum.first' };
  return finishSpec(o, description, {
    data: { values: rows },
    facet: {
      column: {
        field: 'status',
        type: 'nominal',
        sort: labels,
        title: null,
        header: { labelFontWeight: 'bold', labelFontSize: 12 },
      },
    },
    spacing: 14,
    spec: {
      width: Math.max(160, Math.round(o.width / 2)),
      height: 260,
      layer: [
        {
          transform: [marker],
          mark: { type: 'rule', color: '#555555', strokeDash: [4, 3] },
          encoding: { x: { datum: minDays, type: 'quantitative' } },
        },
        {
          transform: [marker],
          mark: {
            type: 'text',
            align: 'left',
            dx: 4,
            dy: 2,
            baseline: 'top',
            fontSize: 11,
            color: '#333333',
          },
          encoding: {
            x: { datum: minDays, type: 'quantitative' },
            y: { value: 0 },
            text: { value: `${minDays} days` },
          },
        },
        {
          mark: {
            type: 'line',
            point: { filled: true, size: 16 },
            strokeWidth: 1.2,
            opacity: 0.7,
            interpolate: 'linear',
          },
          encoding: {
            x: { field: 'day', type: 'quantitative', title: 'Days since the first review' },
            y: {
              field: 'score',
              type: 'quantitative',
              title: `Score (${scale.min} to ${scale.max})`,
              scale: { domain: [scale.min, scale.max] },
            },
            detail: { field: 'caseId', type: 'nominal' },
            color: {
              field: 'status',
              type: 'nominal',
              legend: null,
              scale: { ...statusScale, range: colours.slice(0, 3) },
            },
            strokeDash: {
              field: 'status',
              type: 'nominal',
              legend: null,
              scale: { ...statusScale, range: STATUS.map((s) => s.dash) },
            },
            order: { field: 'day', type: 'quantitative' },
            tooltip,
            description: { field: 'label', type: 'nominal' },
          },
        },
      ],
    },
  }) as ChartSpec;
}
