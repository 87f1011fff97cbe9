import {
  assertArray,
  assertCount,
  assertNumber,
  assertOneOf,
  assertOpenUnit,
  showValue,
} from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { percentileInterval, resample } from '../_lib/numeric/bootstrap.js';
import { CompensatedSum } from '../_lib/numeric/sum.js';

/**
 * The metric of a Krippendorff's alpha: how far apart two values are.
 *
 * @category Reliability
 * @example
 * ```ts
 * import { ALPHA_LEVELS } from 'sos-eval/qualitative';
 * ALPHA_LEVELS //=> ['nominal', 'ordinal', 'interval', 'ratio']
 * ```
 */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * The levels of measurement {@link krippendorffAlpha} knows, in Krippendorff's order.
 *
 * @category Reliability
 * @example
 * ```ts
 * import { ALPHA_LEVELS } from 'sos-eval/qualitative';
 * ALPHA_LEVELS.length //=> 4
 * ```
 */
export const ALPHA_LEVELS: readonly AlphaLevel[] = Object.freeze([
  'nominal',
  'ordinal',
  'interval',
  'ratio',
]);

/** One value a coder gave a unit: a category (nominal, ordinal) or a number; `null` = not coded. */
export type AlphaValue = string | number | null | undefined;

/** Options of the bootstrap interval of {@link krippendorffAlpha}. */
export interface AlphaBootstrapOptions {
  /** Number of resamples, a whole number ≥ 1. Default 2000. */
  readonly samples?: number;
  /** Seed of the xoroshiro128+ stream (pure-rand), a 32-bit integer. Required: same seed, same interval. */
  readonly seed: number;
  /** Confidence level of the percentile interval, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/** Options for {@link krippendorffAlpha}. */
export interface KrippendorffAlphaOptions {
  /** Level of measurement: `'nominal'` (default), `'ordinal'`, `'interval'` or `'ratio'`. */
  readonly level?: AlphaLevel;
  /**
   * The order of the categories for ordinal data given as strings, lowest first. Numbers are
   * ordered numerically when this is left out.
   */
  readonly order?: readonly (string | number)[];
  /** Ask for a seeded bootstrap interval (units resampled with replacement). */
  readonly bootstrap?: AlphaBootstrapOptions;
}

/**
 * A seeded bootstrap interval of alpha: the percentiles of alpha over resamples of the pairable
 * units.
 *
 * @category Reliability
 */
export interface AlphaBootstrapInterval {
  /** Lower limit, the (1 − confLevel)/2 quantile of the resampled alphas (R's type 7). */
  readonly lower: number;
  /** Upper limit, the (1 + confLevel)/2 quantile. */
  readonly upper: number;
  /** The confidence level. */
  readonly confLevel: number;
  /** Resamples asked for. */
  readonly samples: number;
  /** Resamples whose alpha was undefined (every value alike) and so left out of the quantiles. */
  readonly undefinedSamples: number;
  /** The seed used. */
  readonly seed: number;
  /** How the interval was made. */
  readonly method: string;
}

/**
 * The result of {@link krippendorffAlpha}.
 *
 * @category Reliability
 */
export interface KrippendorffAlphaResult {
  /** Krippendorff's alpha, 1 − Do / De; `NaN` when it is undefined (no pairable values, or every value alike). */
  readonly alpha: number;
  /** The level of measurement used. */
  readonly level: AlphaLevel;
  /** Observed disagreement Do (mean squared difference within units). */
  readonly observedDisagreement: number;
  /** Expected disagreement De (mean squared difference between all pairable values). */
  readonly expectedDisagreement: number;
  /** Number of coders (rows of the data). */
  readonly coders: number;
  /** Number of units (columns of the data). */
  readonly units: number;
  /** Units with two or more values; the others cannot be paired and do not count. */
  readonly pairableUnits: number;
  /** n, the number of pairable values (the total of the coincidence matrix). */
  readonly pairableValues: number;
  /** The distinct values found in pairable units, in order (the order of the coincidence matrix). */
  readonly values: readonly (string | number)[];
  /** The coincidence matrix o_ck (values × values), symmetric, summing to `pairableValues`. */
  readonly coincidences: readonly (readonly number[])[];
  /** Set when a bootstrap was asked for. */
  readonly interval?: AlphaBootstrapInterval;
}

function readData(data: unknown): { rows: AlphaValue[][]; units: number } {
  assertArray('data', data);
  if (data.length === 0)
    throw new RangeError('data must have at least one coder (row), got an array of length 0');
  const rows = data.map((row, i) => {
    assertArray(`data[${i}]`, row);
    return row as AlphaValue[];
  });
  const units = rows[0]!.length;
  rows.forEach((row, i) => {
    if (row.length !== units) {
      throw new RangeError(
        `data must be a coders × units matrix: row 0 has ${units} units, row ${i} has ${row.length}`,
      );
    }
  });
  return { rows, units };
}

function checkValue(level: AlphaLevel, value: unknown, i: number, u: number): void {
  // The common case first, without building the argument's name.
  if (typeof value === 'number' && Number.isFinite(value) && !(level === 'ratio' && value < 0))
    return;
  const name = `data[${i}][${u}]`;
  if (typeof value === 'string') {
    if (level === 'interval' || level === 'ratio') {
      throw new TypeError(`${name} must be a number for ${level} data, got ${showValue(value)}`);
    }
    return;
  }
  assertNumber(name, value);
  if (!Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number or null, got ${showValue(value)}`);
  if (level === 'ratio' && value < 0)
    throw new RangeError(`${name} must be ≥ 0 for ratio data, got ${showValue(value)}`);
}

// The squared difference δ²(c, k) between value indices, given the values and their margins n_c.
function deltaMatrix(
  level: AlphaLevel,
  values: readonly (string | number)[],
  margins: readonly number[],
): number[][] {
  const k = values.length;
  const d: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  // Ordinal: cumulative margins, so Σ_{g=c..k} n_g is a difference of two prefix sums.
  const prefix = [0];
  for (let g = 0; g < k; g++) prefix.push(prefix[g]! + margins[g]!);
  for (let c = 0; c < k; c++) {
    for (let e = c + 1; e < k; e++) {
      let v: number;
      if (level === 'nominal') v = 1;
      else if (level === 'ordinal') {
        const between = prefix[e + 1]! - prefix[c]! - (margins[c]! + margins[e]!) / 2;
        v = between * between;
      } else {
        const a = values[c] as number;
        const b = values[e] as number;
        v = level === 'interval' ? (a - b) ** 2 : ((a - b) / (a + b)) ** 2;
      }
      d[c]![e] = v;
      d[e]![c] = v;
    }
  }
  return d;
}

// Alpha from a (possibly reweighted) coincidence matrix: 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
function alphaOf(
  level: AlphaLevel,
  values: readonly (string | number)[],
  o: readonly (readonly number[])[],
): { alpha: number; observed: number; expected: number } {
  const k = values.length;
  const margins = o.map((row) => {
    const s = new CompensatedSum();
    for (const x of row) s.add(x);
    return s.value;
  });
  const nSum = new CompensatedSum();
  for (const m of margins) nSum.add(m);
  const n = nSum.value;
  if (n === 0 || k < 2) {
    return { alpha: NaN, observed: 0, expected: 0 };
  }
  const d = deltaMatrix(level, values, margins);
  const obs = new CompensatedSum();
  const exp = new CompensatedSum();
  for (let c = 0; c < k; c++) {
    for (let e = 0; e < k; e++) {
      if (c === e) continue;
      obs.add(o[c]![e]! * d[c]![e]!);
      exp.add(margins[c]! * margins[e]! * d[c]![e]!);
    }
  }
  const observed = obs.value / n;
  const expected = exp.value / (n * (n - 1));
  return { alpha: expected === 0 ? NaN : 1 - observed / expected, observed, expected };
}

/**
 * Krippendorff's alpha, the reliability of codings by any number of coders, with missing values,
 * for nominal, ordinal, interval and ratio data — by the coincidence-matrix method of Krippendorff
 * (2011), "Computing Krippendorff's alpha-reliability". Each unit coded by m ≥ 2 coders adds
 * 1/(m − 1) to the coincidence o_ck for every ordered pair of its values (c, k); units with fewer
 * than two values cannot be paired and are dropped. Then α = 1 − Do/De with
 * Do = Σ o_ck δ²_ck / n and De = Σ n_c n_k δ²_ck / (n(n − 1)), where δ² is 0/1 for nominal data,
 * (c − k)² for interval, ((c − k)/(c + k))² for ratio and, for ordinal data, the squared count of
 * values between c and k, (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
 *
 * With `bootstrap: { seed }` it adds a percentile interval over resamples of the **pairable units**
 * drawn with replacement (the unit, or cluster, bootstrap of Zapf et al. 2016, BMC Medical Research
 * Methodology 16:93). That is not the algorithm of Hayes & Krippendorff's KALPHA macro, which
 * resamples pairs of values, so its limits are close to but never bit-identical with KALPHA's.
 * Resamples in which every value is alike (alpha undefined) are counted and left out.
 *
 * @param data - A coders × units matrix (one row per coder, one column per unit); `null` (or a
 *   hole) means the coder did not code the unit. Values are strings or numbers for nominal data,
 *   numbers (or strings with `order`) for ordinal, numbers for interval and numbers ≥ 0 for ratio.
 * @returns A frozen {@link KrippendorffAlphaResult}. Alpha is `NaN` when there are no pairable
 *   values or they all agree on one value (De = 0), as Krippendorff leaves it undefined.
 * @throws RangeError for an unknown `level`, a ragged matrix, a non-finite number, a negative
 *   ratio value, an ordinal value missing from `order`, or invalid bootstrap options;
 *   TypeError for a matrix that is not arrays of values.
 * @category Reliability
 * @example
 * ```ts
 * import { krippendorffAlpha } from 'sos-eval/qualitative';
 * // Krippendorff (2011), the 4 observers × 12 units example (null: not coded)
 * const data = [
 *   [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
 *   [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
 *   [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
 *   [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
 * ];
 * krippendorffAlpha(data, { level: 'nominal' }).alpha //=> 0.743
 * krippendorffAlpha(data, { level: 'ordinal' }).alpha //=> 0.815
 * krippendorffAlpha(data, { level: 'interval' }).alpha //=> 0.849
 * krippendorffAlpha(data, { level: 'ratio' }).alpha //=> 0.797
 * krippendorffAlpha(data).pairableValues //=> 40
 * ```
 */
export function krippendorffAlpha(
  data: readonly (readonly AlphaValue[])[],
  options: KrippendorffAlphaOptions = {},
): KrippendorffAlphaResult {
  const level = options.level ?? 'nominal';
  assertOneOf('options.level', level, ALPHA_LEVELS);
  const { rows, units } = readData(data);
  const order = options.order;
  if (order !== undefined) assertArray('options.order', order);

  // Pairable units (two or more values), every value checked; the distinct values as first met.
  const pairable: number[] = [];
  const seen = new Map<string | number, number>();
  let n = 0;
  for (let u = 0; u < units; u++) {
    let m = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]![u];
      if (v === null || v === undefined) continue;
      checkValue(level, v, i, u);
      m++;
    }
    if (m < 2) continue;
    pairable.push(u);
    n += m;
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]![u];
      if (v !== null && v !== undefined && !seen.has(v)) seen.set(v, seen.size);
    }
  }

  // The distinct values, ordered: numbers numerically, strings by `order` (ordinal) or as first met.
  let values = [...seen.keys()];
  if (order !== undefined) {
    const rank = new Map(order.map((v, i) => [v, i] as const));
    for (const v of values) {
      if (!rank.has(v)) {
        throw new RangeError(`options.order must list every value, ${showValue(v)} is missing`);
      }
    }
    values.sort((a, b) => rank.get(a)! - rank.get(b)!);
  } else if (values.every((v) => typeof v === 'number')) {
    values = (values as number[]).sort((a, b) => a - b);
  } else if (level === 'ordinal') {
    throw new RangeError(
      'options.order must give the order of the categories when ordinal values are strings',
    );
  }
  const index = new Map(values.map((v, i) => [v, i] as const));

  // Each unit's coincidences, kept apart (flat: cell, amount; unit u owns [offsets[u], offsets[u+1]))
  // so the bootstrap can reweight units. A unit with value counts n_c adds n_c·n_e/(m − 1) to o_ce
  // for c ≠ e and n_c(n_c − 1)/(m − 1) to o_cc: the same as adding 1/(m − 1) per ordered pair.
  const k = values.length;
  const cells: number[] = [];
  const amounts: number[] = [];
  const offsets: number[] = [0];
  const ids: number[] = [];
  const counts: number[] = [];
  for (const u of pairable) {
    ids.length = 0;
    counts.length = 0;
    let m = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]![u];
      if (v === null || v === undefined) continue;
      m++;
      const c = index.get(v)!;
      const at = ids.indexOf(c);
      if (at < 0) {
        ids.push(c);
        counts.push(1);
      } else counts[at]! += 1;
    }
    const m1 = m - 1;
    for (let a = 0; a < ids.length; a++) {
      for (let b = 0; b < ids.length; b++) {
        const pairs = a === b ? counts[a]! * (counts[a]! - 1) : counts[a]! * counts[b]!;
        if (pairs === 0) continue;
        cells.push(ids[a]! * k + ids[b]!);
        amounts.push(pairs / m1);
      }
    }
    offsets.push(cells.length);
  }

  const coincidencesOf = (weights?: ArrayLike<number>): number[][] => {
    const acc = Array.from({ length: k * k }, () => new CompensatedSum());
    const units = offsets.length - 1;
    for (let u = 0; u < units; u++) {
      const w = weights === undefined ? 1 : weights[u]!;
      if (w === 0) continue;
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) acc[cells[j]!]!.add(w * amounts[j]!);
    }
    return Array.from({ length: k }, (_, c) =>
      Array.from({ length: k }, (_, e) => acc[c * k + e]!.value),
    );
  };

  const o = coincidencesOf();
  const { alpha, observed, expected } = alphaOf(level, values, o);

  let interval: AlphaBootstrapInterval | undefined;
  if (options.bootstrap !== undefined) {
    interval = bootstrap(level, values, pairable.length, coincidencesOf, options.bootstrap);
  }
  return deepFreeze({
    alpha,
    level,
    observedDisagreement: observed,
    expectedDisagreement: expected,
    coders: rows.length,
    units,
    pairableUnits: pairable.length,
    pairableValues: n,
    values,
    coincidences: o,
    ...(interval === undefined ? {} : { interval }),
  });
}

function bootstrap(
  level: AlphaLevel,
  values: readonly (string | number)[],
  unitCount: number,
  coincidencesOf: (weights: ArrayLike<number>) => number[][],
  opts: AlphaBootstrapOptions,
): AlphaBootstrapInterval {
  if (opts === null || typeof opts !== 'object')
    throw new TypeError(`options.bootstrap must be an object, got ${showValue(opts)}`);
  const samples = opts.samples ?? 2000;
  assertCount('options.bootstrap.samples', samples);
  if (samples < 1)
    throw new RangeError(`options.bootstrap.samples must be at least 1, got ${samples}`);
  const seed = opts.seed;
  assertNumber('options.bootstrap.seed', seed);
  if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32)
    throw new RangeError(`options.bootstrap.seed must be a 32-bit integer, got ${seed}`);
  const confLevel = opts.confLevel ?? 0.95;
  assertOpenUnit('options.bootstrap.confLevel', confLevel);

  // Resampling the units with replacement is reweighting them by how often each was drawn.
  const alphas = new Float64Array(samples).fill(NaN);
  if (unitCount > 0) {
    const weights = new Float64Array(unitCount);
    resample([unitCount], samples, seed, ([drawn], s) => {
      weights.fill(0);
      for (let u = 0; u < unitCount; u++) weights[drawn![u]!]! += 1;
      alphas[s] = alphaOf(level, values, coincidencesOf(weights)).alpha;
    });
  }
  let undefinedSamples = 0;
  for (let s = 0; s < samples; s++) if (Number.isNaN(alphas[s])) undefinedSamples++;
  const [lower, upper] = percentileInterval(alphas, confLevel);
  return {
    lower,
    upper,
    confLevel,
    samples,
    undefinedSamples,
    seed,
    method: 'percentile bootstrap over pairable units (xoroshiro128+)',
  };
}
