import { assertArray, assertOneOf, showValue } from '../_lib/args.js';

/**
 * A p-value adjustment method, spelt as in R's `p.adjust`.
 *
 * @category Multiple comparisons
 */
export type PAdjustMethod = 'holm' | 'bonferroni' | 'BH' | 'hochberg' | 'BY' | 'none';

/**
 * Every {@link PAdjustMethod}.
 *
 * @category Multiple comparisons
 * @example
 * ```ts
 * import { P_ADJUST_METHODS } from 'sos-eval/stats';
 * P_ADJUST_METHODS.includes('holm') //=> true
 * ```
 */
export const P_ADJUST_METHODS: readonly PAdjustMethod[] = Object.freeze([
  'holm',
  'bonferroni',
  'BH',
  'hochberg',
  'BY',
  'none',
] as const);

const isMissing = (v: unknown): boolean => v == null || (typeof v === 'number' && Number.isNaN(v));

/**
 * Adjusts p-values for multiple comparisons: R's `p.adjust(p, method)`. Holm and Bonferroni
 * control the family-wise error rate (Holm is never less powerful); Hochberg does too under
 * independence; BH controls the false discovery rate under independence or positive dependence,
 * BY under any dependence. Missing entries (`null` or `NaN`) stay where they are and are not
 * counted in the number of tests, as R does with `NA`.
 *
 * @param p - Raw p-values in [0, 1]; `null`/`NaN` for missing.
 * @param method - One of {@link P_ADJUST_METHODS}.
 * @returns Adjusted p-values, in the order of `p`.
 * @category Multiple comparisons
 * @example
 * ```ts
 * import { adjustPValues } from 'sos-eval/stats';
 * // Holm: sorted 0.01, 0.02, 0.04 times 3, 2, 1 → 0.03, 0.04, 0.04 (kept non-decreasing).
 * adjustPValues([0.04, 0.01, 0.02], 'holm') //=> [0.04, 0.03, 0.04]
 * // BH: 0.04·3/3, 0.02·3/2, 0.01·3/1 → 0.04, 0.03, 0.03 (kept non-increasing from the top).
 * adjustPValues([0.04, 0.01, 0.02], 'BH') //=> [0.04, 0.03, 0.03]
 * ```
 */
export function adjustPValues(p: readonly number[], method: PAdjustMethod): number[];
/** Missing entries (`null`) come back as `null`, in place. */
export function adjustPValues(
  p: readonly (number | null)[],
  method: PAdjustMethod,
): (number | null)[];
export function adjustPValues(
  p: readonly (number | null)[],
  method: PAdjustMethod,
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
  const out: (number | null)[] = p.map((v) => (v === undefined ? null : v));
  const adjusted = adjustComplete(present, method);
  where.forEach((i, k) => {
    out[i] = adjusted[k] as number;
  });
  return out;
}

// p.adjust on the non-missing values, n = their count, in R's order of operations.
function adjustComplete(p: readonly number[], method: PAdjustMethod): number[] {
  const n = p.length;
  if (n <= 1 || method === 'none') return [...p];
  if (method === 'bonferroni') return p.map((v) => Math.min(1, n * v));
  const out = new Array<number>(n);
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
  let q = 0;
  if (method === 'BY') for (let i = 1; i <= n; i++) q += 1 / i;
  let running = Infinity;
  order.forEach((idx, k) => {
    const i = n - k; // rank from the bottom: the largest p-value has i = n
    const v = p[idx] as number;
    const scaled =
      method === 'hochberg' ? (n + 1 - i) * v : method === 'BH' ? (n / i) * v : ((q * n) / i) * v;
    running = Math.min(running, scaled);
    out[idx] = Math.min(1, running);
  });
  return out;
}
