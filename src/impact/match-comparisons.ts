import { assertCount, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { mean } from '../_lib/numeric/mean.js';
import { variance } from '../_lib/numeric/variance.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { columnName, readColumns, type Column, type ColumnSpec } from './_columns.js';

/**
 * Options of {@link matchComparisons}.
 *
 * @category Comparison authorities
 */
export interface MatchComparisonsOptions<R> {
  /** The authority. */
  readonly unit: Column<R>;
  /** The period, a number (a year). */
  readonly time: Column<R>;
  /** Whether the authority adopted (true/false or 1/0, the same on all its rows). */
  readonly treated: Column<R>;
  /** The pre-period indicators to match on (numbers), each by key or accessor. */
  readonly indicators: readonly Column<R>[];
  /** Periods used: those before this one (the first adoption year). */
  readonly before: number;
  /** Comparisons per treated authority (default 1). */
  readonly k?: number;
  /** Whether a comparison may serve several treated authorities (default true). */
  readonly replace?: boolean;
  /** Match on the pre-period trend (slope per period) as well as the level (default true). */
  readonly trends?: boolean;
}

/**
 * A treated authority and the comparisons chosen for it, nearest first.
 *
 * @category Comparison authorities
 */
export interface MatchedSet {
  /** The treated authority. */
  readonly unit: string | number;
  /** Its comparisons, nearest first. */
  readonly comparisons: readonly {
    /** The comparison authority. */
    readonly unit: string | number;
    /** Euclidean distance on the standardised features. */
    readonly distance: number;
  }[];
}

/**
 * One row of a balance table: a matching feature's means and standardised mean difference before
 * and after matching.
 *
 * @category Comparison authorities
 */
export interface BalanceRow {
  /** `<indicator> level` (pre-period mean) or `<indicator> trend` (pre-period slope per period). */
  readonly feature: string;
  /** Mean over the treated authorities. */
  readonly meanTreated: number;
  /** Mean over all potential comparisons. */
  readonly meanControlBefore: number;
  /** Mean over the matched comparisons, each weighted by how often it was chosen / k. */
  readonly meanControlAfter: number;
  /** (meanTreated − meanControlBefore) / s, s = √((s²_T + s²_C) / 2) of the unmatched groups. */
  readonly smdBefore: number;
  /** The same after matching, on the same s (so a change is a change of means). */
  readonly smdAfter: number;
}

/**
 * The result of {@link matchComparisons}.
 *
 * @category Comparison authorities
 */
export interface MatchedComparisons {
  /** What was done, in words. */
  readonly method: string;
  /** Each treated authority with its comparisons. */
  readonly matches: readonly MatchedSet[];
  /** Every comparison authority chosen, once, in order of first choice. */
  readonly comparisonUnits: readonly (string | number)[];
  /** Each matched comparison's weight (times chosen / k), for a weighted analysis. */
  readonly weights: readonly {
    /** The comparison authority. */
    readonly unit: string | number;
    /** Times chosen / k. */
    readonly weight: number;
  }[];
  /** The balance table, one row per matching feature. */
  readonly balance: readonly BalanceRow[];
  /** Treated authorities matched. */
  readonly nTreated: number;
  /** Untreated authorities that could be chosen. */
  readonly nPool: number;
  /** Rows left out for a missing or unreadable cell. */
  readonly nMissing: number;
  /** Unreadable cells and authorities left out of matching. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Chooses comparison authorities for the adopters from pre-period indicators, the way
 * "statistical neighbours" are chosen: each authority is described by each indicator's level
 * (its mean before `before`) and, by default, its trend (least-squares slope per period over the
 * same years); features are standardised over all authorities; each adopter gets its `k` nearest
 * non-adopters by Euclidean distance (with replacement by default; without, adopters are matched
 * in order and a comparison is used once). The balance table gives standardised mean differences
 * before and after matching on a fixed denominator (Stuart 2010, Statistical Science 25(1); an
 * |SMD| under 0.1 is the usual mark of balance, Austin 2009, Stat. Med. 28(25)). The matched
 * comparisons then enter {@link differenceInDifferences} or {@link groupTimeEffects} as the
 * control group — the design of the 2020 evaluation, which matched adopters to similar authorities.
 *
 * @param rows - Authority × period indicator rows (e.g. from `sos-eval/admin`, or any tidy rows).
 * @param options - See {@link MatchComparisonsOptions}.
 * @returns A frozen {@link MatchedComparisons}.
 * @throws RangeError when there are no adopters, too few non-adopters for k without replacement,
 *   or no period before `before`; TypeError for a malformed option.
 * @category Comparison authorities
 * @example
 * ```ts
 * import { matchComparisons } from 'sos-eval/impact';
 * // Synthetic: two adopters and four candidates, one indicator over 2015–2017.
 * const levels = { A: 10, B: 20, C: 11, D: 19, E: 30, F: 40 };
 * const rows = Object.entries(levels).flatMap(([la, level]) =>
 *   [2015, 2016, 2017].map((year) => ({ la, year, adopter: la < 'C', rate: level + (year - 2015) })),
 * );
 * const m = matchComparisons(rows, { unit: 'la', time: 'year', treated: 'adopter', indicators: ['rate'], before: 2018 });
 * m.matches.map((s) => [s.unit, s.comparisons[0].unit]) //=> [['A', 'C'], ['B', 'D']]
 * m.balance[0].feature //=> 'rate level'
 * ```
 */
export function matchComparisons<R>(
  rows: Iterable<R>,
  options: MatchComparisonsOptions<R>,
): MatchedComparisons {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      'options must be an object with unit, time, treated, indicators and before',
    );
  }
  const k = options.k ?? 1;
  assertCount('options.k', k);
  if (k < 1) throw new RangeError('options.k must be at least 1');
  const replace = options.replace ?? true;
  const trends = options.trends ?? true;
  if (typeof replace !== 'boolean')
    throw new TypeError(`options.replace must be true or false, got ${showValue(replace)}`);
  if (!Array.isArray(options.indicators) || options.indicators.length === 0) {
    throw new TypeError('options.indicators must be a non-empty array of columns');
  }
  if (typeof options.before !== 'number' || !Number.isFinite(options.before)) {
    throw new TypeError(
      `options.before must be a period (a number), got ${showValue(options.before)}`,
    );
  }
  const m = options.indicators.length;
  const specs: ColumnSpec[] = [
    { option: 'options.unit', column: options.unit, kind: 'key' },
    { option: 'options.time', column: options.time, kind: 'number' },
    { option: 'options.treated', column: options.treated, kind: 'binary' },
    ...options.indicators.map((c, j): ColumnSpec => ({
      option: `options.indicators[${j}]`,
      column: c,
      kind: 'number',
    })),
  ];
  const read = readColumns<R>(rows, specs);
  const [unit, time, treated, ...values] = read.values as [
    (string | number)[],
    Float64Array,
    Float64Array,
    ...Float64Array[],
  ];
  const names = options.indicators.map((c, j) => columnName(c, `indicator${j + 1}`));
  const featureNames = names.flatMap((nm) =>
    trends ? [`${nm} level`, `${nm} trend`] : [`${nm} level`],
  );
  // Per unit: its treatment and, per indicator, the (time, value) pairs before `before`.
  const units = new Map<
    string | number,
    { treated: number; series: { t: number[]; v: number[] }[] }
  >();
  for (let i = 0; i < unit.length; i++) {
    if (!(time[i]! < options.before)) continue;
    let u = units.get(unit[i]!);
    if (u === undefined) {
      u = { treated: treated[i]!, series: names.map(() => ({ t: [], v: [] })) };
      units.set(unit[i]!, u);
    } else if (u.treated !== treated[i]) {
      throw new RangeError(
        `options.treated: unit ${String(unit[i])} is treated on some rows and not on others`,
      );
    }
    for (let j = 0; j < m; j++) {
      u.series[j]!.t.push(time[i]!);
      u.series[j]!.v.push(values[j]![i]!);
    }
  }
  if (units.size === 0) throw new RangeError(`options.before: no rows before ${options.before}`);
  const issues = read.issues;
  const keys: (string | number)[] = [];
  const features: number[][] = [];
  const isTreated: boolean[] = [];
  for (const [key, u] of units) {
    const f: number[] = [];
    for (const s of u.series) {
      f.push(mean(s.v));
      if (trends) f.push(slope(s.t, s.v));
    }
    if (f.some((x) => !Number.isFinite(x))) {
      issues.push({
        path: ['unit', key],
        code: 'too_few_periods',
        message: `unit ${String(key)} has too few pre-period rows for a ${trends ? 'trend (needs two periods)' : 'level'}: left out of matching`,
      });
      continue;
    }
    keys.push(key);
    features.push(f);
    isTreated.push(u.treated === 1);
  }
  const treatedIdx = keys.flatMap((_, i) => (isTreated[i] ? [i] : []));
  const poolIdx = keys.flatMap((_, i) => (isTreated[i] ? [] : [i]));
  if (treatedIdx.length === 0) throw new RangeError('options.treated: no treated units to match');
  if (poolIdx.length === 0)
    throw new RangeError('options.treated: no untreated units to match with');
  if (!replace && poolIdx.length < k * treatedIdx.length) {
    throw new RangeError(
      `options.replace is false but ${poolIdx.length} untreated units cannot give ${treatedIdx.length} treated units ${k} each`,
    );
  }
  if (poolIdx.length < k)
    throw new RangeError(`options.k is ${k} but only ${poolIdx.length} untreated units`);
  const nf = featureNames.length;
  // Standardise each feature over all units (a feature constant everywhere weighs nothing).
  const z = features.map((f) => f.slice());
  for (let c = 0; c < nf; c++) {
    const col = features.map((f) => f[c]!);
    const mu = mean(col);
    const sd = Math.sqrt(variance(col));
    for (const row of z) row[c] = sd > 0 ? (row[c]! - mu) / sd : 0;
  }
  const used = new Set<number>();
  const counts = new Map<number, number>();
  const matches: MatchedSet[] = treatedIdx.map((ti) => {
    const candidates = poolIdx
      .filter((ci) => replace || !used.has(ci))
      .map((ci) => {
        let d = 0;
        for (let c = 0; c < nf; c++) d += (z[ti]![c]! - z[ci]![c]!) ** 2;
        return { ci, distance: Math.sqrt(d) };
      })
      .sort((a, b) => a.distance - b.distance || a.ci - b.ci)
      .slice(0, k);
    for (const c of candidates) {
      used.add(c.ci);
      counts.set(c.ci, (counts.get(c.ci) ?? 0) + 1);
    }
    return {
      unit: keys[ti]!,
      comparisons: candidates.map((c) => ({ unit: keys[c.ci]!, distance: c.distance })),
    };
  });
  const balance: BalanceRow[] = featureNames.map((feature, c) => {
    const ft = treatedIdx.map((i) => features[i]![c]!);
    const fc = poolIdx.map((i) => features[i]![c]!);
    const chosen = [...counts.keys()];
    const after = mean(
      chosen.map((i) => features[i]![c]!),
      chosen.map((i) => counts.get(i)!),
    );
    const vt = ft.length > 1 ? variance(ft) : 0;
    const vc = fc.length > 1 ? variance(fc) : 0;
    const s = Math.sqrt((vt + vc) / 2);
    const mt = mean(ft);
    const mc = mean(fc);
    return {
      feature,
      meanTreated: mt,
      meanControlBefore: mc,
      meanControlAfter: after,
      // A feature equal in every authority is balanced, not undefined.
      smdBefore: mt === mc ? 0 : (mt - mc) / s,
      smdAfter: mt === after ? 0 : (mt - after) / s,
    };
  });
  const order = [...counts.keys()];
  return deepFreeze({
    method: `Nearest-neighbour matching on standardised pre-period ${trends ? 'levels and trends' : 'levels'}, k = ${k}, ${replace ? 'with' : 'without'} replacement`,
    matches,
    comparisonUnits: order.map((i) => keys[i]!),
    weights: order.map((i) => ({ unit: keys[i]!, weight: counts.get(i)! / k })),
    balance,
    nTreated: treatedIdx.length,
    nPool: poolIdx.length,
    nMissing: read.nMissing,
    issues,
  });
}

// Least-squares slope of v on t; NaN with fewer than two distinct periods.
function slope(t: readonly number[], v: readonly number[]): number {
  const mt = mean(t);
  const mv = mean(v);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < t.length; i++) {
    sxy += (t[i]! - mt) * (v[i]! - mv);
    sxx += (t[i]! - mt) ** 2;
  }
  return sxx > 0 ? sxy / sxx : NaN;
}
