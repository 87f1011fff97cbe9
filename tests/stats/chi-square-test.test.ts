import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { chiSquareTest } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  table: number[][];
  correct: boolean;
  method: string;
  statistic: number;
  df: number;
  pValue: number;
  expected: number[][];
  residuals: number[][];
  stdres: number[][];
  warned: boolean;
}

const closeMatrix = (
  actual: readonly (readonly number[])[],
  expected: number[][],
  label: string,
): void => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((row, i) =>
    row.forEach((v, j) => expectCloseToR(actual[i]![j]!, v, `${label}[${i}][${j}]`)),
  );
};

describe("chiSquareTest on one row or column is R's goodness-of-fit test", () => {
  it('matches chisq.test(matrix(c(10, 20, 30), nrow = 1)) and by hand', () => {
    // E = 60/3 = 20 each: X² = (100 + 0 + 100)/20 = 10 on 2 df, p = exp(−5) (χ²₂ tail is e^(−x/2));
    // stdres = (O − E)/√(20 · 2/3): R prints −2.738613, 0, 2.738613.
    const r = chiSquareTest([[10, 20, 30]]);
    expect([r.method, r.statistic, r.df]).toEqual([
      'Chi-squared test for given probabilities',
      10,
      2,
    ]);
    expect(Math.abs(r.pValue - Math.exp(-5)) / Math.exp(-5)).toBeLessThan(1e-12);
    expect(r.expected).toEqual([[20, 20, 20]]);
    expect(r.stdres[0]![0]!).toBeCloseTo(-2.738613, 6);
    expect(r.warning).toBeUndefined();
    // A column works the same way, keeps its shape, and warns when E < 5: c(1, 2, 0), E = 1.
    const col = chiSquareTest([[1], [2], [0]]);
    expect([col.statistic, col.df, col.expected]).toEqual([2, 2, [[1], [1], [1]]]);
    expect(col.warning).toBe('Chi-squared approximation may be incorrect');
  });
});

describe('chiSquareTest matches chisq.test(table, correct)', () => {
  for (const c of loadRFixture<Case>('chisq-test').cases) {
    it(`${JSON.stringify(c.table)} correct=${c.correct}`, () => {
      const r = chiSquareTest(c.table, { correct: c.correct });
      expect(r.method).toBe(c.method);
      expectCloseToR(r.statistic, c.statistic, 'statistic');
      expect(r.df).toBe(c.df);
      expectCloseToR(r.pValue, c.pValue, 'pValue');
      closeMatrix(r.expected, c.expected, 'expected');
      closeMatrix(r.residuals, c.residuals, 'residuals');
      closeMatrix(r.stdres, c.stdres, 'stdres');
      expect(r.warning).toBe(c.warned ? 'Chi-squared approximation may be incorrect' : undefined);
      expect(
        Object.isFrozen(r) && Object.isFrozen(r.expected) && Object.isFrozen(r.expected[0]),
      ).toBe(true);
    });
  }
});

const table = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }))
  .chain(([r, c]) =>
    fc.array(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: c, maxLength: c }), {
      minLength: r,
      maxLength: r,
    }),
  );

describe('laws', () => {
  test.prop([table, fc.boolean()])(
    'the chi-square of a table equals that of its transpose',
    (t, correct) => {
      const transposed = t[0]!.map((_, j) => t.map((row) => row[j]!));
      const a = chiSquareTest(t, { correct });
      const b = chiSquareTest(transposed, { correct });
      expect(b.statistic).toBeCloseTo(a.statistic, 9);
      expect(b.df).toBe(a.df);
      expect(b.pValue).toBeCloseTo(a.pValue, 12);
    },
  );

  test.prop([table])('the input table is not mutated', (t) => {
    const copy = structuredClone(t);
    chiSquareTest(Object.freeze(t.map((row) => Object.freeze(row))));
    expect(t).toEqual(copy);
  });
});

describe('argument errors', () => {
  it('rejects ragged, negative, too small or zero-margin tables', () => {
    expect(() => chiSquareTest([[1, 2], [3]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must be rectangular: row 0 has 2 cells, row 1 has 1]`,
    );
    expect(() =>
      chiSquareTest([
        [1, -2],
        [3, 4],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table[0][1] must be a whole number ≥ 0, got -2]`,
    );
    expect(() => chiSquareTest([[7]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must have at least 2 cells, got 1 (R: 'x' must at least have 2 elements)]`,
    );
    expect(() => chiSquareTest([[0], [0]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table sums to 0, so its expected counts are 0 and the test is undefined]`,
    );
    expect(() => chiSquareTest([])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must have at least 1 row, got an array of length 0]`,
    );
    expect(() =>
      chiSquareTest([
        [0, 0],
        [3, 4],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table row 0 sums to 0, so its expected counts are 0 and the test is undefined]`,
    );
    expect(() =>
      chiSquareTest([
        [0, 1],
        [0, 4],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table column 0 sums to 0, so its expected counts are 0 and the test is undefined]`,
    );
    expect(() =>
      chiSquareTest('table' as unknown as number[][]),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: table must be an array, got "table"]`);
    expect(() =>
      chiSquareTest([
        [1, NaN],
        [3, 4],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table[0][1] must be a whole number ≥ 0, got NaN]`,
    );
  });
});
