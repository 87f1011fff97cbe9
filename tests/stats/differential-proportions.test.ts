// Differential sweep of the proportion and table functions against R: several hundred random and
// edge inputs written by tests/fixtures/r/cases/50-differential-proportions.R. Every field R
// reports is compared (estimate, limits, statistic, df, p-value, method string, warnings).
//
// R's NA/NaN (null / "NaN" in the JSON) are handled per function:
// - twoProportionTest: R's statistic is NaN when x1 + x2 is 0 or n1 + n2 (the pooled proportion is
//   0 or 1, a zero column margin of the 2 × 2 table); so is ours, with R's estimates and interval
//   and a warning saying why.
// - chiSquareTest: R's statistic is NaN for a table with a zero row or column total; sos-eval throws
//   a RangeError (zero margin). R turns a one-row or one-column matrix into a goodness-of-fit test
//   of the vector against equal probabilities, and so does chiSquareTest.
// - mcnemarTest: R's statistic and p-value are NaN when b + c = 0 (0/0), and so are ours (with a
//   warning); binom.test(0, 0) stops, and the exact version throws a RangeError.
// - cohensKappa: R's kappa is NaN when chance agreement is 1 (every rating in one row and one
//   column, so the other margins are 0); sos-eval throws a RangeError (zero margin). R's NaN
//   standard error elsewhere would have to be NaN here too (none occurs in the sweep).
// - fisherExactTest: R never returns NaN on these tables; all four cells 0 gives p = 1, estimate 0
//   and the interval [0, Infinity], and so must we.
import { describe, expect, it } from 'vitest';
import {
  type Alternative,
  chiSquareTest,
  clopperPearsonInterval,
  cohensH,
  cohensKappa,
  fisherExactTest,
  mcnemarTest,
  newcombeInterval,
  newcombePairedInterval,
  oddsRatio,
  riskDifference,
  twoProportionTest,
  wilsonInterval,
} from 'sos-eval/stats';
import { expectCloseToR, expectRWarnings, loadRFixture } from '../_support/r-fixtures.js';

type Table = number[][];
type TwoByTwo = [[number, number], [number, number]];
const asTwoByTwo = (t: Table): TwoByTwo => t as TwoByTwo;
const CHISQ_WARNING = 'Chi-squared approximation may be incorrect';
const MIN_NORMAL = 2.2250738585072014e-308;

// A quantity bounded by ±1 (kappa, a difference of proportions) that R computes as a difference
// of nearly equal numbers can come out as ±1e-17 instead of 0 (kappa of the 6 × 6 table of ones
// is −3.3e-17 in R). Relative error means nothing there, so values R gives below 1e-12 in size
// are compared to an absolute 1e-14 — the rule expectCloseToR applies to an exact 0.
function closeBounded(actual: number, expected: number, label: string): void {
  if (Number.isFinite(expected) && Math.abs(expected) < 1e-12) {
    expect(Math.abs(actual - expected), label).toBeLessThanOrEqual(1e-14);
    return;
  }
  expectCloseToR(actual, expected, label);
}

const closeRows = (
  actual: readonly (readonly number[])[],
  expected: Table,
  label: string,
): void => {
  expect(actual.length, label).toBe(expected.length);
  expected.forEach((row, i) =>
    row.forEach((v, j) => expectCloseToR(actual[i]![j]!, v, `${label}[${i}][${j}]`)),
  );
};

describe('wilsonInterval matches prop.test(x, n, correct, conf.level)$conf.int', () => {
  interface Case {
    x: number;
    n: number;
    confLevel: number;
    correct: boolean;
    estimate: number;
    lower: number;
    upper: number;
    warnings: string[];
  }
  for (const c of loadRFixture<Case>('differential-wilson').cases) {
    it(`${c.x}/${c.n} confLevel=${c.confLevel} correct=${c.correct}`, () => {
      const r = wilsonInterval(c.x, c.n, { confLevel: c.confLevel, correct: c.correct });
      expectCloseToR(r.estimate, c.estimate, 'estimate');
      expectCloseToR(r.lower, c.lower, 'lower');
      expectCloseToR(r.upper, c.upper, 'upper');
      expect(r.confLevel).toBe(c.confLevel);
      // prop.test's only warning is about its test statistic, which an interval does not report.
      expect(c.warnings.every((w) => w === CHISQ_WARNING)).toBe(true);
    });
  }
});

