// The tail and interval arithmetic every t-test shares, in R's order of operations.
import { assertOpenUnit } from '../_lib/args.js';
import { tLower, tQuantile, tUpper } from './_distributions.js';
import type { Alternative } from './alternative.js';

export function tTestInference(
  tstat: number,
  df: number,
  stderr: number,
  mu: number,
  alternative: Alternative,
  confLevel: number,
): { pValue: number; confInt: readonly [number, number] } {
  let pValue: number;
  let lower: number;
  let upper: number;
  if (alternative === 'less') {
    pValue = tLower(tstat, df);
    lower = -Infinity;
    upper = tstat + tQuantile(confLevel, df);
  } else if (alternative === 'greater') {
    pValue = tUpper(tstat, df);
    lower = tstat - tQuantile(confLevel, df);
    upper = Infinity;
  } else {
    pValue = 2 * tLower(-Math.abs(tstat), df);
    const q = tQuantile(1 - (1 - confLevel) / 2, df);
    lower = tstat - q;
    upper = tstat + q;
  }
  return { pValue, confInt: Object.freeze([mu + lower * stderr, mu + upper * stderr] as const) };
}

/**
 * Options shared by the t-tests (R's names and defaults).
 *
 * @category t-tests
 */
export interface TTestOptionsBase {
  /** The alternative hypothesis; default `'two.sided'`. */
  readonly alternative?: Alternative;
  /** The difference under the null hypothesis; default 0. */
  readonly mu?: number;
  /** Confidence level of `confInt`; default 0.95. */
  readonly confLevel?: number;
}

export function readConfLevel(value: unknown): number {
  const confLevel = value ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  return confLevel;
}

export function assertNotConstant(stderr: number, scale: number): void {
  // R refuses the same case: t would be a ratio of rounding errors.
  if (stderr < 10 * Number.EPSILON * scale) {
    throw new RangeError(`data are essentially constant (standard error ${stderr})`);
  }
}
