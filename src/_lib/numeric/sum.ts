// The one sum in src/: Neumaier's compensated summation (Neumaier 1974, an improvement of Kahan's;
// Higham 2002, _Accuracy and Stability of Numerical Algorithms_, §4.3). Its error is about
// u·|Σx| + n·u²·Σ|x| (u = 2^-53) in any order of the terms, against (n − 1)·u·Σ|x| for plain
// left-to-right addition: a sum that cancels to (nearly) 0 keeps its residue, and a constant
// sample sums exactly. It gives R's sum() (long double, 64-bit significand) to within R's own
// rounding, which is all the 1e-9 contract with R asks (docs/statistics.md).

/**
 * A running compensated sum, for terms computed on the fly: `add` each term, read `value`. Once a
 * term is infinite or NaN the value is what plain addition gives (±Infinity or NaN).
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(term: number): void {
    const s = this.sum;
    const next = s + term;
    // The rounding error of s + term, exact when |s| ≥ |term| (and vice versa).
    this.compensation += Math.abs(s) >= Math.abs(term) ? s - next + term : term - next + s;
    this.sum = next;
  }

  get value(): number {
    const s = this.sum;
    return Number.isFinite(s) ? s + this.compensation : s;
  }
}

/** Σ values[from..to), compensated. 0 for an empty range. */
export function sum(values: ArrayLike<number>, from = 0, to = values.length): number {
  const acc = new CompensatedSum();
  for (let i = from; i < to; i++) acc.add(values[i]!);
  return acc.value;
}
