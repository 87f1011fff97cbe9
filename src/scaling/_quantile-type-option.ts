import { showValue } from '../_lib/args.js';
import type { QuantileType } from '../_lib/numeric/quantile.js';
import type { SummariseScaleOptions } from './summarise-scale.js';

/** R's quantile `type` option: a whole number 1–9, default 7. */
export function quantileTypeOption(options: SummariseScaleOptions): QuantileType {
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const type = options.type ?? 7;
  if (!(typeof type === 'number' && Number.isInteger(type) && type >= 1 && type <= 9))
    throw new RangeError(`type must be one of R's quantile types 1–9, got ${showValue(type)}`);
  return type;
}
