import { assertArray, assertCount, assertOneOf, showValue } from '../_lib/args.js';
import { CompensatedSum } from '../_lib/numeric/sum.js';

/**
 * A p-value adjustment method, spelt as in R's `p.adjust` (`p.adjust.methods`); `'fdr'` is R's
 * alias of `'BH'`.
 *
 * @category Multiple comparisons
 */
export type PAdjustMethod =
  'holm' | 'hochberg' | 'hommel' | 'bonferroni' | 'BH' | 'BY' | 'fdr' | 'none';

/**
 * Every {@link PAdjustMethod}, in the order of R's `p.adjust.methods`.
 *
 * @category Multiple comparisons
 * @example
 * ```ts
 * import { P_ADJUST_METHODS } from 'sos-eval/stats';
 * P_ADJUST_METHODS.includes('hommel') //=> true
 * P_ADJUST_METHODS.length //=> 8
 * ```
 */
export const P_ADJUST_METHODS: readonly PAdjustMethod[] = Object.freeze([
  'holm',
  'hochberg',
  'hommel',
  'bonferroni',
  'BH',
  'BY',
  'fdr',
  'none',
] as const);

const isMissing = (v: unknown): boolean => v == null || (typeof v === 'number' && Number.isNaN(v));

/**
 * Adjusts p-values for multiple comparisons: R's `p.adjust(p, method, n)`. Holm and Bonferroni
 * control the family-wise error rate (Holm is never less powerful); Hochberg and Hommel do too
 * under independence (Hommel is the more powerful); BH (alias `'fdr'`) controls the false
 * discovery rate under independence or positive dependence, BY under any dependence. Missing
 * entries (`null` or `NaN`) stay where they are and are not counted in the number of tests, as R
 * does with `NA`.
 *
 * @param p - Raw p-values in [0, 1]; `null`/`NaN` for missing.
 * @param method - One of {@link P_ADJUST_METHODS}; default `'holm'`, as in R.
 * @param n - The number of tests in the family, when `p` holds only some of them (R's `n`);
 *   default: the number of non-missing p-values. Must be at least that number.
 * @returns Adjusted p-values, in the order of `p`.
 * @category Multiple comparisons
 * @example
 * ```ts
 * import { adjustPValues } from 'sos-eval/stats';
 * // Holm: sorted 0.01, 0.02, 0.04 times 3, 2, 1 → 0.03, 0.04, 0.04 (kept non-decreasing).
 * adjustPValues([0.04, 0.01, 0.02], 'holm') //=> [0.04, 0.03, 0.04]
 * // BH: 0.04·3/3, 0.02·3/2, 0.01·3/1 → 0.04, 0.03, 0.03 (kept non-increasing from the top).
 * adjustPValues([0.04, 0.01, 0.02], 'BH') //=> [0.04, 0.03, 0.03]
 * // Hommel: min over i of 4·p₍ᵢ₎/i is 0.04 (every i), which already bounds each value, and
 * // no value exceeds the largest p, 0.04; Holm gives 4·0.01, 3·0.02, 2·0.03, 0.04 instead.
 * adjustPValues([0.01, 0.02, 0.03, 0.04], 'hommel') //=> [0.04, 0.04, 0.04, 0.04]
 * // Two p-values reported from a family of four tests: Bonferroni multiplies by n = 4.
 * adjustPValues([0.01, 0.03], 'bonferroni', 4) //=> [0.04, 0.12]
 * ```
 */
export function adjustPValues(p: readonly number[], method?: PAdjustMethod, n?: number): number[];
/** Missing entries (`null`) come back as `null`, in place. */
export function adjustPValues(
  p: readonly (number | null)[],
  method?: PAdjustMethod,
  n?: number,
): (number | null)[];
export function adjustPValues(
  p: readonly (number | null)[],
  method: PAdjustMethod = 'holm',
  n?: number,
): (number | null)[] {
  assertArray('p', p);
  assertOneOf('method', method, P_ADJUST_METHODS);
  const present: number[] = [];
  const where: number[] = [];
  p.forEach((v, i) => {
    if (isMissing(v)) return;
    if (typeof v !== 'number')
      throw new TypeError(`p[${i}] must be a number or null, got ${showValue(v)}`);
    if (!(v >= 0 && v <= 1))
      throw new RangeError(`p[${i}] must be between 0 and 1, got ${showValue(v)}`);
    present.push(v);
    where.push(i);
  });
  const total = n ?? present.length;
  assertCount('n', total);
  if (total < present.length) {
    // R: stopifnot(n >= lp).
    throw new RangeError(
      `n must be at least the number of non-missing p-values (${present.length}), got ${total}`,
    );
  }
  const out: (number | null)[] = p.map((v) => (v === undefined ? null : v));
  const adjusted = adjustComplete(present, method === 'fdr' ? 'BH' : method, total);
  where.forEach((i, k) => {
    out[i] = adjusted[k] as number;
  });
  return out;
}

