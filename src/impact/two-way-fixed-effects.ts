import { assertOpenUnit } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { columnName, readColumns, type Column, type ColumnSpec } from './_columns.js';
import { withinFit } from './_within-fit.js';
import type { ClusterRobustEstimate } from './cluster-robust-estimate.js';

/**
 * Options of {@link twoWayFixedEffects}. Each column is a property name or a function of the row.
 *
 * @category Two-way fixed effects
 */
export interface TwoWayFixedEffectsOptions<R> {
  /** The outcome: a number, or true/false for the linear probability model. */
  readonly outcome: Column<R>;
  /** The treatment in that row: 1/0 or true/false (or a dose, any number). */
  readonly treatment: Column<R>;
  /** The unit (authority): a string or number. */
  readonly unit: Column<R>;
  /** The period (year): a string or number, each its own fixed effect. */
  readonly time: Column<R>;
  /** The cluster for the standard errors; default the unit. */
  readonly cluster?: Column<R>;
  /** Covariates that vary within units (numbers or true/false). */
  readonly covariates?: readonly Column<R>[];
  /** Confidence level (default 0.95). */
  readonly confLevel?: number;
}

/**
 * A two-way fixed-effects estimate: the treatment coefficient of `outcome ~ treatment (+
 * covariates) + unit + period`, with its cluster-robust test ({@link ClusterRobustEstimate}), and
 * how many fixed effects were absorbed.
 *
 * @category Two-way fixed effects
 */
export interface TwoWayFixedEffectsResult extends ClusterRobustEstimate {
  /** Units (unit fixed effects). */
  readonly nUnits: number;
  /** Periods (time fixed effects). */
  readonly nTimes: number;
  /** Sweeps the within transformation needed (1 on a balanced panel, before the check sweep: 2). */
  readonly iterations: number;
}

/**
 * Two-way fixed effects, `outcome ~ treatment + factor(unit) + factor(time)`, estimated by the
 * within transformation (alternating projections, as R's fixest and lfe do, never a dummy
 * matrix), with the standard error cluster-robust by unit (or `options.cluster`) equal to R's
 * `sandwich::vcovCL(lm(...), cluster, type = "HC1")` on the dummy-variable regression — the
 * small-sample factor counts the absorbed fixed effects as lm does. Works on unbalanced panels.
 *
 * With staggered adoption and effects that change over time this single coefficient is a weighted
 * average of comparisons in which already-treated units serve as controls, some with negative
 * weights (Goodman-Bacon 2021, J. Econometrics 225(2)); prefer {@link groupTimeEffects} there, and
 * use {@link eventStudy} to look at the dynamics.
 *
 * @param rows - Tidy rows, one per unit × period (or per child, with the unit and period as columns).
 * @param options - See {@link TwoWayFixedEffectsOptions}.
 * @returns A frozen {@link TwoWayFixedEffectsResult}.
 * @throws RangeError for one cluster, no treated or no untreated rows, or a treatment or covariate
 *   that the fixed effects absorb (collinear), each named.
 * @category Two-way fixed effects
 * @example
 * ```ts
 * import { twoWayFixedEffects } from 'sos-eval/impact';
 * // Synthetic: 4 authorities × 3 years; A and B adopt in year 2; the effect is exactly 5.
 * const rows = ['A', 'B', 'C', 'D'].flatMap((la, u) =>
 *   [1, 2, 3].map((year) => {
 *     const treated = u < 2 && year >= 2;
 *     return { la, year, treated, y: 10 * u + year + (treated ? 5 : 0) + (u % 2 ? 0.1 : -0.1) * year };
 *   }),
 * );
 * const fit = twoWayFixedEffects(rows, { outcome: 'y', treatment: 'treated', unit: 'la', time: 'year' });
 * fit.estimate //=> 5.0
 * fit.nClusters //=> 4
 * ```
 */
export function twoWayFixedEffects<R>(
  rows: Iterable<R>,
  options: TwoWayFixedEffectsOptions<R>,
): TwoWayFixedEffectsResult {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('options must be an object with outcome, treatment, unit and time');
  }
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  const covariates = options.covariates ?? [];
  if (!Array.isArray(covariates)) throw new TypeError('options.covariates must be an array');
  const specs: ColumnSpec[] = [
    { option: 'options.outcome', column: options.outcome, kind: 'number' },
    { option: 'options.treatment', column: options.treatment, kind: 'number' },
    { option: 'options.unit', column: options.unit, kind: 'key' },
    { option: 'options.time', column: options.time, kind: 'key' },
    {
      option: 'options.cluster',
      column: options.cluster ?? options.unit,
      kind: 'key',
    },
    ...covariates.map((c, j): ColumnSpec => ({
      option: `options.covariates[${j}]`,
      column: c,
      kind: 'number',
    })),
  ];
  const read = readColumns<R>(rows, specs);
  const [y, d, unit, time, cluster, ...xs] = read.values as [
    Float64Array,
    Float64Array,
    (string | number)[],
    (string | number)[],
    (string | number)[],
    ...Float64Array[],
  ];
  const treatmentName = columnName(options.treatment, 'treatment');
  let nTreated = 0;
  for (const v of d) if (v !== 0) nTreated++;
  if (nTreated === 0) {
    throw new RangeError(
      `options.treatment (${treatmentName}): no treated rows (${d.length} rows read)`,
    );
  }
  if (nTreated === d.length) {
    throw new RangeError(`options.treatment (${treatmentName}): no untreated rows`);
  }
  const terms = [treatmentName, ...covariates.map((c, j) => columnName(c, `covariate${j + 1}`))];
  const fit = withinFit(
    y,
    [d, ...xs],
    unit,
    time,
    cluster,
    terms,
    confLevel,
    'options.cluster',
    'options.treatment or options.covariates',
  );
  const main = fit.coefficients[0]!;
  return deepFreeze({
    method: 'Two-way fixed effects (within estimator, cluster-robust HC1 standard errors)',
    estimate: main.estimate,
    estimateName: main.term,
    se: main.se,
    statistic: main.statistic,
    statisticName: 't',
    df: fit.nClusters - 1,
    pValue: main.pValue,
    confInt: [main.confLow, main.confHigh] as const,
    confLevel,
    coefficients: fit.coefficients,
    n: y.length,
    nClusters: fit.nClusters,
    nUnits: fit.nUnits,
    nTimes: fit.nTimes,
    nMissing: read.nMissing,
    iterations: fit.iterations,
    issues: read.issues,
  });
}
