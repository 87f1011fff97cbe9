import { assertFinite } from '../_lib/args.js';

/** @internal Checks a discount rate: a finite number > −1. */
export function assertRate(name: string, rate: unknown): asserts rate is number {
  assertFinite(name, rate);
  if (!(rate > -1)) throw new RangeError(`${name} must be greater than −1, got ${rate}`);
}
