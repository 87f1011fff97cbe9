import { showValue } from '../_lib/args.js';
import type { Scale } from './scale.js';

/** Throws a TypeError unless `value` looks like a Scale built by defineScale. */
export function assertScale(name: string, value: unknown): asserts value is Scale {
  const s = value as Partial<Scale> | null;
  if (
    s === null ||
    typeof s !== 'object' ||
    typeof s.min !== 'number' ||
    typeof s.max !== 'number' ||
    typeof s.step !== 'number' ||
    !Array.isArray(s.points)
  )
    throw new TypeError(`${name} must be a scale made by defineScale, got ${showValue(value)}`);
}
