import { assertOneOf, assertOpenUnit } from '../_lib/args.js';
import { normalQuantile } from '../_lib/numeric/distributions.js';
import { assertSuccesses } from './_proportion-args.js';
import type { EffectEstimate } from './effect-estimate.js';
import { newcombeInterval } from './newcombe-interval.js';

/** Interval methods for {@link riskDifference}. */
export type RiskDifferenceMethod = 'newcombe' | 'wald';

/** Options for {@link riskDifference}. */
export interface RiskDifferenceOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
  /** `'newcombe'` (hybrid score, the default) or `'wald'` (p1 − p2 ± z·SE, clamped to [−1, 1]). */
  readonly method?: RiskDifferenceMethod;
}

/**
 * The risk difference p1 − p2 of two independent proportions with a confidence interval.
 * `'newcombe'` is {@link newcombeInterval} and is the better default; `'wald'` is the interval R's
 * `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)` reports, kept for comparison with older
 * reports.
 *
 * @param x1 - Successes in group 1, 0 ≤ x1 ≤ n1.
 * @param n1 - Size of group 1, ≥ 1.
 * @param x2 - Successes in group 2, 0 ≤ x2 ≤ n2.
 * @param n2 - Size of group 2, ≥ 1.
 * @returns A frozen {@link EffectEstimate}.
 * @throws RangeError for invalid counts, confLevel or method.
 * @category Effect sizes
 * @example
 * ```ts
 * import { riskDifference } from 'sos-eval/stats';
 * // Newcombe (1998) Table II (a): 56/70 vs 48/80 → 0.2000 (0.0524, 0.3339)
 * riskDifference(56, 70, 48, 80).confInt //=> [0.0524, 0.3339]
 * // Wald: 0.2 ± 1.96·√(0.8·0.2/70 + 0.6·0.4/80)
 * riskDifference(56, 70, 48, 80, { method: 'wald' }).confInt //=> [0.0575, 0.3425]
 * ```
 */
export function riskDifference(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  options: RiskDifferenceOptions = {},
): EffectEstimate {
  assertSuccesses('x1', x1, 'n1', n1);
  assertSuccesses('x2', x2, 'n2', n2);
  const confLevel = options.confLevel ?? 0.95;
  const method = options.method ?? 'newcombe';
  assertOpenUnit('confLevel', confLevel);
  assertOneOf('method', method, ['newcombe', 'wald']);
  if (method === 'newcombe') {
    const ci = newcombeInterval(x1, n1, x2, n2, { confLevel });
    return Object.freeze({
      estimate: ci.estimate,
      confInt: Object.freeze([ci.lower, ci.upper] as const),
      method,
    });
  }
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  const width =
    normalQuantile((1 + confLevel) / 2) * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return Object.freeze({
    estimate: d,
    confInt: Object.freeze([Math.max(d - width, -1), Math.min(d + width, 1)] as const),
    method,
  });
}
