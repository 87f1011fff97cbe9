// The one count of ties in src/: the sizes of the groups of equal values, and the Σ(t³ − t) that
// the rank tests' variance corrections take from them.

// Equal when printed to `digits` significant digits, as R's table() groups values (it compares
// as.character(x), 15 significant digits). Rounding is monotone, so in sorted order such groups
// are runs, and only values that close need the (slow) text comparison.
function sameToDigits(a: number, b: number, digits: number): boolean {
  return (
    Math.abs(a - b) <= 10 ** (2 - digits) * Math.max(Math.abs(a), Math.abs(b)) &&
    a.toPrecision(digits) === b.toPrecision(digits)
  );
}

/**
 * Sizes of the groups of tied values in a sorted (ascending) sample, in order; values are tied
 * when they are equal, or, given `significantDigits` (1–100), equal to that many significant
 * digits (R's `table(x)` ties values that print alike to 15: 10000.0000012345671 and
 * 10000.0000012345674 are one group to `table`, two to `rank`).
 */
export function tieSizes(sorted: ArrayLike<number>, significantDigits?: number): number[] {
  const n = sorted.length;
  const sizes: number[] = [];
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (
      end < n &&
      (sorted[end] === sorted[end - 1] ||
        (significantDigits !== undefined &&
          sameToDigits(sorted[end]!, sorted[end - 1]!, significantDigits)))
    ) {
      end++;
    }
    sizes.push(end - start);
    start = end;
  }
  return sizes;
}

/** Σ (t³ − t) over tie groups of sizes t: zero when there are no ties (exact below 2^53). */
export function tieSum(sizes: readonly number[]): number {
  let s = 0;
  for (const t of sizes) s += t * t * t - t;
  return s;
}
