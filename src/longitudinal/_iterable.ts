// Inputs may be any iterable (a generator over a file, a Set); they are read once into an array
// so records can be addressed by position in issues. Arrays are used as they are, never copied.
import { showValue } from '../_lib/args.js';

export function readRecords<R>(name: string, value: unknown): readonly R[] {
  if (Array.isArray(value)) return value as readonly R[];
  if (
    value != null &&
    typeof value !== 'string' &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  ) {
    return Array.from(value as Iterable<R>);
  }
  throw new TypeError(
    `${name} must be an array or other iterable of records, got ${showValue(value)}`,
  );
}
