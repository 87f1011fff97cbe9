import { assertOpenUnit } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { solveSymmetric } from '../_lib/numeric/cholesky.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { adoptionColumnSpecs, readColumns, type Column, type ColumnSpec } from './_columns.js';
import { fUpper } from '../_lib/numeric/distributions.js';
import { withinFit } from './_within-fit.js';
import type { CoefficientRow } from './coefficient-row.js';

/**
 * Options of {@link eventStudy}.
 *
 * @category Two-way fixed effects
 */
export interface EventStudyOptions<R> {
  /** The outcome (a number, or true/false). */
  readonly outcome: Column<R>;
  /** The unit (authority). */
  readonly unit: Column<R>;
  /** The period: a number (a year), so relative time = time − firstTreated. */
  readonly time: Column<R>;
  /**
   * The period the unit was first treated (adopted), the same on every row of the unit; `null`,
   * `undefined` or `Infinity` for a unit never treated. (R's `did` writes 0 for never treated:
   * map it with an accessor, `(r) => r.g === 0 ? null : r.g`.)
   */
  readonly firstTreated: Column<R>;
  /** The cluster; default the unit. */
  readonly cluster?: Column<R>;
  /**
   * Relative periods [first, last] to estimate; periods beyond are binned into the end points
   * (Schmidheiny & Siegloch 2023, J. Applied Econometrics 38(5)). Default: every relative period
   * seen. Must contain −1, the reference.
   */
  readonly window?: readonly [number, number];
  /** Confidence level (default 0.95). */
  readonly confLevel?: number;
}

/**
 * One relative period of an event study: a {@link CoefficientRow} with its relative time.
 * The reference period −1 is included with estimate 0 (and no standard error: `se` 0, `statistic`
 * and `pValue` NaN), so a plot has its anchor.
 *
 * @category Two-way fixed effects
 */
export interface EventStudyRow extends CoefficientRow {
  /** Periods since adoption (−2 two before, 0 the year of adoption). */
  readonly relativeTime: number;
  /** True for the reference period, fixed at 0. */
  readonly reference: boolean;
}

/**
 * The joint test that every lead (relative period ≤ −2) is zero: W = b'V⁻¹b with V the leads'
 * cluster-robust covariance, reported as F = W/q on (q, clusters − 1) degrees of freedom, as
 * Stata's `test` after `regress, vce(cluster)` does.
 *
 * @category Two-way fixed effects
 */
export interface PreTrendTest {
  /** What was tested, in words. */
  readonly method: string;
  /** F = W / q. */
  readonly statistic: number;
  /** q, the number of leads tested. */
  readonly df1: number;
  /** Clusters − 1. */
  readonly df2: number;
  /** P(F > statistic) on (df1, df2) degrees of freedom. */
  readonly pValue: number;
}

/**
 * An event study's result: leads and lags, the joint pre-trend test and the sample.
 *
 * @category Two-way fixed effects
 */
