import { assertFinite } from '../_lib/args.js';
import { indexRatio } from './_index-ratio.js';

/**
 * A price index the user gives, by price year (`{ '2013/14': 297.0, '2016/17': 302.3 }`): the
 * PSSRU pay and prices index, the GDP deflator or any other. The package ships no index values:
 * name the source of yours.
 *
 * @category Unit costs
 */
export type PriceIndex = Readonly<Record<string, number>>;

/**
 * Moves an amount from one price year to another with a price index: amount × index[to] ÷
 * index[from].
 *
 * @throws RangeError when a year is not in the index or an index value is not a positive number.
 * @category Unit costs
 * @example
 * ```ts
 * import { upliftPrice } from 'sos-eval/costs';
 *
 * // An illustrative index (not published figures): 100 in 2013/14, 104 in 2016/17.
 * upliftPrice(40, { from: '2013/14', to: '2016/17', index: { '2013/14': 100, '2016/17': 104 } }) //=> 41.6
 * ```
 */
export function upliftPrice(
  amount: number,
  options: {
    /** The amount's price year. */
    readonly from: string;
    /** The price year wanted. */
    readonly to: string;
    /** The index, by price year. */
    readonly index: PriceIndex;
  },
): number {
  assertFinite('amount', amount);
  return amount * indexRatio(options);
}
