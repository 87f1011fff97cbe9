// Exact null distributions of the signed-rank statistic V and the rank-sum statistic W, as R's
// psignrank and pwilcox. R counts arrangements (csignrank, cwilcox); we carry probabilities
// through the same recursions instead, so nothing overflows past n ≈ 1000 and every step adds
// positive terms (no cancellation). Like R, each tail is summed over the shorter range, so a small
// upper tail is a direct sum, never 1 − (a number near 1).

// P(V = k) for k = 0..maxK, V the sum of a random subset of {1..n}:
// P_j(k) = (P_{j−1}(k) + P_{j−1}(k − j)) / 2.
function signedRankProbabilities(n: number, maxK: number): Float64Array {
  const p = new Float64Array(maxK + 1);
  p[0] = 1;
  for (let j = 1; j <= n; j++) {
    for (let k = maxK; k >= 0; k--) {
      const shifted = k >= j ? (p[k - j] as number) : 0;
      p[k] = ((p[k] as number) + shifted) / 2;
    }
  }
  return p;
}

// P(W = k) for k = 0..maxK, W the Mann–Whitney count for samples of m and n. With G(i, j) the
// distribution for sizes i and j: G(i, j)(k) = i/(i+j)·G(i−1, j)(k) + j/(i+j)·G(i, j−1)(k − i)
// (the q-Pascal rule for Gaussian binomials, divided through by the ordinary binomial).
function rankSumProbabilities(m: number, n: number, maxK: number): Float64Array {
  const small = Math.min(m, n);
  const big = Math.max(m, n);
  const slots = Array.from({ length: small + 1 }, () => {
    const a = new Float64Array(maxK + 1);
    a[0] = 1;
    return a;
  });
  for (let j = 1; j <= big; j++) {
    for (let i = 1; i <= small; i++) {
      const a = i / (i + j);
      const b = j / (i + j);
      const below = slots[i - 1] as Float64Array;
      const own = slots[i] as Float64Array;
      for (let k = maxK; k >= 0; k--) {
        own[k] = a * (below[k] as number) + (k >= i ? b * (own[k - i] as number) : 0);
      }
    }
  }
  return slots[small] as Float64Array;
}

// Shared tail logic of R's psignrank/pwilcox: q already rounded, `top` the largest value, the
// distribution symmetric about top/2.
function tail(
  q: number,
  top: number,
  lowerTail: boolean,
  probabilities: (maxK: number) => Float64Array,
): number {
  if (q < 0) return lowerTail ? 0 : 1;
  if (q >= top) return lowerTail ? 1 : 0;
  let lower = lowerTail;
  let last: number;
  if (q <= top / 2) {
    last = q;
  } else {
    // P(X > q) = P(X < top − q) by symmetry, so sum the other, shorter end and flip.
    last = top - q - 1;
    lower = !lower;
  }
  const p = probabilities(last);
  let s = 0;
  for (let k = 0; k <= last; k++) s += p[k] as number;
  return lower ? s : 0.5 - s + 0.5;
}

/** R `psignrank(q, n, lower.tail)`. */
export function signedRankCdf(q: number, n: number, lowerTail: boolean): number {
  return tail(Math.round(q + 1e-7), (n * (n + 1)) / 2, lowerTail, (maxK) =>
    signedRankProbabilities(n, maxK),
  );
}

/** R `pwilcox(q, m, n, lower.tail)`. */
export function rankSumCdf(q: number, m: number, n: number, lowerTail: boolean): number {
  return tail(Math.floor(q + 1e-7), m * n, lowerTail, (maxK) => rankSumProbabilities(m, n, maxK));
}
