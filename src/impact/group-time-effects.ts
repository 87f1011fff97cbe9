import { assertCount, assertOneOf, assertOpenUnit, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { solveSymmetric } from '../_lib/numeric/cholesky.js';
import { multiplierBootstrap } from '../_lib/numeric/multiplier-bootstrap.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { adoptionColumnSpecs, readColumns, type Column } from './_columns.js';
import { chiSquareUpper, normalQuantile } from '../_lib/numeric/distributions.js';
import { zTwoSided } from './_distributions.js';
import { INFLUENCE, seOf } from './_influence.js';

/**
 * Which units serve as controls for ATT(g, t): those never treated (R `did`'s
 * `control_group = "nevertreated"`, the default), or those never treated plus those not yet
 * treated by period t (`"notyettreated"`).
 *
 * @category Staggered adoption
 * @example
 * ```ts
 * import { CONTROL_GROUPS } from 'sos-eval/impact';
 * CONTROL_GROUPS //=> ['never', 'notYet']
 * ```
 */
export type ControlGroup = 'never' | 'notYet';

/**
 * The control groups {@link groupTimeEffects} knows.
 *
 * @category Staggered adoption
 * @example
 * ```ts
 * import { CONTROL_GROUPS } from 'sos-eval/impact';
 * CONTROL_GROUPS.includes('notYet') //=> true
 * ```
 */
export const CONTROL_GROUPS: readonly ControlGroup[] = Object.freeze(['never', 'notYet']);

/**
 * A seeded multiplier bootstrap for simultaneous confidence bands.
 *
 * @category Staggered adoption
 */
export interface MultiplierBootstrapOptions {
  /** Draws (default 999, as R's `did`). */
  readonly iterations?: number;
  /** A 32-bit integer seed: the same seed gives the same bands. */
  readonly seed: number;
}

/**
 * Options of {@link groupTimeEffects}.
 *
 * @category Staggered adoption
 */
export interface GroupTimeEffectsOptions<R> {
  /** The outcome (a number, or true/false). */
  readonly outcome: Column<R>;
  /** The unit (authority). */
  readonly unit: Column<R>;
  /** The period, a number (a year). */
  readonly time: Column<R>;
  /**
   * The period the unit was first treated, the same on all its rows; `null`, `undefined` or
   * `Infinity` for never treated (R's `did` writes 0: map it with an accessor).
   */
  readonly firstTreated: Column<R>;
  /** `'never'` (default) or `'notYet'`; see {@link ControlGroup}. */
  readonly control?: ControlGroup;
  /** Confidence level (default 0.95). */
  readonly confLevel?: number;
  /** Simultaneous bands by the multiplier bootstrap; without it, pointwise intervals only. */
  readonly bootstrap?: MultiplierBootstrapOptions;
}

/**
 * One group-time average treatment effect ATT(g, t): the mean change in the outcome from the base
 * period to t among units first treated in g, minus the same among the controls.
 *
 * @category Staggered adoption
 */
export interface GroupTimeEffect {
  /** g, the period the group was first treated. */
  readonly group: number;
  /** t, the period of the effect. */
  readonly time: number;
  /** t − g (negative: a pre-period placebo). */
  readonly relativeTime: number;
  /** The base period the change is measured from (g − 1 after adoption, t − 1 before). */
  readonly basePeriod: number;
  /** True when t ≥ g. */
  readonly post: boolean;
  /** ATT(g, t). */
  readonly estimate: number;
  /** Analytic standard error from the influence function (R `did` with `bstrap = FALSE`). */
  readonly se: number;
  /** estimate / se, referred to the normal distribution as `did` does. */
  readonly statistic: number;
  /** Two-sided p-value from the normal distribution. */
  readonly pValue: number;
  /** Pointwise interval, estimate ± z·se. */
  readonly confLow: number;
  /** Upper pointwise confidence limit, estimate + z·se. */
  readonly confHigh: number;
  /** Simultaneous band (bootstrap critical value × bootstrap se); null without `bootstrap`. */
  readonly bandLow: number | null;
  /** Upper limit of the simultaneous band. */
  readonly bandHigh: number | null;
  /** Units in the group. */
  readonly nTreated: number;
  /** Control units for this (g, t). */
  readonly nControl: number;
}

/**
 * The Wald test that every pre-period ATT(g, t) is zero, as `did` reports it: W = b'V⁻¹b with V
 * from the influence functions, χ² on q df.
 *
 * @category Staggered adoption
 */
export interface WaldTest {
  /** What was tested, in words. */
  readonly method: string;
  /** W = b'V⁻¹b. */
  readonly statistic: number;
  /** q, the number of pre-period effects tested. */
  readonly df: number;
  /** P(χ²_q > statistic). */
  readonly pValue: number;
}

/**
 * The result of {@link groupTimeEffects}; pass it to {@link aggregateEffects}.
 *
 * @category Staggered adoption
 */
export interface GroupTimeEffectsResult {
  /** What was computed, in words. */
  readonly method: string;
  /** One row per (g, t), ordered by group then time. */
  readonly effects: readonly GroupTimeEffect[];
  /** The control group used. */
  readonly control: ControlGroup;
  /** Confidence level of the intervals and bands. */
  readonly confLevel: number;
  /** The pre-period test; null without pre-periods or when their covariance is singular. */
  readonly preTrend: WaldTest | null;
  /** The bootstrap's draws, seed and critical value; null without `bootstrap`. */
  readonly bootstrap: {
    /** Bootstrap draws. */
    readonly iterations: number;
    /** The seed the draws came from. */
    readonly seed: number;
    /** The critical value of the simultaneous bands. */
    readonly criticalValue: number;
  } | null;
  /** Units in the balanced panel used. */
  readonly nUnits: number;
  /** Periods. */
  readonly periods: readonly number[];
  /** Each treated group and its number of units. */
  readonly groups: readonly {
    /** The period the group was first treated. */
    readonly group: number;
    /** Units in the group. */
    readonly nUnits: number;
  }[];
  /** Units never treated (within the panel). */
  readonly nNeverTreated: number;
  /** Rows left out for a missing or unreadable cell. */
  readonly nMissing: number;
  /** Units left out (not seen in every period, or treated before the panel starts). */
  readonly nUnitsDropped: number;
  /** Unreadable cells, and units dropped or recoded (each with its reason). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Callaway & Sant'Anna's (2021, J. Econometrics 225(2)) group-time average treatment effects
 * ATT(g, t) for staggered adoption, without covariates, on a balanced panel: for each group of
 * units first treated in period g and each period t, the mean change of the outcome from the base
 * period (g − 1 after adoption, t − 1 before — R `did`'s default "varying" base period) among the
 * group minus the same among never-treated units (or never- and not-yet-treated ones). Standard
 * errors from the influence function, as `did::att_gt(..., bstrap = FALSE)`; simultaneous bands
 * from a seeded multiplier bootstrap (Mammen weights, as `did`'s, but with our own random numbers,
 * so bands agree with `did` in distribution, not digit for digit). Units not seen in every period
 * are dropped (as `did` does when it balances the panel), so are units treated in or before the
 * first period (no pre-period to compare with); units first treated after the last period count as
 * never treated. Each drop is an issue.
 *
 * Unlike two-way fixed effects, no already-treated unit ever serves as a control, so the estimates
 * are not contaminated by effects that change over time (Goodman-Bacon 2021; de Chaisemartin &
 * D'Haultfœuille 2020, AER 110(9)). Summarise them with {@link aggregateEffects}.
 *
 * @param rows - Tidy unit × period rows.
 * @param options - See {@link GroupTimeEffectsOptions}.
 * @returns A frozen {@link GroupTimeEffectsResult}.
 * @throws RangeError when no unit is treated within the panel, when `control: 'never'` finds no
 *   never-treated unit, for a unit whose first-treated period changes, or a unit seen twice in a period.
 * @category Staggered adoption
 * @example
 * ```ts
 * import { groupTimeEffects } from 'sos-eval/impact';
 * // Synthetic: authorities A, B adopt in 2019, C, D never; effect 3 in 2019 and 2020.
 * const rows = ['A', 'B', 'C', 'D'].flatMap((la, u) =>
 *   [2017, 2018, 2019, 2020].map((year) => ({
 *     la, year, g: u < 2 ? 2019 : null,
 *     y: u + (year - 2017) * (u % 2 ? 1.1 : 0.9) + (u < 2 && year >= 2019 ? 3 : 0),
 *   })),
 * );
 * const att = groupTimeEffects(rows, { outcome: 'y', unit: 'la', time: 'year', firstTreated: 'g' });
 * att.effects.map((e) => [e.time, e.estimate]) //=> [[2018, 0.0], [2019, 3.0], [2020, 3.0]]
 * ```
 */
export function groupTimeEffects<R>(
  rows: Iterable<R>,
  options: GroupTimeEffectsOptions<R>,
): GroupTimeEffectsResult {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('options must be an object with outcome, unit, time and firstTreated');
  }
  const control = options.control ?? 'never';
  assertOneOf('options.control', control, CONTROL_GROUPS);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  const boot = options.bootstrap;
  if (boot !== undefined) {
    if (boot === null || typeof boot !== 'object') {
      throw new TypeError(
        `options.bootstrap must be { seed, iterations? }, got ${showValue(boot)}`,
      );
    }
    const seed = boot.seed;
    if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32) {
      throw new RangeError(
        `options.bootstrap.seed must be a 32-bit integer, got ${showValue(seed)}`,
      );
    }
    assertCount('options.bootstrap.iterations', boot.iterations ?? 999);
    if ((boot.iterations ?? 999) < 1)
      throw new RangeError('options.bootstrap.iterations must be at least 1');
  }
  const read = readColumns<R>(rows, adoptionColumnSpecs(options));
  const issues = read.issues;
  const [y, unit, time, g] = read.values as [
    Float64Array,
    (string | number)[],
    Float64Array,
    Float64Array,
  ];
  const periods = [...new Set(time)].sort((a, b) => a - b);
  const periodIndex = new Map(periods.map((p, j) => [p, j]));
  const nT = periods.length;
  // Per unit: its group and its outcome in each period.
  const byUnit = new Map<string | number, { g: number; y: Float64Array; seen: number }>();
  for (let i = 0; i < y.length; i++) {
    let u = byUnit.get(unit[i]!);
    if (u === undefined) {
      u = { g: g[i]!, y: new Float64Array(nT).fill(NaN), seen: 0 };
      byUnit.set(unit[i]!, u);
    } else if (u.g !== g[i]) {
      throw new RangeError(
        `options.firstTreated: unit ${String(unit[i])} has first-treated period ${u.g} on one row and ${g[i]} on another (row ${read.rowIndex[i]})`,
      );
    }
    const j = periodIndex.get(time[i]!)!;
    if (!Number.isNaN(u.y[j]!)) {
      throw new RangeError(
        `unit ${String(unit[i])} has two rows for period ${time[i]} (row ${read.rowIndex[i]}): a panel has one row per unit and period`,
      );
    }
    u.y[j] = y[i]!;
    u.seen++;
  }
  const kept: { y: Float64Array; g: number }[] = [];
  let nUnitsDropped = 0;
  for (const [key, u] of byUnit) {
    if (u.seen < nT) {
      nUnitsDropped++;
      issues.push({
        path: ['unit', key],
        code: 'unbalanced_unit',
        message: `unit ${String(key)} is seen in ${u.seen} of the ${nT} periods: dropped to balance the panel (as R's did does)`,
      });
    } else if (u.g <= periods[0]!) {
      nUnitsDropped++;
      issues.push({
        path: ['unit', key],
        code: 'treated_before_panel',
        message: `unit ${String(key)} was first treated in ${u.g}, not after the panel's first period ${periods[0]}: no pre-period to compare with, dropped (as R's did does)`,
      });
    } else if (u.g > periods[nT - 1]! && u.g !== Infinity) {
      issues.push({
        path: ['unit', key],
        code: 'treated_after_panel',
        message: `unit ${String(key)} was first treated in ${u.g}, after the panel's last period: counted as never treated (as R's did does)`,
      });
      kept.push({ y: u.y, g: Infinity });
    } else kept.push({ y: u.y, g: u.g });
  }
  const n = kept.length;
  const unitGroup = Float64Array.from(kept, (u) => u.g);
  const groupSizes = new Map<number, number>();
  let nNever = 0;
  for (const gg of unitGroup) {
    if (gg === Infinity) nNever++;
    else groupSizes.set(gg, (groupSizes.get(gg) ?? 0) + 1);
  }
  const groups = [...groupSizes.keys()].sort((a, b) => a - b);
  if (groups.length === 0) {
    throw new RangeError(
      `options.firstTreated: no unit is first treated within the panel's periods ${periods[0]}–${periods[nT - 1]} (no treated units)`,
    );
  }
  if (nNever === 0 && control === 'never') {
    throw new RangeError(
      "options.control is 'never' but no unit is never treated (no untreated units): use control: 'notYet'",
    );
  }
  const effects: Omit<GroupTimeEffect, 'bandLow' | 'bandHigh'>[] = [];
  const columns: Float64Array[] = [];
  const z = normalQuantile(1 - (1 - confLevel) / 2);
  const delta = new Float64Array(n);
  for (const gg of groups) {
    let pre = -1;
    for (let j = 0; j < nT; j++) if (periods[j]! < gg) pre = j;
    for (let ti = 1; ti < nT; ti++) {
      const t = periods[ti]!;
      const base = t < gg ? ti - 1 : pre;
      const horizon = Math.max(t, periods[base]!);
      const isTreated = (u: number) => unitGroup[u] === gg;
      const isControl = (u: number) =>
        unitGroup[u] === Infinity ||
        (control === 'notYet' && unitGroup[u]! > horizon && unitGroup[u] !== gg);
      let nTr = 0;
      let nC = 0;
      let sT = 0;
      let sC = 0;
      for (let u = 0; u < n; u++) {
        delta[u] = kept[u]!.y[ti]! - kept[u]!.y[base]!;
        if (isTreated(u)) {
          nTr++;
          sT += delta[u]!;
        } else if (isControl(u)) {
          nC++;
          sC += delta[u]!;
        }
      }
      if (nC === 0) {
        issues.push({
          path: ['group', gg, 'time', t],
          code: 'no_controls',
          message: `ATT(${gg}, ${t}) not estimated: no unit is untreated by ${horizon}`,
        });
        continue;
      }
      const mT = sT / nTr;
      const mC = sC / nC;
      // Centre exactly: the means again from the centred values (one refinement step).
      let rT = 0;
      let rC = 0;
      for (let u = 0; u < n; u++) {
        if (isTreated(u)) rT += delta[u]! - mT;
        else if (isControl(u)) rC += delta[u]! - mC;
      }
      const meanT = mT + rT / nTr;
      const meanC = mC + rC / nC;
      const psi = new Float64Array(n);
      for (let u = 0; u < n; u++) {
        if (isTreated(u)) psi[u] = (n * (delta[u]! - meanT)) / nTr;
        else if (isControl(u)) psi[u] = (-n * (delta[u]! - meanC)) / nC;
      }
      const estimate = meanT - meanC;
      const se = seOf(psi, n);
      columns.push(psi);
      effects.push({
        group: gg,
        time: t,
        relativeTime: t - gg,
        basePeriod: periods[base]!,
        post: t >= gg,
        estimate,
        se,
        statistic: estimate / se,
        pValue: zTwoSided(estimate / se),
        confLow: estimate - z * se,
        confHigh: estimate + z * se,
        nTreated: nTr,
        nControl: nC,
      });
    }
  }
  const k = columns.length;
  const matrix = new Float64Array(n * k);
  columns.forEach((c, j) => matrix.set(c, j * n));
  let bootstrap: GroupTimeEffectsResult['bootstrap'] = null;
  let bands: { se: Float64Array; criticalValue: number } | null = null;
  if (boot !== undefined) {
    const iterations = boot.iterations ?? 999;
    bands = multiplierBootstrap(matrix, n, k, iterations, boot.seed, 1 - confLevel);
    bootstrap = { iterations, seed: boot.seed, criticalValue: bands.criticalValue };
  }
  const rowsOut: GroupTimeEffect[] = effects.map((e, j) => ({
    ...e,
    bandLow: bands === null ? null : e.estimate - bands.criticalValue * bands.se[j]!,
    bandHigh: bands === null ? null : e.estimate + bands.criticalValue * bands.se[j]!,
  }));
  const result = deepFreeze({
    method: `Group-time average treatment effects (Callaway & Sant'Anna 2021), ${control === 'never' ? 'never-treated' : 'not-yet-treated'} controls`,
    effects: rowsOut,
    control,
    confLevel,
    preTrend: preTrendTest(effects, matrix, n),
    bootstrap,
    nUnits: n,
    periods,
    groups: groups.map((gg) => ({ group: gg, nUnits: groupSizes.get(gg)! })),
    nNeverTreated: nNever,
    nMissing: read.nMissing,
    nUnitsDropped,
    issues,
  });
  INFLUENCE.set(result, { n, matrix, unitGroup });
  return result;
}