describe('clopperPearsonInterval matches binom.test(x, n, conf.level)', () => {
  interface Case {
    x: number;
    n: number;
    confLevel: number;
    estimate: number;
    lower: number;
    upper: number;
    warnings: string[];
  }
  for (const c of loadRFixture<Case>('differential-clopper-pearson').cases) {
    it(`${c.x}/${c.n} confLevel=${c.confLevel}`, () => {
      const r = clopperPearsonInterval(c.x, c.n, { confLevel: c.confLevel });
      expect(c.warnings).toEqual([]);
      expectCloseToR(r.estimate, c.estimate, 'estimate');
      expectCloseToR(r.lower, c.lower, 'lower');
      expectCloseToR(r.upper, c.upper, 'upper');
    });
  }
});

describe('twoProportionTest matches prop.test(c(x1, x2), c(n1, n2), ...)', () => {
  interface Case {
    x1: number;
    n1: number;
    x2: number;
    n2: number;
    correct: boolean;
    alternative: Alternative;
    confLevel: number;
    method: string;
    statistic: number;
    df: number;
    pValue: number;
    estimate: [number, number];
    confInt: [number, number];
    warnings: string[];
  }
  for (const c of loadRFixture<Case>('differential-prop-test').cases) {
    const label = `${c.x1}/${c.n1} vs ${c.x2}/${c.n2} ${c.alternative} correct=${c.correct} confLevel=${c.confLevel}`;
    const options = { correct: c.correct, alternative: c.alternative, confLevel: c.confLevel };
    it(label, () => {
      const r = twoProportionTest(c.x1, c.n1, c.x2, c.n2, options);
      // R's statistic is NaN (0/0) when the pooled proportion is 0 or 1; ours too, with a reason.
      if (Number.isNaN(c.statistic)) {
        expect([0, c.n1 + c.n2]).toContain(c.x1 + c.x2);
        expect(r.warning).toMatch(/undefined \(NaN, as in R\)$/);
      }
      expect(r.method).toBe(c.method);
      expectCloseToR(r.statistic, c.statistic, 'statistic');
      expect(r.df).toBe(c.df);
      expectCloseToR(r.pValue, c.pValue, 'pValue');
      expectCloseToR(r.estimate[0], c.estimate[0], 'estimate[0]');
      expectCloseToR(r.estimate[1], c.estimate[1], 'estimate[1]');
      closeBounded(r.confInt[0], c.confInt[0], 'confInt[0]');
      closeBounded(r.confInt[1], c.confInt[1], 'confInt[1]');
      expect(r.alternative).toBe(c.alternative);
      expect(r.confLevel).toBe(c.confLevel);
      const why = `x1 + x2 = ${c.x1 + c.x2} of ${c.n1 + c.n2}, so an expected count is 0 and the statistic and p-value are undefined (NaN, as in R)`;
      expectRWarnings(r.warning, c.warnings, Number.isNaN(c.statistic) ? [why] : []);
    });
  }
});

