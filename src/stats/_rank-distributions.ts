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
// (the q-Pascal rule for Gaussian binomials, divided through by the ordinary binomial). With
// `counts`, the same recursion with weights 1 and 1: R's cwilcox counts of arrangements.
function rankSumRecursion(m: number, n: number, maxK: number, counts = false): Float64Array {
  const small = Math.min(m, n);
  const big = Math.max(m, n);
  const slots = Array.from({ length: small + 1 }, () => {
    const a = new Float64Array(maxK + 1);
    a[0] = 1;
    return a;
  });
  for (let j = 1; j <= big; j++) {
    for (let i = 1; i <= small; i++) {
      const a = counts ? 1 : i / (i + j);
      const b = counts ? 1 : j / (i + j);
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
  // R's psignrank and pwilcox add the point probabilities left to right in double precision
  // (`double p; p += …`, not R's long double sum()), and so does this: the terms of R's exact
  // arithmetic below carry exp(−n ln 2)'s bias (2^−12·(1 + 6.7e-16) for n = 12), and R's plain
  // additions round it away where a compensated sum keeps it, so the two-sided p of x − y and of
  // y − x would part by 1.3e-15 (a law in the tests) where R's do not.
  const p = probabilities(last);
  let s = 0;
  for (let k = 0; k <= last; k++) s += p[k] as number;
  return lower ? s : 0.5 - s + 0.5;
}

// R's own arithmetic for psignrank: csignrank's counts w[k] (w[i] += w[i − j], in doubles, exact
// while below 2^53), each multiplied by f = exp(−n ln 2) as R does, then summed. Those products are
// not exactly count/2^n (exp(−7 ln 2) = 2^−7 · (1 + 2.2e−16)), and the difference shows when R
// prints a p-value that sits on a rounding tie: R prints 1/128 as 0.007813, never 0.007812.
function signedRankProbabilitiesR(n: number, maxK: number): Float64Array {
  const w = new Float64Array(maxK + 1);
  w[0] = 1;
  if (maxK >= 1) w[1] = 1;
  for (let j = 2; j <= n; j++) {
    const end = Math.min((j * (j + 1)) / 2, maxK);
    for (let i = end; i >= j; i--) w[i] = (w[i] as number) + (w[i - j] as number);
  }
  const f = Math.exp(-n * Math.LN2);
  for (let k = 0; k <= maxK; k++) w[k] = (w[k] as number) * f;
  return w;
}

/** R `psignrank(q, n, lower.tail)`. */
export function signedRankCdf(q: number, n: number, lowerTail: boolean): number {
  // Past n = 1022, R's counts overflow and exp(−n ln 2) is subnormal or 0, so R's own answer
  // degrades to 0 or NaN; there we keep the probability recursion, which stays exact.
  return tail(Math.round(q + 1e-7), (n * (n + 1)) / 2, lowerTail, (maxK) =>
    n <= 1022 ? signedRankProbabilitiesR(n, maxK) : signedRankProbabilities(n, maxK),
  );
}

// R's own arithmetic for pwilcox: cwilcox's counts, each divided by c = choose(m + n, n), then
// summed. While c < 2^53 every count is an exact integer whatever the recursion, so each point
// probability is R's to the last bit, and a tail that is a short dyadic fraction comes out exact
// (for m = 1, n = 31 the tail 5/32 is exactly 0.15625, which R prints as 0.1562); the probability
// recursion would be a few ulps off and could print the other way.
function rankSumProbabilitiesR(m: number, n: number, maxK: number, c: number): Float64Array {
  const counts = rankSumRecursion(m, n, maxK, true);
  for (let k = 0; k <= maxK; k++) counts[k] = (counts[k] as number) / c;
  return counts;
}

// R's choose(n, k) for k < 30 (its product loop, rounded to a whole number); NaN otherwise, where
// R switches to exp(lfastchoose(n, k)), which we do not reproduce.
function chooseR(n: number, k: number): number {
  if (n - k < k) k = n - k;
  if (k >= 30) return NaN;
  if (k === 0) return 1;
  let r = n;
  for (let j = 2; j <= k; j++) r *= (n - j + 1) / j;
  return Math.round(r);
}

/** R `pwilcox(q, m, n, lower.tail)`. */
export function rankSumCdf(q: number, m: number, n: number, lowerTail: boolean): number {
  const c = chooseR(m + n, n);
  return tail(Math.floor(q + 1e-7), m * n, lowerTail, (maxK) =>
    c < 2 ** 53 ? rankSumProbabilitiesR(m, n, maxK, c) : rankSumRecursion(m, n, maxK),
  );
}

// R's quantile search (qsignrank, qwilcox): add the point probabilities from 0 upwards until the
// sum reaches x (lower half) or passes 1 − x (upper half, then reflected), with R's 10·DBL_EPSILON
// fuzz. `p` holds the point probabilities up to at least top/2 + 1, as R computes them.
function quantileSearch(x: number, top: number, p: Float64Array): number {
  const fuzz = 10 * 2 ** -52;
  let sum = 0;
  let q = 0;
  if (x <= 0.5) {
    const target = x - fuzz;
    for (;;) {
      sum += p[q] ?? 0;
      if (sum >= target || q >= top) return q;
      q++;
    }
  }
  const target = 1 - x + fuzz;
  for (;;) {
    sum += p[q] ?? 0;
    if (sum > target || q >= top) return top - q;
    q++;
  }
}

/** R `qsignrank(p, n)` (lower tail), for 0 < p < 1. */
export function signedRankQuantile(x: number, n: number): number {
  const top = (n * (n + 1)) / 2;
  const maxK = Math.min(top, Math.floor(top / 2) + 2);
  return quantileSearch(
    x,
    top,
    n <= 1022 ? signedRankProbabilitiesR(n, maxK) : signedRankProbabilities(n, maxK),
  );
}

/** R `qwilcox(p, m, n)` (lower tail), for 0 < p < 1. */
export function rankSumQuantile(x: number, m: number, n: number): number {
  const top = m * n;
  const maxK = Math.min(top, Math.floor(top / 2) + 2);
  const c = chooseR(m + n, n);
  return quantileSearch(
    x,
    top,
    c < 2 ** 53 ? rankSumProbabilitiesR(m, n, maxK, c) : rankSumRecursion(m, n, maxK),
  );
}

// Work bounds for the exact distributions (issue 13): the recursions above cost about
// n · n(n + 1)/4 steps for the signed-rank distribution and m · n · mn/2 for the rank sum, a few
// nanoseconds each. R's csignrank and cwilcox cost the same, so at a few thousand pairs (signed
// rank) or a few hundred per sample (rank sum) an explicit `exact: true` would run for minutes.
// The defaults never come near (exact only below 50 values); the bounds stop an explicit request
// at a few seconds of work with an error that says what to do instead.
const SIGNED_RANK_WORK = 2.5e9; // n ≈ 2,150
const RANK_SUM_WORK = 4e8; // m = n ≈ 160

/** Throws a RangeError naming `exact` when the exact signed-rank distribution of n is too costly. */
export function assertSignedRankFeasible(n: number): void {
  const work = (n * n * (n + 1)) / 4;
  if (work > SIGNED_RANK_WORK) {
    throw new RangeError(
      `exact: the exact signed-rank distribution of ${n} differences would take minutes (about ${work.toExponential(1)} steps, limit ${SIGNED_RANK_WORK.toExponential(1)}); use exact: false for the normal approximation`,
    );
  }
}

/** Throws a RangeError naming `exact` when the exact rank-sum distribution of m, n is too costly. */
export function assertRankSumFeasible(m: number, n: number): void {
  const work = (m * n * m * n) / 2;
  if (work > RANK_SUM_WORK) {
    throw new RangeError(
      `exact: the exact rank-sum distribution of ${m} and ${n} values would take minutes (about ${work.toExponential(1)} steps, limit ${RANK_SUM_WORK.toExponential(1)}); use exact: false for the normal approximation`,
    );
  }
}
