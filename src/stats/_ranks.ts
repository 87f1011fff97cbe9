// Mid-ranks as R's rank(ties.method = "average"), plus the sizes of the tie groups that the
// normal approximations' variance corrections need (R's table(r)).

/** Average ranks of `values` (1-based) and the size of every group of tied values. */
export function averageRanks(values: readonly number[]): { ranks: number[]; tieSizes: number[] } {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    const v = values[order[start] as number] as number;
    while (end < order.length && values[order[end] as number] === v) end++;
    // Positions start..end-1 share the mean of ranks start+1..end.
    const r = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = r;
    tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}

/** Σ (t³ − t) over tie groups: zero when there are no ties. */
export function tieSum(tieSizes: readonly number[]): number {
  let s = 0;
  for (const t of tieSizes) s += t * t * t - t;
  return s;
}
