import { assertFinite, showValue } from '../_lib/args.js';

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

/** @internal index[to] ÷ index[from], checked. */
export function indexRatio(options: {
  readonly from: string;
  readonly to: string;
  readonly index: PriceIndex;
}): number {
  const index = options?.index;
  if (index === null || typeof index !== 'object')
    throw new TypeError(
      `options.index must be an object of index values by price year, got ${showValue(index)}`,
    );
  const read = (name: 'from' | 'to'): number => {
    const year = options[name];
    const value = Object.hasOwn(index, year) ? index[year] : undefined;
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
      throw new RangeError(
        `options.index must give a positive number for price year ${JSON.stringify(year)} (options.${name}), got ${showValue(value)}`,
      );
    }
    return value;
  };
  return read('to') / read('from');
}
