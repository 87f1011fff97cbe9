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

// x87 extended precision (64-bit significand, round half to even), emulated exactly with BigInt,
// for R's mean(): LDOUBLE s = Σ x; s /= n; t = Σ (x − s); s += t / n; (double) s.
interface Ld {
  readonly m: bigint; // value = m · 2^e, |m| < 2^64 after rounding
  readonly e: number;
}
const LD_ZERO: Ld = { m: 0n, e: 0 };

function bitLength(a: bigint): number {
  if (a === 0n) return 0;
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + 32 - Math.clz32(parseInt(hex[0] as string, 16));
}

// Exact m · 2^e rounded to `bits` significant bits, half to even.
function roundLd(m: bigint, e: number, bits: number): Ld {
  if (m === 0n) return LD_ZERO;
  const negative = m < 0n;
  let a = negative ? -m : m;
  const shift = bitLength(a) - bits;
  if (shift <= 0) return { m, e };
  const s = BigInt(shift);
  let q = a >> s;
  const r = a - (q << s);
  const half = 1n << (s - 1n);
  if (r > half || (r === half && (q & 1n) === 1n)) q += 1n;
  a = q;
  return { m: negative ? -a : a, e: e + shift };
}

const view = new DataView(new ArrayBuffer(8));
function fromDouble(x: number): Ld {
  if (x === 0) return LD_ZERO;
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return { m: x < 0 ? -m : m, e };
}

function addLd(a: Ld, b: Ld): Ld {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  return roundLd((a.m << BigInt(a.e - e)) + (b.m << BigInt(b.e - e)), e, 64);
}

function subLd(a: Ld, b: Ld): Ld {
  return addLd(a, { m: -b.m, e: b.e });
}

// a / n for a whole n > 0: a quotient of at least 66 bits plus a sticky bit, then rounded.
function divLd(a: Ld, n: number): Ld {
  if (a.m === 0n) return LD_ZERO;
  const d = BigInt(n);
  const k = Math.max(0, 67 + bitLength(d) - bitLength(a.m < 0n ? -a.m : a.m));
  const big = a.m << BigInt(k);
  const q = big / d;
  const sticky = big % d === 0n ? 0n : a.m < 0n ? -1n : 1n;
  return roundLd((q << 1n) + sticky, a.e - k - 1, 64);
}

function roundLdToNumber(a: Ld): number {
  if (a.m === 0n) return 0;
  const r = roundLd(a.m, a.e, 53);
  // r.m has at most 53 bits (or is 2^53), so Number() is exact; scale in two steps.
  const half = Math.trunc(r.e / 2);
  return Number(r.m) * 2 ** half * 2 ** (r.e - half);
}

function meanLd(values: readonly number[]): number {
  const n = values.length;
  let s = LD_ZERO;
  for (const v of values) s = addLd(s, fromDouble(v));
  s = divLd(s, n);
  let t = LD_ZERO;
  for (const v of values) t = addLd(t, subLd(fromDouble(v), s));
  return roundLdToNumber(addLd(s, divLd(t, n)));
}

/**
 * Arithmetic mean as R's mean() computes it: in x87 long double (emulated exactly above, about
 * 3 µs a value) for up to 2000 finite values, and up to 10^5 where the sum cancels; otherwise
 * rounded once from the exact sum. The two agree except where the sum cancels: for tenths that sum to (nearly) 0, R's long double mean is -1.9796370024400506e-17 and
 * the exact one -1.9825411154020653e-17, and R's print shows the difference.
 */
export function mean(values: readonly number[]): number {
  const exact = sumDivided(values, values.length);
  const n = values.length;
  if (n > 1e5 || !Number.isFinite(exact) || !values.every(Number.isFinite)) return exact;
  if (n <= 2000) return meanLd(values);
  // Larger samples: emulate only where the sum cancels, the one place the two differ in practice.
  let maxAbs = 0;
  for (const v of values) maxAbs = Math.max(maxAbs, Math.abs(v));
  return Math.abs(exact) < 1e-6 * maxAbs ? meanLd(values) : exact;
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
