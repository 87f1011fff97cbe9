import { assertArray, assertCount, assertNumber, showValue } from '../_lib/args.js';

/**
 * Percentages of `counts` rounded by the largest-remainder (Hamilton) method, so they add up to
 * exactly 100 at `decimals` places — which rounding each share on its own does not promise
 * (1/3, 1/3, 1/3 rounds to 33 + 33 + 33 = 99). Every share is first cut down to `decimals`
 * places; the units still missing from 100 go one each to the shares that lost the most.
 *
 * The arithmetic is exact (integers, not floating point), so remainders that are equal are
 * really equal. Ties go, in order, to the larger count, then to the earlier position — for
 * usage levels, the level of more use (all before some before none). The result never depends
 * on anything but the counts and their order.
 *
 * @param counts - Whole numbers ≥ 0, not all 0.
 * @param decimals - Decimal places, a whole number 0–10. Default 0.
 * @returns The percentages, in the order of `counts`; each is a multiple of 10^−decimals.
 * @throws RangeError for a negative or fractional count, counts that are all 0, or decimals
 *   outside 0–10; TypeError if `counts` is not an array.
 * @category Usage
 * @example
 * ```ts
 * import { largestRemainderPercents } from 'sos-eval/usage';
 *
 * // 1/3 each: 33.33… apiece, one unit short; equal remainders and counts → the first gets it.
 * largestRemainderPercents([1, 1, 1]) //=> [34, 33, 33]
 * // Safety planning on slide 14: 69, 93 and 3 of 165 workers are 41.8, 56.4 and 1.8%.
 * largestRemainderPercents([69, 93, 3]) //=> [42, 56, 2]
 * largestRemainderPercents([69, 93, 3], 1) //=> [41.8, 56.4, 1.8]
 * ```
 */
export function largestRemainderPercents(counts: readonly number[], decimals = 0): number[] {
  assertArray('counts', counts);
  counts.forEach((c, i) => assertCount(`counts[${i}]`, c));
  assertNumber('decimals', decimals);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(
      `decimals must be a whole number from 0 to 10, got ${showValue(decimals)}`,
    );
  }
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) {
    throw new RangeError(`counts must not all be 0 (no denominator), got ${counts.length} zeros`);
  }
  const units = 100n * 10n ** BigInt(decimals);
  const n = BigInt(total);
  const scaled = counts.map((c) => BigInt(c) * units);
  const floors = scaled.map((s) => s / n);
  const remainders = scaled.map((s) => s % n);
  let short = Number(units - floors.reduce((a, b) => a + b, 0n));
  const order = counts
    .map((_, i) => i)
    .sort(
      (i, j) => compareDesc(remainders[i]!, remainders[j]!) || counts[j]! - counts[i]! || i - j,
    );
  for (const i of order) {
    if (short-- <= 0) break;
    floors[i] = floors[i]! + 1n;
  }
  const scale = 10 ** decimals;
  return floors.map((f) => Number(f) / scale);
}

const compareDesc = (a: bigint, b: bigint): number => (a > b ? -1 : a < b ? 1 : 0);