describe('newcombeInterval and riskDifference match the R formulas on prop.test limits', () => {
  interface NewcombeCase {
    x1: number;
    n1: number;
    x2: number;
    n2: number;
    confLevel: number;
    estimate: number;
    lower: number;
    upper: number;
  }
  interface WaldCase {
    x1: number;
    n1: number;
    x2: number;
    n2: number;
    confLevel: number;
    estimate: number;
    confInt: [number, number];
  }
  for (const c of loadRFixture<NewcombeCase>('differential-newcombe').cases) {
    it(`newcombe ${c.x1}/${c.n1} vs ${c.x2}/${c.n2} confLevel=${c.confLevel}`, () => {
      const r = newcombeInterval(c.x1, c.n1, c.x2, c.n2, { confLevel: c.confLevel });
      closeBounded(r.estimate, c.estimate, 'estimate');
      closeBounded(r.lower, c.lower, 'lower');
      closeBounded(r.upper, c.upper, 'upper');
      const d = riskDifference(c.x1, c.n1, c.x2, c.n2, { confLevel: c.confLevel });
      expect(d).toEqual({ estimate: r.estimate, confInt: [r.lower, r.upper], method: 'newcombe' });
    });
  }
  for (const c of loadRFixture<WaldCase>('differential-risk-difference-wald').cases) {
    it(`wald ${c.x1}/${c.n1} vs ${c.x2}/${c.n2} confLevel=${c.confLevel}`, () => {
      const r = riskDifference(c.x1, c.n1, c.x2, c.n2, {
        confLevel: c.confLevel,
        method: 'wald',
      });
      closeBounded(r.estimate, c.estimate, 'estimate');
      closeBounded(r.confInt[0], c.confInt[0], 'confInt[0]');
      closeBounded(r.confInt[1], c.confInt[1], 'confInt[1]');
    });
  }
});

describe('chiSquareTest matches chisq.test(table, correct)', () => {
  interface Case {
    table: Table;
    correct: boolean;
    method: string;
    statistic: number;
    df: number;
    pValue: number;
    expected: Table | number[];
    residuals: Table | number[];
    stdres: Table | number[];
    warnings: string[];
  }
  for (const c of loadRFixture<Case>('differential-chisq').cases) {
    const label = `${JSON.stringify(c.table)} correct=${c.correct}`;
    const oneWay = c.table.length < 2 || c.table[0]!.length < 2;
    if (oneWay) {
      it(`${label}: R's goodness-of-fit test on the vector, and ours`, () => {
        const r = chiSquareTest(c.table, { correct: c.correct });
        expect(r.method).toBe('Chi-squared test for given probabilities');
        expect(r.method).toBe(c.method);
        expectCloseToR(r.statistic, c.statistic, 'statistic');
        expect(r.df).toBe(c.df);
        expectCloseToR(r.pValue, c.pValue, 'pValue');
        // R returns these as vectors; ours keep the table's shape.
        for (const [ours, rs, what] of [
          [r.expected, c.expected, 'expected'],
          [r.residuals, c.residuals, 'residuals'],
          [r.stdres, c.stdres, 'stdres'],
        ] as const) {
          const flat = ours.flat();
          (rs as number[]).forEach((v, i) => expectCloseToR(flat[i]!, v, `${what}[${i}]`));
          expect(flat).toHaveLength((rs as number[]).length);
        }
        expectRWarnings(r.warning, c.warnings);
      });
      continue;
    }
    if (Number.isNaN(c.statistic)) {
      it(`${label}: R's statistic is NaN (a zero margin), ours throws`, () => {
        expect(() => chiSquareTest(c.table, { correct: c.correct })).toThrow(
          /sums to 0.*undefined/,
        );
      });
      continue;
    }
    it(label, () => {
      const r = chiSquareTest(c.table, { correct: c.correct });
      expect(r.method).toBe(c.method);
      expectCloseToR(r.statistic, c.statistic, 'statistic');
      expect(r.df).toBe(c.df);
      expectCloseToR(r.pValue, c.pValue, 'pValue');
      closeRows(r.expected, c.expected as Table, 'expected');
      closeRows(r.residuals, c.residuals as Table, 'residuals');
      closeRows(r.stdres, c.stdres as Table, 'stdres');
      expectRWarnings(r.warning, c.warnings);
    });
  }
});

