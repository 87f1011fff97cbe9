import { assertCount, assertNumber, showValue } from '../_lib/args.js';
import type { UsageLevel } from '../models/tool.js';

/**
 * The survey's usage level for one worker and one tool, from how many of the worker's families
 * the tool was used with: every family → `'all'`, none → `'none'`, otherwise `'some'`.
 *
 * The counts must make sense together; nothing is guessed. A caseload of 0 has no level (with no
 * families, "all" and "none" are both vacuously true), so it throws rather than picking one.
 *
 * @param usedWith - Families the tool was used with, a whole number 0 ≤ usedWith ≤ caseload.
 * @param caseload - The worker's families, a whole number ≥ 1.
 * @throws RangeError when a count is negative, fractional or NaN, when caseload is 0, or when
 *   usedWith exceeds caseload; TypeError when a count is not a number.
 * @category Usage
 * @example
 * ```ts
 * import { categoriseUsage } from 'sos-eval/usage';
 *
 * categoriseUsage(12, 12) //=> 'all'
 * categoriseUsage(5, 12) //=> 'some'
 * categoriseUsage(0, 12) //=> 'none'
 * ```
 */
export function categoriseUsage(usedWith: number, caseload: number): UsageLevel {
  assertCount('usedWith', usedWith);
  assertNumber('caseload', caseload);
  if (!Number.isInteger(caseload) || caseload < 1) {
    // With no families "all" and "none" are both vacuously true, so there is no level to give.
    throw new RangeError(`caseload must be a whole number ≥ 1, got ${showValue(caseload)}`);
  }
  if (usedWith > caseload) {
    throw new RangeError(
      `usedWith must not exceed caseload (${showValue(caseload)}), got ${showValue(usedWith)}`,
    );
  }
  if (usedWith === caseload) return 'all';
  return usedWith === 0 ? 'none' : 'some';
}
