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
    expect(() => chiSquareTest([[1, 2]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must have at least 2 rows, got an array of length 1]`,
    );
    expect(() => chiSquareTest([[1], [2]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must have at least 2 columns, got an array of length 1 as row 0]`,
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
