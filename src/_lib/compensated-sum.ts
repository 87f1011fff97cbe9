// Neumaier's compensated sum. R accumulates sums in long double (80-bit); in double precision a
// compensated sum is, in practice, as accurate: it gives R's exact means of constant samples and
// R's residues where terms cancel.
export function compensatedSum(values: Iterable<number>): number {
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    const next = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - next + v : v - next + sum;
    sum = next;
  }
  return sum + compensation;
}
