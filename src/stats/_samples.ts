// Reading numeric samples the way R's tests do: NA (here null, undefined or NaN) is missing and
// dropped, but counted so results can report how much was set aside. Anything that is not a
// number or missing is a broken argument, not bad data, so it throws.
import { assertArray, showValue } from '../_lib/args.js';

/**
 * A sample as accepted by the tests: numbers, with `null`/`NaN` marking missing values.
 *
 * @category Rank tests
 */
export type SampleInput = readonly (number | null | undefined)[];

const isMissing = (v: unknown): boolean => v == null || (typeof v === 'number' && Number.isNaN(v));

function assertElements(name: string, values: readonly unknown[]): void {
  values.forEach((v, i) => {
    if (!isMissing(v) && typeof v !== 'number') {
      throw new TypeError(`${name}[${i}] must be a number or null, got ${showValue(v)}`);
    }
  });
}

/** The non-missing values of one sample, and how many were missing. */
export function readSample(name: string, value: unknown): { values: number[]; nMissing: number } {
  assertArray(name, value);
  assertElements(name, value);
  const values = value.filter((v): v is number => !isMissing(v));
  return { values, nMissing: value.length - values.length };
}

/** Complete pairs of two equal-length samples (R's `complete.cases(x, y)`). */
export function readPairs(
  xName: string,
  x: unknown,
  yName: string,
  y: unknown,
): { x: number[]; y: number[]; nMissing: number } {
  assertArray(xName, x);
  assertArray(yName, y);
  if (x.length !== y.length) {
    throw new RangeError(
      `${xName} and ${yName} must have the same length for paired data, got ${x.length} and ${y.length}`,
    );
  }
  assertElements(xName, x);
  assertElements(yName, y);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (!isMissing(x[i]) && !isMissing(y[i])) {
      xs.push(x[i] as number);
      ys.push(y[i] as number);
    }
  }
  return { x: xs, y: ys, nMissing: x.length - xs.length };
}

/** Throws unless at least `min` values survive the removal of missing ones. */
export function assertEnough(
  name: string,
  n: number,
  min: number,
  original: readonly unknown[],
  unit = 'non-missing value',
): void {
  if (n < min) {
    throw new RangeError(
      `${name} must have at least ${min} ${unit}${min === 1 ? '' : 's'}, got ${n} (from ${showValue(original)})`,
    );
  }
}
