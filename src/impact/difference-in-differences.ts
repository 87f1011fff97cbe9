import { assertOpenUnit, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { mean } from '../_lib/numeric/mean.js';
import { codesOf, columnName, readColumns, type Column, type ColumnSpec } from './_columns.js';
import { fitClustered } from './_fit.js';
import { wildClusterBootstrap } from './_wild-bootstrap.js';
import type { ClusterRobustEstimate } from './cluster-robust-estimate.js';

/**
 * Options of {@link differenceInDifferences}: which column holds what. Each is a property name or
 * a function of the row ({@link Column}).
 *
 * @category Difference-in-differences
 */
export interface DifferenceInDifferencesOptions<R> {
  /** The outcome: a number, or true/false (a 0/1 outcome gives the linear probability model). */
  readonly outcome: Column<R>;
  /** Whether the row belongs to the treated group: true/false or 1/0. */
  readonly treated: Column<R>;
  /** Whether the row is from after the change: true/false or 1/0. */
  readonly post: Column<R>;
  /** The cluster (the authority, the unit of assignment): a string or number. */
  readonly cluster: Column<R>;
  /** Covariates entered linearly after the main effects (numbers or true/false). */
  readonly covariates?: readonly Column<R>[];
  /** Confidence level of the intervals (default 0.95). */
  readonly confLevel?: number;
  /**
   * A wild cluster restricted bootstrap p-value for the estimate (Rademacher weights; every sign
   * vector when 2^clusters ≤ `iterations`, default 9999, so exact for up to 13 clusters) — the
   * remedy for cluster-robust t tests that over-reject with few clusters.
   */
  readonly wildBootstrap?: {
    /** A 32-bit integer seed for the draws (unused when every sign vector is enumerated). */
    readonly seed: number;
    /** Draws (default 9999); when 2^clusters is at most this, every sign vector is used instead. */
    readonly iterations?: number;
  };
}

/**
 * The mean outcome of one group in one period, the four numbers a 2 × 2 difference-in-differences
 * is made of (without covariates, estimate = (treated post − treated pre) − (control post −
 * control pre) of these means).
 *
 * @category Difference-in-differences
 */
export interface GroupPeriodMean {
  /** Treated group (true) or comparison group (false). */
  readonly treated: boolean;
  /** After (true) or before (false). */
  readonly post: boolean;
  /** Mean outcome. */
  readonly mean: number;
  /** Number of rows. */
  readonly n: number;
}

/**
 * A 2 × 2 difference-in-differences: the interaction coefficient of `outcome ~ treated * post (+
 * covariates)` with its cluster-robust test ({@link ClusterRobustEstimate}), the four group ×
 * period means and, when asked, a wild cluster bootstrap p-value.
 *
 * @category Difference-in-differences
 */
export interface DifferenceInDifferencesResult extends ClusterRobustEstimate {
  /** Mean outcome in each group × period cell (pre before post, comparison before treated). */
  readonly means: readonly GroupPeriodMean[];
  /** The wild cluster bootstrap's p-value and draws; null unless `options.wildBootstrap`. */
  readonly wildBootstrap: {
    /** The share of bootstrap |t*| above |t|. */
    readonly pValue: number;
    /** Sign vectors used (2^clusters when enumerated). */
    readonly iterations: number;
    /** True when every sign vector was used (exact; the seed plays no part). */
    readonly enumerated: boolean;
  } | null;
}

/**
 * 2 × 2 difference-in-differences by OLS of `outcome ~ treated * post (+ covariates)`, with the
 * standard error cluster-robust by `cluster` exactly as R's `sandwich::vcovCL(fit, cluster, type =
 * "HC1")` (agreement at 1e-8 is tested on committed R cases), t on clusters − 1 degrees of freedom
 * (as Stata's `regress, vce(cluster)`), and the four group × period means. With a 0/1 outcome it
 * is the linear probability model, the estimate a difference in percentage points. Missing or
 * unreadable cells drop their row, counted in `nMissing` and reported in `issues`.
 *
 * Identification rests on parallel trends: without the change the treated group's mean would have
 * moved as the comparison group's did (Angrist & Pischke 2009, _Mostly Harmless Econometrics_,
 * §5.2). With few clusters (under about 30) cluster-robust errors run small; treat p-values then
 * with caution (Cameron & Miller 2015, J. Human Resources 50(2)), and ask for
 * `wildBootstrap`: the wild cluster restricted bootstrap p-value (Cameron, Gelbach & Miller 2008,
 * Rev. Econ. Stat. 90(3)), exact over all 2^G sign vectors up to 13 clusters, equal to R refitting
 * `lm` + `vcovCL` for each.
 *
 * @param rows - Tidy rows, one per observation (child, or authority × period).
 * @param options - Which column holds what; see {@link DifferenceInDifferencesOptions}.
 * @returns A frozen {@link DifferenceInDifferencesResult}.
 * @throws RangeError when there is one cluster, no treated or no comparison rows, an empty group ×
 *   period cell, or a covariate that is a linear combination of the other terms (each named).
 * @category Difference-in-differences
 * @example
 * ```ts
 * import { differenceInDifferences } from 'sos-eval/impact';
 * import { formatTest } from 'sos-eval/stats';
 * // Card & Krueger (1994, AER 84(4), Table 3) full-time-equivalent employment means, typed in as
 * // one row per state and wave (the published means, not the stores): NJ 20.44 → 21.03, PA 23.33 → 21.17.
 * // Rows are repeated over three pseudo-clusters per state so the errors are computable.
 * const means = { NJ: [20.44, 21.03], PA: [23.33, 21.17] };
 * const rows = Object.entries(means).flatMap(([state, [before, after]]) =>
 *   [1, 2, 3].flatMap((k) => [
 *     { store: `${state}${k}`, nj: state === 'NJ', post: false, fte: before },
 *     { store: `${state}${k}`, nj: state === 'NJ', post: true, fte: after },
 *   ]),
 * );
 * const did = differenceInDifferences(rows, { outcome: 'fte', treated: 'nj', post: 'post', cluster: 'store' });
 * did.estimate //=> 2.75
 * did.nClusters //=> 6
 * formatTest(did).split('\n')[0] //=> 'Difference-in-differences (OLS, cluster-robust HC1 standard errors)'
 * ```
 */
export function differenceInDifferences<R>(
  rows: Iterable<R>,
  options: DifferenceInDifferencesOptions<R>,
): DifferenceInDifferencesResult {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('options must be an object with outcome, treated, post and cluster');
  }
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  const wild = options.wildBootstrap;
  if (wild !== undefined) {
    if (wild === null || typeof wild !== 'object') {
      throw new TypeError(
        `options.wildBootstrap must be { seed, iterations? }, got ${showValue(wild)}`,
      );
    }
    if (!Number.isInteger(wild.seed) || wild.seed < -(2 ** 31) || wild.seed >= 2 ** 32) {
      throw new RangeError(
        `options.wildBootstrap.seed must be a 32-bit integer, got ${showValue(wild.seed)}`,
      );
    }
    const it = wild.iterations ?? 9999;
    if (!Number.isInteger(it) || it < 1) {
      throw new RangeError(
        `options.wildBootstrap.iterations must be a whole number ≥ 1, got ${showValue(it)}`,
      );
    }
  }
  const covariates = options.covariates ?? [];
  if (!Array.isArray(covariates)) throw new TypeError('options.covariates must be an array');
  const specs: ColumnSpec[] = [
    { option: 'options.outcome', column: options.outcome, kind: 'number' },
    { option: 'options.treated', column: options.treated, kind: 'binary' },
    { option: 'options.post', column: options.post, kind: 'binary' },
    { option: 'options.cluster', column: options.cluster, kind: 'key' },
    ...covariates.map((c, j): ColumnSpec => ({
      option: `options.covariates[${j}]`,
      column: c,
      kind: 'number',
    })),
  ];
  const read = readColumns<R>(rows, specs);
  const [y, d, p, cl, ...xs] = read.values as [
    Float64Array,
    Float64Array,
    Float64Array,
    (string | number)[],
    ...Float64Array[],
  ];
  const n = y.length;
  const treatedName = columnName(options.treated, 'treated');
  const postName = columnName(options.post, 'post');
  const cells = [0, 1].flatMap((treated) =>
    [0, 1].map((post) => {
      const ys: number[] = [];
      for (let i = 0; i < n; i++) if (d[i] === treated && p[i] === post) ys.push(y[i]!);
      return { treated: treated === 1, post: post === 1, mean: mean(ys), n: ys.length };
    }),
  );
  const nTreated = cells[2]!.n + cells[3]!.n;
  if (nTreated === 0)
    throw new RangeError(`options.treated (${treatedName}): no treated rows (${n} rows read)`);
  if (nTreated === n)
    throw new RangeError(`options.treated (${treatedName}): no untreated (comparison) rows`);
  const nPost = cells[1]!.n + cells[3]!.n;
  if (nPost === 0) throw new RangeError(`options.post (${postName}): no rows after (post)`);
  if (nPost === n) throw new RangeError(`options.post (${postName}): no rows before (pre)`);
  for (const c of cells) {
    if (c.n === 0) {
      throw new RangeError(
        `no rows in the ${c.treated ? 'treated' : 'comparison'} group ${c.post ? 'after' : 'before'}: each group needs rows in both periods`,
      );
    }
  }
  const { codes, levels } = codesOf(cl);
  if (levels.length < 2) {
    throw new RangeError(
      `options.cluster: only one cluster (${String(levels[0])}); cluster-robust errors need at least two`,
    );
  }
  const covariateNames = covariates.map((c, j) => columnName(c, `covariate${j + 1}`));
  const terms = [
    '(Intercept)',
    treatedName,
    postName,
    ...covariateNames,
    `${treatedName}:${postName}`,
  ];
  const k = terms.length;
  const x = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    x[i] = 1;
    x[n + i] = d[i]!;
    x[2 * n + i] = p[i]!;
    for (let j = 0; j < xs.length; j++) x[(3 + j) * n + i] = xs[j]![i]!;
    x[(k - 1) * n + i] = d[i]! * p[i]!;
  }
  const yy = Float64Array.from(y);
  const fit = fitClustered(
    x,
    yy,
    codes,
    levels.length,
    n,
    k,
    k,
    terms,
    confLevel,
    'options.covariates',
  );
  const did = fit.coefficients[k - 1]!;
  return deepFreeze({
    method: 'Difference-in-differences (OLS, cluster-robust HC1 standard errors)',
    estimate: did.estimate,
    estimateName: did.term,
    se: did.se,
    statistic: did.statistic,
    statisticName: 't',
    df: levels.length - 1,
    pValue: did.pValue,
    confInt: [did.confLow, did.confHigh] as const,
    confLevel,
    n,
    nClusters: levels.length,
    nMissing: read.nMissing,
    coefficients: fit.coefficients,
    means: [cells[0]!, cells[1]!, cells[2]!, cells[3]!],
    issues: read.issues,
    wildBootstrap:
      wild === undefined
        ? null
        : wildClusterBootstrap(
            x,
            yy,
            codes,
            levels.length,
            n,
            k,
            k - 1,
            fit.xtxInverse,
            wild.iterations ?? 9999,
            wild.seed,
          ),
  });
}
