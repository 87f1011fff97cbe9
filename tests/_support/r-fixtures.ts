import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The folder R writes its reference values into (see tests/fixtures/r/runner.R). */
export const R_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/r/', import.meta.url));

/** One fixture file as runner.R's write_cases() wrote it. */
export interface RFixtureFile<C> {
  generator: string;
  r_version: string;
  cases: C[];
}

const revive = (_key: string, value: unknown): unknown => {
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (value === 'NaN') return NaN;
  return value;
};

/** Reads `tests/fixtures/r/<name>.json`; the guard test checks every file is read by some test. */
export function loadRFixture<C>(name: string): RFixtureFile<C> {
  const text = readFileSync(`${R_FIXTURE_DIR}${name}.json`, 'utf8');
  return JSON.parse(text, revive) as RFixtureFile<C>;
}

/**
 * Asserts `actual` agrees with R's `expected` to a relative error of `rel` (default 1e-9), with an
 * absolute tolerance of 1e-14 only where R gives exactly 0. Non-finite values must match exactly.
 */
export function expectCloseToR(actual: number, expected: number, label: string, rel = 1e-9): void {
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
    expect(actual, label).toBe(expected);
    return;
  }
  if (expected === 0) {
    expect(Math.abs(actual), label).toBeLessThanOrEqual(1e-14);
    return;
  }
  const err = Math.abs(actual - expected) / Math.abs(expected);
  if (err > rel) {
    expect.fail(
      `${label}: got ${actual}, R gives ${expected} (relative error ${err.toExponential(2)} > ${rel})`,
    );
  }
}

/**
 * Like {@link expectCloseToR}, for a number that can cancel to about 0 — a mean, or a statistic
 * carrying one (t, Cohen's d_z): its error is bounded by the data's magnitude, not by its own. R
 * sums in x87 long double and sos-eval in double with compensation, so where the sum cancels both
 * are within rounding of the exact value while their leading digits differ (R's mean of tenths
 * that cancel is -1.9796e-17, the exact one -1.9825e-17). Passes when the absolute error is at
 * most `rel` × max(|expected|, `scale`), with `scale` the data's magnitude on the number's own
 * scale (max|x| for a mean, max|x| / standard error for t); see docs/statistics.md.
 */
export function expectCloseToRNearZero(
  actual: number,
  expected: number,
  label: string,
  scale: number,
  rel = 1e-9,
): void {
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
    expect(actual, label).toBe(expected);
    return;
  }
  const err = Math.abs(actual - expected);
  const bound = rel * Math.max(Math.abs(expected), scale);
  if (!(err <= bound)) {
    expect.fail(
      `${label}: got ${actual}, R gives ${expected} (absolute error ${err.toExponential(2)} > ${bound.toExponential(2)} = ${rel} × max(|R|, ${scale}))`,
    );
  }
}

/**
 * Asserts printed text equals R's, except that numbers may differ by at most `tolerance`
 * (absolutely): for output that prints a number which cancels to about 0, whose digits are
 * rounding noise in R and here (see {@link expectCloseToRNearZero}). Everything else, layout and
 * every other number, must be identical.
 */
export function expectPrintedLikeR(actual: string, expected: string, tolerance: number): void {
  const number = /-?\d+(?:\.\d+)?(?:e[-+]\d+)?/g;
  const skeleton = (s: string) => s.replace(number, '#');
  expect(skeleton(actual)).toBe(skeleton(expected));
  const ours = actual.match(number) ?? [];
  const theirs = expected.match(number) ?? [];
  ours.forEach((token, i) => {
    const r = theirs[i]!;
    if (token !== r && !(Math.abs(Number(token) - Number(r)) <= tolerance)) {
      expect.fail(`printed ${token} where R prints ${r} (tolerance ${tolerance})`);
    }
  });
}

/**
 * Asserts a result's `warning` starts with R's warnings for the case, in R's order (runner.R's
 * with_warnings records them), and that anything after them is one of `explanations`: sos-eval
 * adds a reason where R returns NaN without saying why.
 */
export function expectRWarnings(
  warning: string | undefined,
  rWarnings: readonly string[],
  explanations: readonly (string | RegExp)[] = [],
): void {
  const ours = warning === undefined ? [] : warning.split('; ');
  expect(ours.slice(0, rWarnings.length), 'R warnings').toEqual(rWarnings);
  for (const extra of ours.slice(rWarnings.length)) {
    const known = explanations.some((e) => (typeof e === 'string' ? e === extra : e.test(extra)));
    expect(known, `unexpected warning "${extra}"`).toBe(true);
  }
}
