// Reading numeric samples the way R's tests do: NA (here null, undefined or NaN) is missing and
// dropped, but counted so results can report how much was set aside. Anything that is not a
// number or missing is a broken argument, not bad data, so it throws.
import { assertArray, showValue } from '../_lib/args.js';

/**
 * A sample as accepted by the tests: numbers, with `null`/`NaN` marking missing values.
 *
 * @category Rank tests
 */
export type SampleInput = readonly (number | null | undefined)[];

const isMissing = (v: unknown): boolean => v == null || (typeof v === 'number' && Number.isNaN(v));

function assertElements(name: string, values: readonly unknown[]): void {
  values.forEach((v, i) => {
    if (!isMissing(v) && typeof v !== 'number') {
      throw new TypeError(`${name}[${i}] must be a number or null, got ${showValue(v)}`);
    }
  });
}

/** The non-missing values of one sample, and how many were missing. */
export function readSample(name: string, value: unknown): { values: number[]; nMissing: number } {
  assertArray(name, value);
  assertElements(name, value);
  const values = value.filter((v): v is number => !isMissing(v));
  return { values, nMissing: value.length - values.length };
}

/** Complete pairs of two equal-length samples (R's `complete.cases(x, y)`). */
export function readPairs(
  xName: string,
  x: unknown,
  yName: string,
  y: unknown,
): { x: number[]; y: number[]; nMissing: number } {
  assertArray(xName, x);
  assertArray(yName, y);
  if (x.length !== y.length) {
    throw new RangeError(
      `${xName} and ${yName} must have the same length for paired data, got ${x.length} and ${y.length}`,
    );
  }
  assertElements(xName, x);
  assertElements(yName, y);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (!isMissing(x[i]) && !isMissing(y[i])) {
      xs.push(x[i] as number);
      ys.push(y[i] as number);
    }
  }
  return { x: xs, y: ys, nMissing: x.length - xs.length };
}

/** Throws unless at least `min` values survive the removal of missing ones. */
export function assertEnough(
  name: string,
  n: number,
  min: number,
  original: readonly unknown[],
  unit = 'non-missing value',
): void {
  if (n < min) {
    throw new RangeError(
      `${name} must have at least ${min} ${unit}${min === 1 ? '' : 's'}, got ${n} (from ${showValue(original)})`,
    );
  }
}

// Σ values / divisor rounded once, as R gets it by summing in long double and dividing there:
// the sum is carried as an unevaluated pair hi + lo (Knuth's TwoSum, exact at each step) and
// divided as a double-double (Dekker's exact product for the remainder). Summing in double and
// then dividing rounds twice, and the last bit that costs decides how R prints a mean that sits
// on a rounding tie: the mean of 2000 values with 4 decimals has 8, and R prints 7.
const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter

function twoProductError(a: number, b: number, p: number): number {
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

// (hi + lo) / divisor rounded once.
function divided(hi: number, lo: number, divisor: number): number {
  const q = hi / divisor;
  if (!Number.isFinite(q) || Math.abs(hi) > 1e300) return (hi + lo) / divisor;
  const p = q * divisor;
  const remainder = hi - p - twoProductError(q, divisor, p) + lo;
  return q + remainder / divisor;
}

function sumDivided(values: Iterable<number>, divisor: number): number {
  let hi = 0;
  let lo = 0;
  for (const v of values) {
    const s = hi + v;
    const bb = s - hi;
    lo += hi - (s - bb) + (v - bb);
    hi = s;
  }
  return divided(hi, lo, divisor);
}

/** Σ values rounded once from the exact sum (R's sum() accumulates in long double). */
export function preciseSum(values: readonly number[]): number {
  return sumDivided(values, 1);
}

/**
 * Arithmetic mean, rounded once from the exact sum, as R's mean() gets it (long double sum and a
 * correcting pass over the residuals).
 */
export function mean(values: readonly number[]): number {
  return sumDivided(values, values.length);
}

/**
 * Sample variance with the n − 1 denominator (R's `var`). R's cov.c forms each deviation from
 * the (double) mean, squares it and sums in long double, so here the deviation is kept exactly
 * (TwoSum), squared exactly (Dekker), summed as a double-double and divided with one rounding;
 * squaring double deviations lost the last bit of the standard error in 6% of swept t-tests.
 */
export function variance(values: readonly number[]): number {
  const m = mean(values);
  let hi = 0;
  let lo = 0;
  for (const v of values) {
    const d = v - m;
    const bb = d - v;
    const dErr = v - (d - bb) + (-m - bb); // v − m = d + dErr exactly
    const sq = d * d;
    const sqErr = twoProductError(d, d, sq) + 2 * d * dErr;
    const s = hi + sq;
    const b2 = s - hi;
    lo += hi - (s - b2) + (sq - b2) + sqErr;
    hi = s;
  }
  return divided(hi, lo, values.length - 1);
}

/**
 * x⁴ rounded once, as R's `x^4` (powl in long double on 64-bit Intel): (x²)² in double rounds
 * twice and moved the last bit of Welch's df in about one case in six.
 */
export function fourthPower(x: number): number {
  const x2 = x * x;
  const e2 = twoProductError(x, x, x2);
  const x4 = x2 * x2;
  if (!Number.isFinite(x4) || x4 === 0) return x4;
  return x4 + (twoProductError(x2, x2, x4) + 2 * x2 * e2);
}
