// Argument checks shared by the one- and two-proportion functions.
import { assertCount, showValue } from '../_lib/args.js';

/** @internal Checks a count of successes `x` out of `n` trials (n ≥ 1, 0 ≤ x ≤ n). */
export function assertSuccesses(xName: string, x: unknown, nName: string, n: unknown): void {
  assertCount(xName, x);
  assertCount(nName, n);
  if (n === 0) throw new RangeError(`${nName} must be at least 1, got ${showValue(n)}`);
  if (x > n) throw new RangeError(`${xName} must be at most ${nName} (${n}), got ${showValue(x)}`);
}