// p.adjust on the non-missing values p (lp of them) in a family of n tests, in R's order of
// operations.
function adjustComplete(p: readonly number[], method: PAdjustMethod, n: number): number[] {
  const lp = p.length;
  if (n <= 1 || lp === 0 || method === 'none') return [...p];
  if (method === 'bonferroni') return p.map((v) => Math.min(1, n * v));
  // R: "if (n == 2 && method == 'hommel') method <- 'hochberg'".
  if (method === 'hommel') return n === 2 ? adjustComplete(p, 'hochberg', n) : hommel(p, n);
  const out = new Array<number>(lp);
  // Stable sorts, as R's order(), so tied p-values keep their input order.
  if (method === 'holm') {
    const order = p.map((_, i) => i).sort((a, b) => (p[a] as number) - (p[b] as number));
    let running = -Infinity;
    order.forEach((idx, k) => {
      running = Math.max(running, (n - k) * (p[idx] as number));
      out[idx] = Math.min(1, running);
    });
    return out;
  }
  const order = p.map((_, i) => i).sort((a, b) => (p[b] as number) - (p[a] as number));
  const harmonic = new CompensatedSum(); // BY's Σ 1/i
  if (method === 'BY') for (let i = 1; i <= n; i++) harmonic.add(1 / i);
  const q = harmonic.value;
  let running = Infinity;
  order.forEach((idx, k) => {
    const i = lp - k; // rank from the bottom: the largest p-value has i = lp
    const v = p[idx] as number;
    const scaled =
      method === 'hochberg' ? (n + 1 - i) * v : method === 'BH' ? (n / i) * v : ((q * n) / i) * v;
    running = Math.min(running, scaled);
    out[idx] = Math.min(1, running);
  });
  return out;
}

// Hommel (1988) as R computes it: the family is padded with p = 1 up to n tests, and for each
// subset size j the adjusted value is the largest over j of the Simes-type bounds.
function hommel(raw: readonly number[], n: number): number[] {
  const lp = raw.length;
  const padded = [...raw];
  while (padded.length < n) padded.push(1);
  const order = padded
    .map((_, i) => i)
    .sort((a, b) => (padded[a] as number) - (padded[b] as number));
  const p = order.map((i) => padded[i] as number); // sorted, 0-based: p[k] is R's p[k + 1]
  let init = Infinity;
  for (let i = 1; i <= n; i++) init = Math.min(init, (n * (p[i - 1] as number)) / i);
  const q = new Array<number>(n).fill(init);
  const pa = new Array<number>(n).fill(init);
  for (let j = n - 1; j >= 2; j--) {
    // R: i2 <- (n - j + 2):n; q1 <- min(j * p[i2] / (2:j))
    let q1 = Infinity;
    for (let k = 2; k <= j; k++) q1 = Math.min(q1, (j * (p[n - j + k - 1] as number)) / k);
    // R: q[1:(n - j + 1)] <- pmin(j * p[1:(n - j + 1)], q1); q[i2] <- q[n - j + 1]
    for (let i = 0; i < n - j + 1; i++) q[i] = Math.min(j * (p[i] as number), q1);
    for (let i = n - j + 1; i < n; i++) q[i] = q[n - j] as number;
    for (let i = 0; i < n; i++) pa[i] = Math.max(pa[i] as number, q[i] as number);
  }
  const out = new Array<number>(lp);
  order.forEach((idx, k) => {
    if (idx < lp) out[idx] = Math.max(pa[k] as number, p[k] as number);
  });
  return out;
}
