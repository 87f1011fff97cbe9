import { assertNumber } from '../_lib/args.js';

/** @internal Throws unless `seed` is a 32-bit integer (signed or unsigned), as pure-rand takes. */
export function assertSeed(seed: unknown): asserts seed is number {
  assertNumber('seed', seed);
  if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32) {
    throw new RangeError(`seed must be a 32-bit integer, got ${seed}`);
  }
}