describe('fisherExactTest matches fisher.test(table, alternative, conf.level, or)', () => {
  interface Case {
    table: Table;
    alternative: Alternative;
    confLevel: number;
    or: number;
    method: string;
    pValue: number;
    estimate: number;
    confInt: [number, number];
    warnings: string[];
  }
  // R's estimate and limits come from uniroot, whose tolerance, .Machine$double.eps^0.25 =
  // 1.22e-4, is absolute on the scale it solves (t = OR below 1, t = 1/OR above), so they can be
  // far from the roots of R's equations (tightEstimate, tightConfInt: 2201.13 against 2174.31
  // for [[60, 1], [1, 60]]; a lower limit of 0 against 1.7e-5 for [[1, 99999], [5, 99995]] at
  // 99.99%). fisherExactTest runs the same uniroot on the same arithmetic, so R's own values are
  // checked to a relative 1e-9 (the worst case over this fixture is about 1e-14).
  for (const c of loadRFixture<Case>('differential-fisher').cases) {
    const label = `${JSON.stringify(c.table)} ${c.alternative} confLevel=${c.confLevel} or=${c.or}`;
    it(
      label,
      () => {
        const r = fisherExactTest(asTwoByTwo(c.table), {
          alternative: c.alternative,
          confLevel: c.confLevel,
          or: c.or,
        });
        expect(c.warnings).toEqual([]);
        expect(r.method).toBe(c.method);
        expectCloseToR(r.pValue, c.pValue, 'pValue');
        expectCloseToR(r.estimate, c.estimate, 'estimate');
        expectCloseToR(r.confInt[0], c.confInt[0], 'lower');
        expectCloseToR(r.confInt[1], c.confInt[1], 'upper');
        expect(r.nullValue).toBe(c.or);
        expect(r.alternative).toBe(c.alternative);
      },
      30_000,
    ); // a table of 580000 counts takes about a second per test
  }
});

describe('mcnemarTest matches mcnemar.test(table, correct) and binom.test(b, b + c)', () => {
  interface Case {
    table: Table;
    correct: boolean;
    exact: boolean;
    error?: string;
    method?: string;
    statistic?: number;
    df?: number;
    parameter?: number;
    pValue?: number;
    estimate?: number;
    confInt?: [number, number];
    warnings?: string[];
  }
  for (const c of loadRFixture<Case>('differential-mcnemar').cases) {
    const label = `${JSON.stringify(c.table)} correct=${c.correct} exact=${c.exact}`;
    const options = { correct: c.correct, exact: c.exact };
    if (c.error !== undefined) {
      it(`${label}: R's binom.test(0, 0) stops (b + c = 0), and so do we`, () => {
        expect(c.table[0]![1]! + c.table[1]![0]!).toBe(0);
        expect(() => mcnemarTest(asTwoByTwo(c.table), options)).toThrow(/b \+ c = 0/);
      });
      continue;
    }
    if (Number.isNaN(c.statistic)) {
      it(`${label}: R's statistic and p-value are NaN (b + c = 0), and ours`, () => {
        expect(c.table[0]![1]! + c.table[1]![0]!).toBe(0);
        const r = mcnemarTest(asTwoByTwo(c.table), options);
        expect([r.statistic, r.pValue, r.df, r.method]).toEqual([NaN, NaN, c.df, c.method]);
        expect(r.warning).toMatch(/b \+ c = 0/);
      });
      continue;
    }
    it(label, () => {
      const r = mcnemarTest(asTwoByTwo(c.table), options);
      expectCloseToR(r.statistic, c.statistic!, 'statistic');
      if (c.exact && c.pValue! < MIN_NORMAL) {
        // binom.test's two-sided sum leaves a rounding artifact below the smallest normal double:
        // for b = 13084, c = 40681 R gives 9.9e-324, yet pbinom(13084, 53765, 0.5, log.p = TRUE)
        // is 10^-3229.9, so the true p-value rounds to 0. Only agreement to ~0 is checked there.
        expect(r.pValue).toBeLessThanOrEqual(1e-320);
      } else {
        expectCloseToR(r.pValue, c.pValue!, 'pValue');
      }
      expect(c.warnings).toEqual([]);
      if (c.exact) {
        // binom.test's method string is its own; ours names the McNemar test it stands for.
        expect(c.method).toBe('Exact binomial test');
        expect(r.method).toBe('Exact McNemar test (binomial test on discordant pairs)');
        expect(r.parameter).toBe(c.parameter);
        expectCloseToR(r.estimate!, c.estimate!, 'estimate');
        expectCloseToR(r.confInt![0], c.confInt![0], 'confInt[0]');
        expectCloseToR(r.confInt![1], c.confInt![1], 'confInt[1]');
        expect(r).not.toHaveProperty('df');
      } else {
        expect(r.method).toBe(c.method);
        expect(r.df).toBe(c.df);
      }
    });
  }
});

