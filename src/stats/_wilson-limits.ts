import { normalQuantile } from '../_lib/numeric/distributions.js';

/** @internal Two-sided Wilson limits exactly as R's prop.test computes them (null p = 0.5). */
export function wilsonLimits(
  x: number,
  n: number,
  confLevel: number,
  correct: boolean,
): [number, number] {
  const z = normalQuantile((1 + confLevel) / 2);
  const estimate = x / n;
  const yates = correct ? Math.min(0.5, Math.abs(x - n * 0.5)) : 0;
  const z22n = (z * z) / (2 * n);
  const limit = (pc: number, sign: 1 | -1): number =>
    (pc + z22n + sign * z * Math.sqrt((pc * (1 - pc)) / n + z22n / (2 * n))) / (1 + 2 * z22n);
  const upperPc = estimate + yates / n;
  const lowerPc = estimate - yates / n;
  const upper = upperPc >= 1 ? 1 : limit(upperPc, 1);
  const lower = lowerPc <= 0 ? 0 : limit(lowerPc, -1);
  return [Math.max(lower, 0), Math.min(upper, 1)];
}