export interface EventStudyResult {
  /** What was computed, in words. */
  readonly method: string;
  /** One row per relative period, in order, the reference (−1) included. */
  readonly effects: readonly EventStudyRow[];
  /** The joint test of the leads; null when the window has no lead before −1. */
  readonly preTrend: PreTrendTest | null;
  /** The relative periods estimated, [first, last]; periods beyond are binned into them. */
  readonly window: readonly [number, number];
  /** Clusters − 1, the df of every t. */
  readonly df: number;
  /** Confidence level of the intervals. */
  readonly confLevel: number;
  /** Rows used. */
  readonly n: number;
  /** Clusters among the rows used. */
  readonly nClusters: number;
  /** Units. */
  readonly nUnits: number;
  /** Periods. */
  readonly nTimes: number;
  /** Rows left out for a missing or unreadable cell (each in `issues`). */
  readonly nMissing: number;
  /** One issue per unreadable cell. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * An event study: two-way fixed effects on indicators of each period relative to adoption (leads
 * and lags, reference −1, end points binned), `outcome ~ Σ_e 1[t − g = e] + unit + period`, by the
 * within transformation with cluster-robust (HC1) errors equal to R's `sandwich::vcovCL` on the
 * dummy-variable `lm`, and a joint Wald test of the leads (parallel pre-trends). Never-treated
 * units carry no indicator and anchor the period effects.
 *
 * Under staggered adoption with heterogeneous effects the leads and lags of this regression can be
 * contaminated by other periods' effects (Sun & Abraham 2021, J. Econometrics 225(2)); with a
 * never-treated group, {@link groupTimeEffects} with `aggregateEffects(…, { type: 'dynamic' })`
 * is the robust alternative, and a pre-trend test that passes is not proof of parallel trends
 * (Roth 2022, AER: Insights 4(3)).
 *
 * @param rows - Tidy rows with outcome, unit, period and first-treated period.
 * @param options - See {@link EventStudyOptions}.
 * @returns A frozen {@link EventStudyResult}.
 * @throws RangeError for a window without −1, no treated or no never/not-yet treated units, a
 *   unit whose first-treated period changes, or indicators the fixed effects absorb.
 * @category Two-way fixed effects
 * @example
 * ```ts
 * import { eventStudy } from 'sos-eval/impact';
 * // Synthetic: 6 authorities × 5 years; A–D adopt in year 3, E and F never; effect 2 from
 * // adoption, and year-to-year noise that cancels within each group.
 * const rows = ['A', 'B', 'C', 'D', 'E', 'F'].flatMap((la, u) =>
 *   [1, 2, 3, 4, 5].map((year) => ({
 *     la, year, g: u < 4 ? 3 : null,
 *     y: u + year + (u < 4 && year >= 3 ? 2 : 0) + (u % 2 ? 0.1 : -0.1) * (year % 2),
 *   })),
 * );
 * const es = eventStudy(rows, { outcome: 'y', unit: 'la', time: 'year', firstTreated: 'g' });
 * es.effects.map((e) => e.relativeTime) //=> [-2, -1, 0, 1, 2]
 * es.effects.map((e) => e.estimate) //=> [0.0, 0, 2.0, 2.0, 2.0]
 * es.preTrend?.df1 //=> 1
 * ```
 */
export function eventStudy<R>(rows: Iterable<R>, options: EventStudyOptions<R>): EventStudyResult {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('options must be an object with outcome, unit, time and firstTreated');
  }
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  const specs: ColumnSpec[] = [
    ...adoptionColumnSpecs(options),
    { option: 'options.cluster', column: options.cluster ?? options.unit, kind: 'key' },
  ];
  const read = readColumns<R>(rows, specs);
  const [y, unit, time, g, cluster] = read.values as [
    Float64Array,
    (string | number)[],
    Float64Array,
    Float64Array,
    (string | number)[],
  ];
  const n = y.length;
  const firstOf = new Map<string | number, number>();
  let lo = Infinity;
  let hi = -Infinity;
  let nNever = 0;
  for (let i = 0; i < n; i++) {
    const seen = firstOf.get(unit[i]!);
    if (seen === undefined) firstOf.set(unit[i]!, g[i]!);
    else if (seen !== g[i]) {
      throw new RangeError(
        `options.firstTreated: unit ${String(unit[i])} has first-treated period ${seen} on one row and ${g[i]} on another (row ${read.rowIndex[i]})`,
      );
    }
    if (g[i] === Infinity) nNever++;
    else {
      const e = time[i]! - g[i]!;
      lo = Math.min(lo, e);
      hi = Math.max(hi, e);
    }
  }
  if (nNever === n)
    throw new RangeError('options.firstTreated: no treated units (every unit is never treated)');
  let window: readonly [number, number] = [lo, hi];
  if (options.window !== undefined) {
    const w = options.window;
    if (
      !Array.isArray(w) ||
      w.length !== 2 ||
      !Number.isInteger(w[0]) ||
      !Number.isInteger(w[1]) ||
      !(w[0] <= -1 && w[1] >= -1)
    ) {
      throw new RangeError(
        `options.window must be two whole numbers [first, last] with first ≤ −1 ≤ last, got ${JSON.stringify(w)}`,
      );
    }
    window = [w[0], w[1]];
  }
  if (!(window[0] <= -1 && window[1] >= -1)) {
    throw new RangeError(
      `no treated unit is seen the period before adoption (relative periods ${lo}..${hi}): the reference −1 is missing`,
    );
  }
  const relative: number[] = [];
  for (let e = window[0]; e <= window[1]; e++) if (e !== -1) relative.push(e);
  const indexOf = new Map(relative.map((e, j) => [e, j]));
  const regressors = relative.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    if (g[i] === Infinity) continue;
    const e = Math.min(Math.max(time[i]! - g[i]!, window[0]), window[1]);
    const j = indexOf.get(e);
    if (j !== undefined) regressors[j]![i] = 1;
  }
  const terms = relative.map((e) => `relative time ${e}`);
  const fit = withinFit(
    y,
    regressors,
    unit,
    time,
    cluster,
    terms,
    confLevel,
    'options.cluster',
    'options.window',
  );
  const k = relative.length;
  const effects: EventStudyRow[] = [];
  for (let e = window[0]; e <= window[1]; e++) {
    const j = indexOf.get(e);
    effects.push(
      j === undefined
        ? referenceRow()
        : { ...fit.coefficients[j]!, relativeTime: e, reference: false },
    );
  }
  const leads = relative.flatMap((e, j) => (e <= -2 ? [j] : []));
  let preTrend: PreTrendTest | null = null;
  if (leads.length > 0) {
    const q = leads.length;
    const b = leads.map((j) => fit.coefficients[j]!.estimate);
    const v = new Float64Array(q * q);
    leads.forEach((a, r) => leads.forEach((c, s) => (v[r * q + s] = fit.vcov[a * k + c]!)));
    const solved = solveSymmetric(v, b, q);
    let w = NaN;
    if (solved !== null) {
      w = 0;
      for (let r = 0; r < q; r++) w += b[r]! * solved[r]!;
    }
    const df2 = fit.nClusters - 1;
    preTrend = {
      method: 'Joint Wald test of the leads (cluster-robust), F on (q, clusters − 1) df',
      statistic: w / q,
      df1: q,
      df2,
      pValue: fUpper(w / q, q, df2),
    };
  }
  return deepFreeze({
    method: 'Event study (two-way fixed effects, cluster-robust HC1 standard errors)',
    effects,
    preTrend,
    window,
    df: fit.nClusters - 1,
    confLevel,
    n,
    nClusters: fit.nClusters,
    nUnits: fit.nUnits,
    nTimes: fit.nTimes,
    nMissing: read.nMissing,
    issues: read.issues,
  });
}

const referenceRow = (): EventStudyRow => ({
  term: 'relative time -1',
  relativeTime: -1,
  reference: true,
  estimate: 0,
  se: 0,
  statistic: NaN,
  pValue: NaN,
  confLow: 0,
  confHigh: 0,
});