// did's pre-test: W = n b'(V_pre)⁻¹ b with V = ψ'ψ / n, i.e. b'(ψ'ψ / n²)⁻¹ b, χ² on q df.
function preTrendTest(
  effects: readonly { post: boolean; estimate: number }[],
  matrix: Float64Array,
  n: number,
): WaldTest | null {
  const pre = effects.flatMap((e, j) => (e.post ? [] : [j]));
  const q = pre.length;
  if (q === 0) return null;
  const v = new Float64Array(q * q);
  for (let a = 0; a < q; a++)
    for (let b = 0; b <= a; b++) {
      let s = 0;
      const ca = pre[a]! * n;
      const cb = pre[b]! * n;
      for (let i = 0; i < n; i++) s += matrix[ca + i]! * matrix[cb + i]!;
      v[a * q + b] = s / (n * n);
      v[b * q + a] = s / (n * n);
    }
  const b = pre.map((j) => effects[j]!.estimate);
  const solved = solveSymmetric(v, b, q);
  if (solved === null) return null;
  let w = 0;
  for (let a = 0; a < q; a++) w += b[a]! * solved[a]!;
  return {
    method: 'Wald pre-test of parallel trends (all pre-period ATT(g, t) = 0), chi-squared',
    statistic: w,
    df: q,
    pValue: chiSquareUpper(w, q),
  };
}
