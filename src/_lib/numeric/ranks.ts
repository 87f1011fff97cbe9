// The one ranking in src/: mid-ranks as R's rank(ties.method = "average"), with the sizes of the
// tie groups (ties.ts) that the normal approximations' variance corrections need.
//
// For speed at 10^6 values: the values are copied into a Float64Array and sorted natively (no
// comparator calls), tie groups are read off the sorted copy, and each value's mid-rank is found
// by binary search for its group's first and last positions. Same ranks as sorting an index
// array with a comparator, several times faster.
import { tieSizes } from './ties.js';

/** Average ranks of `values` (1-based) and the size of every group of tied values. */
export function averageRanks(values: ArrayLike<number>): {
  ranks: Float64Array;
  tieSizes: number[];
} {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    // First position holding v, then the first position past it.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    let end = lo + 1;
    if (end < n && sorted[end] === v) {
      let top = n;
      while (end < top) {
        const mid = (end + top) >>> 1;
        if (sorted[mid]! <= v) end = mid + 1;
        else top = mid;
      }
    }
    // Positions lo..end-1 share the mean of ranks lo+1..end.
    ranks[i] = (lo + 1 + end) / 2;
  }
  return { ranks, tieSizes: tieSizes(sorted) };
}
