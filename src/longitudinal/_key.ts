// How a record is identified across waves: a property name or a function of the record.
import { showValue } from '../_lib/args.js';

export function readKey<R>(name: string, value: unknown): (record: R) => unknown {
  if (typeof value === 'function') return value as (record: R) => unknown;
  if (typeof value === 'string' && value.length > 0) {
    return (record: R) =>
      record != null && typeof record === 'object'
        ? (record as Record<string, unknown>)[value]
        : undefined;
  }
  throw new TypeError(`${name} must be a property name or a function, got ${showValue(value)}`);
}

/** Keys are strings or finite numbers; anything else cannot identify a family. */
export const isValidKey = (k: unknown): k is string | number =>
  typeof k === 'string' ? k.length > 0 : typeof k === 'number' && Number.isFinite(k);
