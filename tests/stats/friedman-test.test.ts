// friedmanTest against R friedman.test(y) on a matrix: hand-picked cases and a seeded random sweep
// (tests/fixtures/r/cases/80-friedman-cochran.R, seed 80). Every field R returns is compared,
// where R stops we must throw a RangeError, and R's print.htest text is compared with formatTest.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatTest, friedmanTest, tidy } from 'sos-eval/stats';
import { expectCloseToR, expectRWarnings, loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  name: string;
  y: (number | null)[][];
  n: number;
  n_missing: number;
  error?: string;
  method: string;
  statistic: number;
  df: number;
  p_value: number;
  warnings: string[];
  text: string[];
}

const fixture = loadRFixture<Case>('friedman-test');

const TIED = 'every row (block) is tied, so the statistic and p-value are undefined (NaN)';
const NONE_LEFT =
  'no complete row (block) is left, so the statistic and p-value are undefined (NaN)';
const DROPPED =
  /^(1 row \(block\) with a missing value was|\d+ rows \(blocks\) with a missing value were) dropped$/;

// R's error message → what ours must say (a RangeError in every case).
const R_ERRORS: Record<string, RegExp> = {
  // One complete row (y[complete.cases(y), ] drops it to a vector) or one column.
  'dim(X) must have a positive length':
    /^y must have at least (2 complete rows \(blocks\), got 1|2 columns)/,
};

// R frames print.htest with blank lines and indents the method with a tab.
function printed(text: readonly string[]): string {
  const lines = text.map((l) => l.replace(/^\t/, ''));
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

describe('friedmanTest matches R friedman.test(y) for a matrix', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    if (c.error !== undefined) {
      const pattern = R_ERRORS[c.error];
      expect(pattern, `a pattern for R's error "${c.error}"`).toBeDefined();
      expect(() => friedmanTest(c.y)).toThrow(RangeError);
      expect(() => friedmanTest(c.y)).toThrow(pattern!);
      return;
    }
    const r = friedmanTest(c.y);
    expect(r.method).toBe(c.method);
    expect(r.statisticName).toBe('Friedman chi-squared');
    expect(r.df).toBe(c.df);
    expectCloseToR(r.statistic, c.statistic, 'statistic');
    expectCloseToR(r.pValue, c.p_value, 'p-value');
    expect([r.n, r.nMissing]).toEqual([c.n, c.n_missing]);
    expectRWarnings(r.warning, c.warnings, [DROPPED, TIED, NONE_LEFT]);
    // Ours says why a statistic is NaN, and counts what R dropped silently.
    expect(r.warning?.includes('dropped') ?? false).toBe(c.n_missing > 0);
    if (Number.isNaN(r.statistic)) expect(r.warning).toMatch(c.n === 0 ? NONE_LEFT : TIED);
    expect(formatTest(r)).toBe(printed(c.text));
  });

  it('covers at least 300 R cases, NaN and stopping cases among them', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(300);
    expect(fixture.cases.some((c) => c.error !== undefined)).toBe(true);
    expect(fixture.cases.some((c) => Number.isNaN(c.statistic))).toBe(true);
  });
});

describe('friedmanTest', () => {
  it('gives k − 1 when every block ranks the treatments the same way (no ties)', () => {
    // Rank sums n, 2n, …, kn: 12 n² Σ (j − (k + 1)/2)² / (n k (k + 1)) = n (k − 1).
    const r = friedmanTest([
      [1, 2, 3, 4],
      [10, 20, 30, 40],
      [-3, -2, -1, 0],
    ]);
    expect(r.statistic).toBe(9);
    expect(r.df).toBe(3);
  });

  it('drops incomplete rows, counts them, and returns a frozen result', () => {
    const r = friedmanTest([
      [1, 2, 3],
      [2, null, 1],
      [3, 1, 2],
      [NaN, 1, 2],
      [undefined, 1, 2],
      [1, 3, 2],
    ]);
    expect([r.n, r.nMissing, r.warning]).toEqual([
      3,
      3,
      '3 rows (blocks) with a missing value were dropped',
    ]);
    expect(Object.isFrozen(r)).toBe(true);
    expect(tidy(r)).toEqual({
      statistic: r.statistic,
      pValue: r.pValue,
      df: 2,
      method: 'Friedman rank sum test',
    });
  });

  it('says why the statistic is NaN when every row is tied', () => {
    const r = friedmanTest([
      [2, 2, 2],
      [5, null, 1],
      [7, 7, 7],
    ]);
    expect(r.statistic).toBeNaN();
    expect(r.pValue).toBeNaN();
    expect(r.warning).toBe(`1 row (block) with a missing value was dropped; ${TIED}`);
  });

  it('rejects broken matrices, naming y and the value', () => {
    expect(() => friedmanTest({} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: y must be an array, got object]`,
    );
    expect(() => friedmanTest([])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: y must have at least 1 row (block), got an array of length 0]`,
    );
    expect(() => friedmanTest([[1, 2], 3 as never])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: y[1] must be an array, got 3]`,
    );
    expect(() => friedmanTest([[1], [2], [3]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: y must have at least 2 columns (treatments), got an array of length 1 as row 0]`,
    );
    expect(() =>
      friedmanTest([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: y must be rectangular: row 0 has 3 cells, row 1 has 2]`,
    );
    expect(() =>
      friedmanTest([
        [1, 2],
        [3, '4' as never],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: y[1][1] must be a number or null, got "4"]`);
    expect(() =>
      friedmanTest([
        [1, 2, 3],
        [4, null, 6],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: y must have at least 2 complete rows (blocks), got 1: R friedman.test stops with one complete block]`,
    );
  });
});

// Blocks of 0–10 scores (many ties), k = 2..6 columns, 2..25 rows.
const matrix = fc
  .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 25 }))
  .chain(([k, n]) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: k, maxLength: k }), {
      minLength: n,
      maxLength: n,
    }),
  );

const sameResult = (a: ReturnType<typeof friedmanTest>, b: ReturnType<typeof friedmanTest>) => {
  expect(b.statistic).toBe(a.statistic);
  expect(b.pValue).toBe(a.pValue);
  expect(b.df).toBe(a.df);
};

describe('laws', () => {
  test.prop([matrix])('permuting the rows leaves the result unchanged', (y) => {
    sameResult(friedmanTest(y), friedmanTest([...y].reverse()));
    sameResult(friedmanTest(y), friedmanTest([...y.slice(1), y[0]!]));
  });

  test.prop([matrix])('permuting the columns leaves the statistic unchanged', (y) => {
    const k = y[0]!.length;
    const reversed = y.map((row) => [...row].reverse());
    const rotated = y.map((row) => row.map((_, j) => row[(j + 1) % k]!));
    sameResult(friedmanTest(y), friedmanTest(reversed));
    sameResult(friedmanTest(y), friedmanTest(rotated));
  });

  test.prop([matrix, fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 9 })])(
    'an increasing transformation of a row leaves the result unchanged',
    (y, shift, scale) => {
      const moved = y.map((row, i) => (i === 0 ? row.map((v) => scale * v ** 3 + shift) : row));
      sameResult(friedmanTest(y), friedmanTest(moved));
    },
  );

  test.prop([matrix])('a row with a missing value changes only nMissing', (y) => {
    const withMissing = [...y, y[0]!.map((v, j) => (j === 0 ? null : v))];
    const a = friedmanTest(y);
    const b = friedmanTest(withMissing);
    sameResult(a, b);
    expect([b.n, b.nMissing]).toEqual([a.n, 1]);
  });
});
