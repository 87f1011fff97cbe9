import { assertArray, assertFinite } from '../_lib/args.js';
import { assertRate } from './_rate.js';
import { CompensatedSum } from '../_lib/numeric/sum.js';

/**
 * The discount factor of year `t` at annual rate `rate`: 1 / (1 + rate)^t, with year 0 the base
 * year (undiscounted). HM Treasury's Green Book sets the UK public sector's rate (3.5% a year for
 * the first 30 years when this was written); the package builds in no rate: pass the one your
 * analysis uses and say where it comes from.
 *
 * @throws RangeError when the rate is not a finite number above −1 or t is not finite.
 * @category Implementation costs
 * @example
 * ```ts
 * import { discountFactor } from 'sos-eval/costs';
 *
 * discountFactor(0, 0.035) //=> 1
 * // 1 / 1.035² = 0.93351…
 * discountFactor(2, 0.035) //=> 0.93351
 * ```
 */
export function discountFactor(t: number, rate: number): number {
  assertFinite('t', t);
  assertRate('rate', rate);
  return 1 / (1 + rate) ** t;
}

/**
 * The present value of a stream of amounts, one a year from the base year (year 0, undiscounted):
 * Σ amountₜ / (1 + rate)ᵗ, summed compensated.
 *
 * @throws RangeError or TypeError for amounts that are not finite numbers or a broken rate.
 * @category Implementation costs
 * @example
 * ```ts
 * import { discountedTotal } from 'sos-eval/costs';
 *
 * // £100,000 now, £60,000 next year, £40,000 the year after, at 3.5%:
 * // 100000 + 60000/1.035 + 40000/1.035² = 195,311.44
 * discountedTotal([100000, 60000, 40000], 0.035) //=> 195311.44
 * ```
 */
export function discountedTotal(amounts: readonly number[], rate: number): number {
  assertArray('amounts', amounts);
  assertRate('rate', rate);
  const acc = new CompensatedSum();
  amounts.forEach((a, t) => {
    assertFinite(`amounts[${t}]`, a);
    acc.add(a / (1 + rate) ** t);
  });
  return acc.value;
}
