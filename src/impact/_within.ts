// The within transformation for two sets of fixed effects by alternating projections (the method
// of alternating projections, Gaure 2013, "OLS with multiple high dimensional category variables",
// Comput. Stat. Data Anal. 66; as R's lfe and fixest use): sweep out unit means, then time means,
// and repeat until nothing moves. On a balanced panel one sweep is exact; an unbalanced one needs a
// few more. Memory is two arrays of group sums, never an n × (units + times) dummy matrix, so 10^6
// rows with hundreds of units cost the same as the data.

export interface Groups {
  readonly codes: Int32Array;
  readonly count: number;
}

/**
 * Demeans each column in place against both group sets; returns the most iterations any column
 * needed. Stops when a sweep changes no value by more than `tolerance` × the column's scale.
 */
export function demeanTwoWay(
  columns: readonly Float64Array[],
  a: Groups,
  b: Groups,
  tolerance = 1e-13,
  maxIterations = 100_000,
): number {
  const n = a.codes.length;
  const sizeA = new Float64Array(a.count);
  const sizeB = new Float64Array(b.count);
  for (let i = 0; i < n; i++) {
    sizeA[a.codes[i]!]! += 1;
    sizeB[b.codes[i]!]! += 1;
  }
  const sumA = new Float64Array(a.count);
  const sumB = new Float64Array(b.count);
  let most = 0;
  for (const v of columns) {
    let scale = 0;
    for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(v[i]!));
    if (scale === 0) continue;
    let iteration = 0;
    for (;;) {
      iteration++;
      const movedA = sweep(v, a.codes, sumA, sizeA);
      const movedB = sweep(v, b.codes, sumB, sizeB);
      if (Math.max(movedA, movedB) <= tolerance * scale) break;
      if (iteration >= maxIterations) {
        throw new RangeError(
          `the within transformation did not converge in ${maxIterations} iterations (the panel's units and periods barely overlap)`,
        );
      }
    }
    most = Math.max(most, iteration);
  }
  return most;
}

// Subtracts each group's mean; returns the largest mean subtracted.
function sweep(
  v: Float64Array,
  codes: Int32Array,
  sums: Float64Array,
  sizes: Float64Array,
): number {
  const n = v.length;
  sums.fill(0);
  for (let i = 0; i < n; i++) sums[codes[i]!]! += v[i]!;
  let moved = 0;
  for (let g = 0; g < sums.length; g++) {
    const m = sums[g]! / sizes[g]!;
    sums[g] = m;
    moved = Math.max(moved, Math.abs(m));
  }
  for (let i = 0; i < n; i++) v[i] = v[i]! - sums[codes[i]!]!;
  return moved;
}

/**
 * The number of connected components of the bipartite graph joining each unit to the periods it
 * is seen in: the dummies for units and periods have rank units + periods − components (one
 * normalisation per component), which R's lm counts in the residual degrees of freedom.
 */
export function components(a: Groups, b: Groups): number {
  const parent = new Int32Array(a.count + b.count);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  let count = parent.length;
  for (let i = 0; i < a.codes.length; i++) {
    const ra = find(a.codes[i]!);
    const rb = find(a.count + b.codes[i]!);
    if (ra !== rb) {
      parent[ra] = rb;
      count--;
    }
  }
  return count;
}
