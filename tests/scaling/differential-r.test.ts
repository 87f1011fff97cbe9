// Differential sweep against R: every number here comes from R, written by
// tests/fixtures/r/cases/70-differential-scaling-longitudinal.R (Rscript tests/fixtures/r/runner.R
// 70-differential-scaling-longitudinal.R).
//
// Where R has no number, sos-eval returns null, as the API documents for every statistic that the
// data leave undefined:
// - an empty sample (no scores, or only missing ones): R's mean is NaN, sd and quantile NA, and
//   min/max are Inf/−Inf with a warning ("no non-missing arguments to min; returning Inf"); we give
//   null for all of them, and n = 0 with the missing values counted in `missing`;
// - one score: R's sd is NA, ours null;
// - a trajectory whose reviews all share one date (or a single review): R's lm slope is NA (the
//   days column is aliased), ours null; with no scored review R's lm errors ("0 (non-NA) cases")
//   and the trajectory's score and date fields are all null;
// - a group with no worker/other pairs: R's mean gap and share are NaN, ours null.
import { describe, expect, it } from 'vitest';
import {
  defineScale,
  detectDrift,
  scaleDivergence,
  summariseScale,
  summariseScaleTally,
  tallyScale,
  type CaseJudgement,
  type QuantileType,
  type Scale,
} from 'sos-eval/scaling';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface ScaleSpec {
  id: string;
  min: number;
  max: number;
  step: number;
}

const scales = new Map<string, Scale>();
const scaleOf = (s: ScaleSpec): Scale => {
  let scale = scales.get(s.id);
  if (scale === undefined) {
    scale = defineScale({ ...s, anchors: {} });
    scales.set(s.id, scale);
  }
  return scale;
};

// R's NA is null in the JSON; NaN, Inf and −Inf are revived as numbers.
type RNum = number | null;
const undefinedInR = (x: RNum): boolean => x === null || !Number.isFinite(x);

/** Ours must be null where R has no finite number, and agree with R to 1e-9 otherwise. */
const close = (actual: number | null, expected: RNum, label: string): void => {
  if (undefinedInR(expected)) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expectCloseToR(actual as number, expected as number, label);
};

// summariseScale reads the scores; summariseScaleTally(tallyScale(...)) only their counts per point.
// Both must give R's numbers.
type Summarise = (
  scores: readonly (number | null)[],
  scale: Scale,
  options?: { type?: QuantileType },
) => ReturnType<typeof summariseScale>;
const SUMMARISERS: [string, Summarise][] = [
  ['summariseScale', (x, scale, options) => summariseScale(x, scale, options)],
  [
    'summariseScaleTally(tallyScale)',
    (x, scale, options) => summariseScaleTally(tallyScale(x, scale), scale, options),
  ],
];

describe.each(SUMMARISERS)('%s agrees with R on random and edge samples', (_name, summarise) => {
  interface Case {
    name: string;
    scale: ScaleSpec;
    x: RNum[];
    invalid_values: number[];
    n: number;
    missing: number;
    mean: RNum;
    sd: RNum;
    min: RNum;
    max: RNum;
    min_warnings: string[];
    max_warnings: string[];
    quartiles: RNum[][];
    counts: number[];
  }
  const { cases } = loadRFixture<Case>('differential-scale-summary');

  it('has the sweep R wrote', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const scale = scaleOf(c.scale);
    const scores = [...c.x, ...c.invalid_values];
    for (const type of [1, 2, 3, 4, 5, 6, 7, 8, 9] as const satisfies readonly QuantileType[]) {
      const s = summarise(scores, scale, { type });
      const [q1, median, q3] = c.quartiles[type - 1]!;
      close(s.q1, q1!, `q1 type ${type}`);
      close(s.median, median!, `median type ${type}`);
      close(s.q3, q3!, `q3 type ${type}`);
      expect(s.type).toBe(type);
    }
    // R's default is type 7, and so is ours.
    const s = summarise(scores, scale);
    expect(s.type).toBe(7);
    close(s.q1, c.quartiles[6]![0]!, 'default q1');
    close(s.median, c.quartiles[6]![1]!, 'default median');
    close(s.q3, c.quartiles[6]![2]!, 'default q3');

    // R: length(v), sum(is.na(x)) — NA and NaN are both missing in R and here.
    expect(s.n).toBe(c.n);
    expect(s.missing).toBe(c.missing);
    expect(s.invalid).toBe(c.invalid_values.length);
    expect(s.issues.map((i) => i.path)).toEqual(c.invalid_values.map((_, k) => [c.x.length + k]));
    close(s.mean, c.mean, 'mean');
    close(s.sd, c.sd, 'sd');
    close(s.min, c.min, 'min');
    close(s.max, c.max, 'max');
    // R warns only when min/max have nothing to work on, where we give null.
    if (c.min_warnings.length > 0) expect(c.n).toBe(0);
    if (c.max_warnings.length > 0) expect(c.n).toBe(0);
    expect(s.counts.map((p) => p.count)).toEqual(c.counts);
    expect(s.counts.map((p) => p.score)).toEqual(scale.points);
  });
});

