import { showValue } from '../_lib/args.js';
import type { PriceIndex } from './price-index.js';

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