describe('cohensKappa matches vcd::Kappa and its confint', () => {
  interface Case {
    table: Table;
    confLevel: number;
    kappa: number;
    se: number;
    confInt: [number, number];
    n: number;
    observedAgreement: number;
    expectedAgreement: number;
    warnings: string[];
  }
  for (const c of loadRFixture<Case>('differential-kappa').cases) {
    const label = `${JSON.stringify(c.table)} confLevel=${c.confLevel}`;
    if (Number.isNaN(c.kappa)) {
      it(`${label}: R's kappa is NaN (chance agreement 1), ours throws`, () => {
        expect(c.expectedAgreement).toBe(1);
        expect(() => cohensKappa(c.table, { confLevel: c.confLevel })).toThrow(RangeError);
      });
      continue;
    }
    it(label, () => {
      const r = cohensKappa(c.table, { confLevel: c.confLevel });
      expect(c.warnings).toEqual([]);
      closeBounded(r.kappa, c.kappa, 'kappa');
      closeBounded(r.se, c.se, 'se');
      closeBounded(r.confInt[0], c.confInt[0], 'confInt[0]');
      closeBounded(r.confInt[1], c.confInt[1], 'confInt[1]');
      expect(r.n).toBe(c.n);
      expectCloseToR(r.observedAgreement, c.observedAgreement, 'observedAgreement');
      expectCloseToR(r.expectedAgreement, c.expectedAgreement, 'expectedAgreement');
    });
  }
});

describe("Cohen's h, Woolf's odds ratio and Newcombe's paired interval match R's formulas", () => {
  interface Effects {
    cohensH: { p1: number; p2: number; h: number }[];
    woolf: { table: Table; confLevel: number; estimate: number; confInt: [number, number] }[];
    newcombePaired: {
      table: Table;
      confLevel: number;
      estimate: number;
      lower: number;
      upper: number;
    }[];
  }
  const {
    cohensH: hs,
    woolf,
    newcombePaired,
  } = loadRFixture<Effects>('differential-effects').cases as unknown as Effects;
  for (const c of hs) {
    it(`cohensH(${c.p1}, ${c.p2})`, () => closeBounded(cohensH(c.p1, c.p2), c.h, 'h'));
  }
  for (const c of woolf) {
    it(`oddsRatio ${JSON.stringify(c.table)} confLevel=${c.confLevel}`, () => {
      const r = oddsRatio(asTwoByTwo(c.table), { confLevel: c.confLevel });
      expectCloseToR(r.estimate, c.estimate, 'estimate');
      expectCloseToR(r.confInt[0], c.confInt[0], 'confInt[0]');
      expectCloseToR(r.confInt[1], c.confInt[1], 'confInt[1]');
    });
  }
  for (const c of newcombePaired) {
    it(`newcombePairedInterval ${JSON.stringify(c.table)} confLevel=${c.confLevel}`, () => {
      const r = newcombePairedInterval(asTwoByTwo(c.table), { confLevel: c.confLevel });
      closeBounded(r.estimate, c.estimate, 'estimate');
      closeBounded(r.lower, c.lower, 'lower');
      closeBounded(r.upper, c.upper, 'upper');
    });
  }
});