describe('detectDrift agrees with R (lm slope per 30 days) on random and edge trajectories', () => {
  interface Case {
    name: string;
    scale: ScaleSpec;
    dates: string[];
    scores: RNum[];
    slope_per_30: RNum;
    slope_warnings: string[];
    slope_error: string | null;
    reviews: number;
    missing: number;
    span_days: RNum;
    range: RNum;
    first_date: string | null;
    last_date: string | null;
    first_score: RNum;
    last_score: RNum;
    status: 'drift' | 'moving' | 'not-assessable';
  }
  const { cases } = loadRFixture<Case>('differential-drift-slope');

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const judgements: CaseJudgement[] = c.dates.map((date, i) => ({
      caseId: 'K',
      date,
      score: c.scores[i] ?? null,
      scoredBy: 'worker',
    }));
    const report = detectDrift(judgements, { scale: scaleOf(c.scale) });
    expect(report.issues).toEqual([]);
    expect(report.cases).toHaveLength(1);
    const t = report.cases[0]!;
    expect(t.reviews).toBe(c.reviews);
    expect(t.missing).toBe(c.missing);
    expect(t.status).toBe(c.status);
    expect(t.firstDate).toBe(c.first_date);
    expect(t.lastDate).toBe(c.last_date);
    close(t.firstScore, c.first_score, 'firstScore');
    close(t.lastScore, c.last_score, 'lastScore');
    close(t.spanDays, c.span_days, 'spanDays');
    close(t.range, c.range, 'range');
    expect(c.slope_warnings).toEqual([]);
    if (c.slope_error !== null) {
      // R: lm errors with no scored review ("0 (non-NA) cases"); we report the case, slope null.
      expect(c.reviews).toBe(0);
      expect(t.slopePer30Days).toBeNull();
      return;
    }
    const r = c.slope_per_30;
    // A flat trajectory's lm slope is QR rounding noise in R (−2.7e-17 for 0.3, 0.3, 0.3 over 181
    // days): below 1e-12 points per 30 days, R's answer is zero and ours must be as small.
    if (r !== null && Math.abs(r) < 1e-12) {
      expect(t.slopePer30Days, 'slope').not.toBeNull();
      expect(Math.abs(t.slopePer30Days!), 'slope').toBeLessThan(1e-12);
      return;
    }
    close(t.slopePer30Days, r, 'slopePer30Days');
  });
});

describe('scaleDivergence agrees with R (mean of worker − other, share with a positive gap)', () => {
  interface Case {
    name: string;
    scale: ScaleSpec;
    case_id: string[];
    date: string[];
    scored_by: ('worker' | 'family' | 'network')[];
    score: number[];
    summary: { compared_with: string; n_pairs: number; mean_gap: RNum; share_worker: RNum }[];
    unpaired: number;
  }
  const { cases } = loadRFixture<Case>('differential-divergence');

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const judgements: CaseJudgement[] = c.case_id.map((caseId, i) => ({
      caseId,
      date: c.date[i]!,
      score: c.score[i]!,
      scoredBy: c.scored_by[i]!,
    }));
    const d = scaleDivergence(judgements, { scale: scaleOf(c.scale) });
    expect(d.issues).toEqual([]);
    expect(d.unpaired).toBe(c.unpaired);
    expect(d.summary.map((r) => r.comparedWith)).toEqual(c.summary.map((r) => r.compared_with));
    d.summary.forEach((row, k) => {
      const r = c.summary[k]!;
      expect(row.group).toBe('all');
      expect(row.nPairs).toBe(r.n_pairs);
      // With no pairs R's mean(numeric(0)) is NaN; ours is null.
      close(row.meanGap, r.mean_gap, `${r.compared_with} meanGap`);
      close(row.shareWorkerMoreOptimistic, r.share_worker, `${r.compared_with} share`);
    });
  });
});
