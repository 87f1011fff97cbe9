// cochranQTest against Cochran's Q evaluated in R from its formula (base R has no Cochran test):
// hand-picked cases and a seeded random sweep (tests/fixtures/r/cases/80-friedman-cochran.R,
// seed 80). R also records friedman.test on the same 0/1 matrix and, for k = 2, McNemar's
// uncorrected chi-squared; both equal Q, and the case file checks that in R.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cochranQTest, formatTest, friedmanTest, mcnemarTest } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  name: string;
  x: (number | null)[][];
  n: number;
  n_missing: number;
  statistic: number;
  df: number;
  p_value: number;
  friedman_statistic: number | null;
  mcnemar_statistic: number | null;
}

const fixture = loadRFixture<Case>('cochran-q-test');

const CONSTANT =
  'every row (block) is all 0 or all 1, so the statistic and p-value are undefined (NaN)';
const NONE_LEFT =
  'no complete row (block) is left, so the statistic and p-value are undefined (NaN)';

const asBooleans = (x: (number | null)[][]) =>
  x.map((row) => row.map((v) => (v === null || Number.isNaN(v) ? v : v === 1)));

describe("cochranQTest matches Cochran's Q computed in R", () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = cochranQTest(c.x);
    expect(r.method).toBe("Cochran's Q test");
    expect(r.statisticName).toBe("Cochran's Q");
    expect(r.df).toBe(c.df);
    expectCloseToR(r.statistic, c.statistic, 'Q');
    expectCloseToR(r.pValue, c.p_value, 'p-value');
    expect([r.n, r.nMissing]).toEqual([c.n, c.n_missing]);
    // R's friedman.test and mcnemar.test on the same data (where they answer) give Q as well.
    if (c.friedman_statistic !== null) {
      expectCloseToR(r.statistic, c.friedman_statistic, 'friedman.test', 1e-12);
      expectCloseToR(friedmanTest(c.x).statistic, c.friedman_statistic, 'friedmanTest');
    }
    if (c.mcnemar_statistic !== null) {
      expectCloseToR(r.statistic, c.mcnemar_statistic, 'mcnemar.test', 1e-12);
    }
    const reasons = [
      ...(c.n_missing > 0
        ? [
            c.n_missing === 1
              ? '1 row (block) with a missing value was dropped'
              : `${c.n_missing} rows (blocks) with a missing value were dropped`,
          ]
        : []),
      ...(Number.isNaN(c.statistic) ? [c.n === 0 ? NONE_LEFT : CONSTANT] : []),
    ];
    expect(r.warning).toBe(reasons.length > 0 ? reasons.join('; ') : undefined);
    // true/false cells give the same answer as 1/0.
    const b = cochranQTest(asBooleans(c.x));
    expect([b.statistic, b.pValue]).toEqual([r.statistic, r.pValue]);
  });

  it('covers at least 300 R cases, NaN cases among them', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(300);
    expect(fixture.cases.some((c) => Number.isNaN(c.statistic))).toBe(true);
  });
});

describe('cochranQTest', () => {
  it('computes Q by hand', () => {
    // Column totals 2, 3, 0; row totals 2, 2, 1; N = 5, k = 3:
    // Q = 2 (3 × 13 − 25) / (15 − 9) = 28 / 6.
    const r = cochranQTest([
      [1, 1, 0],
      [true, true, false],
      [0, 1, 0],
    ]);
    expect(r.statistic).toBe(28 / 6);
    expect(r.pValue).toBeCloseTo(Math.exp(-14 / 6), 14); // χ²(2) upper tail: exp(−Q/2)
    expect(Object.isFrozen(r)).toBe(true);
    expect(formatTest(r).split('\n')).toEqual([
      "Cochran's Q test",
      '',
      "Cochran's Q = 4.6667, df = 2, p-value = 0.09697",
    ]);
  });

  it('drops incomplete rows and counts them', () => {
    const r = cochranQTest([
      [1, 0, 1],
      [null, 1, 0],
      [0, 0, NaN],
      [1, 1, 0],
      [undefined, 1, 1],
    ]);
    expect([r.n, r.nMissing, r.warning]).toEqual([
      2,
      3,
      '3 rows (blocks) with a missing value were dropped',
    ]);
  });

  it('rejects broken matrices and cells that are not binary, naming x and the value', () => {
    expect(() => cochranQTest('x' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: x must be an array, got "x"]`,
    );
    expect(() => cochranQTest([])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must have at least 1 row (block), got an array of length 0]`,
    );
    expect(() => cochranQTest([[1], [0]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must have at least 2 columns (treatments), got an array of length 1 as row 0]`,
    );
    expect(() => cochranQTest([[1, 0], [0]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must be rectangular: row 0 has 2 cells, row 1 has 1]`,
    );
    expect(() => cochranQTest([[1, 0], null as never])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: x[1] must be an array, got null]`,
    );
    expect(() =>
      cochranQTest([
        [1, 0],
        [2, 1],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x[1][0] must be 0, 1, true or false (or null for missing), got 2]`,
    );
    expect(() => cochranQTest([[1, 0.5]])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x[0][1] must be 0, 1, true or false (or null for missing), got 0.5]`,
    );
    expect(() => cochranQTest([[1, 'yes' as never]])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: x[0][1] must be 0, 1, true or false (or null for missing), got "yes"]`,
    );
  });
});

// Blocks of yes/no outcomes, k = 2..6 columns, 1..30 rows.
const binaryMatrix = (minK: number, maxK: number) =>
  fc.tuple(fc.integer({ min: minK, max: maxK }), fc.integer({ min: 1, max: 30 })).chain(([k, n]) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: k, maxLength: k }), {
      minLength: n,
      maxLength: n,
    }),
  );

describe('laws', () => {
  test.prop([binaryMatrix(2, 6)])('permuting the rows leaves the result unchanged', (x) => {
    const a = cochranQTest(x);
    const b = cochranQTest([...x.slice(1), x[0]!].reverse());
    expect([b.statistic, b.pValue, b.df]).toEqual([a.statistic, a.pValue, a.df]);
  });

  test.prop([binaryMatrix(2, 6)])('permuting the columns leaves the result unchanged', (x) => {
    const k = x[0]!.length;
    const a = cochranQTest(x);
    const b = cochranQTest(x.map((row) => row.map((_, j) => row[(j + 1) % k]!).reverse()));
    expect([b.statistic, b.pValue, b.df]).toEqual([a.statistic, a.pValue, a.df]);
  });

  test.prop([binaryMatrix(2, 6)])(
    "equals Friedman's tie-corrected statistic on the same 0/1 matrix",
    (x) => {
      fc.pre(x.length >= 2); // friedmanTest stops with one row, as R does
      const q = cochranQTest(x).statistic;
      const f = friedmanTest(x).statistic;
      if (Number.isNaN(q)) expect(f).toBeNaN();
      else expectCloseToR(f, q, 'Friedman', 1e-12);
    },
  );

  test.prop([binaryMatrix(2, 2)])(
    "for two columns equals McNemar's chi-squared without continuity correction",
    (x) => {
      const count = (a: number, b: number) => x.filter((r) => r[0] === a && r[1] === b).length;
      const table: [[number, number], [number, number]] = [
        [count(1, 1), count(1, 0)],
        [count(0, 1), count(0, 0)],
      ];
      const q = cochranQTest(x).statistic;
      const m = mcnemarTest(table, { correct: false }).statistic;
      if (Number.isNaN(q)) expect(m).toBeNaN();
      else expectCloseToR(m, q, 'McNemar', 1e-12);
    },
  );
});
