// Argument checks shared by every module. Broken arguments are programmer errors, so they throw
// (RangeError for a value out of range, TypeError for a value of the wrong kind) with a message
// that names the argument and shows the value; bad *data* is reported as issues instead.

const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null)
    return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value;
};

/** Throws a TypeError unless `value` is a number (NaN included, so the range check can name it). */
export function assertNumber(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number')
    throw new TypeError(`${name} must be a number, got ${show(value)}`);
}

/** A finite number. */
export function assertFinite(name: string, value: unknown): asserts value is number {
  assertNumber(name, value);
  if (!Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number, got ${show(value)}`);
}

/** A whole number ≥ 0 (a count). */
export function assertCount(name: string, value: unknown): asserts value is number {
  assertNumber(name, value);
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${show(value)}`);
  }
}

/** A probability strictly between 0 and 1, such as a confidence level. */
export function assertOpenUnit(name: string, value: unknown): asserts value is number {
  assertNumber(name, value);
  if (!(value > 0 && value < 1)) {
    throw new RangeError(`${name} must be between 0 and 1 (exclusive), got ${show(value)}`);
  }
}

/** A probability in [0, 1]. */
export function assertUnit(name: string, value: unknown): asserts value is number {
  assertNumber(name, value);
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`${name} must be between 0 and 1, got ${show(value)}`);
  }
}

/** One of a fixed set of strings. */
export function assertOneOf<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (!allowed.includes(value as T)) {
    throw new RangeError(
      `${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${show(value)}`,
    );
  }
}

/** An array (of anything). */
export function assertArray(name: string, value: unknown): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array, got ${show(value)}`);
}

/** A boolean option. */
export function assertBoolean(name: string, value: unknown): asserts value is boolean {
  if (typeof value !== 'boolean')
    throw new TypeError(`${name} must be true or false, got ${show(value)}`);
}

/** Renders a value for an error message the same way the asserts do. */
export const showValue = show;

/** Throws a TypeError unless `value` can be iterated (a string, though iterable, is refused). */
export function assertIterable(name: string, value: unknown): asserts value is Iterable<unknown> {
  if (
    value == null ||
    typeof value === 'string' ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw new TypeError(
      `${name} must be an iterable (an array or generator), got ${showValue(value)}`,
    );
  }
}

/** Throws a TypeError unless `value` can be iterated with `for await` (async or sync iterable). */
export function assertAsyncIterable(
  name: string,
  value: unknown,
): asserts value is AsyncIterable<unknown> | Iterable<unknown> {
  if (
    value == null ||
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function'
  ) {
    if (
      value == null ||
      typeof value === 'string' ||
      typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
    ) {
      throw new TypeError(
        `${name} must be an iterable or async iterable (an array, generator or stream), got ${showValue(value)}`,
      );
    }
  }
}
