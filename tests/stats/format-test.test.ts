import { describe, expect, it } from 'vitest';
import {
  chiSquareTest,
  fisherExactTest,
  formatTest,
  mannWhitneyTest,
  mcnemarTest,
  oneSampleTTest,
  pairedTTest,
  tidy,
  twoProportionTest,
  welchTTest,
  wilcoxonSignedRankTest,
  type Alternative,
  type TestResult,
} from 'sos-eval/stats';
import { loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  name: string;
  kind: 'signedRank' | 'rankSum' | 'welch' | 'paired' | 'student';
  x: number[];
  y: number[];
  options: { alternative?: Alternative; mu?: number; confLevel?: number };
  text: string[];
}

const fixture = loadRFixture<Case>('htest-print');

interface TableCase {
  name: string;
  kind: 'twoProportion' | 'chiSquare' | 'fisher' | 'mcnemar';
  /** c(x1, n1, x2, n2) for prop.test, the table's rows otherwise. */
  args: number[] | number[][];
  options: Record<string, unknown> | null;
  text: string[];
}

const tableFixture = loadRFixture<TableCase>('htest-print-tables');

// tests/fixtures/r/cases/25-one-sample-t-test.R: t.test(x, mu = , …) printed.
const oneSampleFixture = loadRFixture<{
  name: string;
  x: (number | null)[];
  alternative: Alternative;
  mu: number;
  conf_level: number;
  text: string[];
}>('one-sample-t-test');

function runTable(c: TableCase): TestResult {
  const options = c.options ?? {};
  const table = c.args as [[number, number], [number, number]];
  switch (c.kind) {
    case 'twoProportion': {
      const [x1, n1, x2, n2] = c.args as [number, number, number, number];
      return twoProportionTest(x1, n1, x2, n2, options);
    }
    case 'chiSquare':
      return chiSquareTest(c.args as number[][], options);
    case 'fisher':
      return fisherExactTest(table, options);
    case 'mcnemar':
      return mcnemarTest(table, options);
  }
}

// R frames the block with blank lines and indents the method with a tab.
function printed(text: readonly string[]): string {
  const lines = text.map((l) => l.replace(/^\t/, ''));
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

function run(c: Case): TestResult {
  switch (c.kind) {
    case 'signedRank':
      return wilcoxonSignedRankTest(c.x, c.y, c.options);
    case 'rankSum':
      return mannWhitneyTest(c.x, c.y, c.options);
    case 'paired':
      return pairedTTest(c.x, c.y, c.options);
    case 'welch':
      return welchTTest(c.x, c.y, c.options);
    case 'student':
      return welchTTest(c.x, c.y, { ...c.options, varEqual: true });
  }
}

describe('formatTest matches R print.htest (without the data line)', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(formatTest(run(c))).toBe(printed(c.text));
  });

  // prop.test, chisq.test, fisher.test (as R prints it: uniroot's estimate and limits, which
  // differ from the exact roots in the 5th digit), mcnemar.test, and binom.test(b, b + c) under
  // our exact McNemar method string.
  it.each(tableFixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = runTable(c);
    expect(formatTest(result).split('\n')).toEqual(printed(c.text).split('\n'));
    expect(Object.isFrozen(result)).toBe(true);
  });

  it.each(oneSampleFixture.cases.map((c) => [c.name, c] as const))('one-sample %s', (_name, c) => {
    const options = { alternative: c.alternative, mu: c.mu, confLevel: c.conf_level };
    expect(formatTest(oneSampleTTest(c.x, options))).toBe(printed(c.text));
  });
});

describe('formatTest for results without names', () => {
  it('infers the statistic name from the method and omits what is absent', () => {
    const result = {
      method: "McNemar's Chi-squared test with continuity correction",
      statistic: 3.0625,
      df: 1,
      pValue: 0.0801,
    };
    expect(formatTest(result)).toBe(
      "McNemar's Chi-squared test with continuity correction\n\nMcNemar's chi-squared = 3.0625, df = 1, p-value = 0.0801",
    );
  });

  it('prints group estimates and an interval without a known level', () => {
    const text = formatTest({
      method: 'x',
      pValue: 1e-300,
      estimate: [0.5, 0.25],
      confInt: [0.1, 0.4],
      alternative: 'less',
    });
    expect(text.split('\n')).toEqual([
      'x',
      '',
      'p-value < 2.2e-16',
      'alternative hypothesis: less',
      'confidence interval:',
      ' 0.1 0.4',
      'sample estimates:',
      'prop 1 prop 2 ',
      '  0.50   0.25 ',
    ]);
  });

  it('prints an unnamed estimate as R prints an unnamed vector', () => {
    // R: print(wilcox.test(c(1, 2), c(1, 2), paired = TRUE, conf.int = TRUE)), data line aside.
    const r = wilcoxonSignedRankTest([1, 2], [1, 2], { confInt: true });
    expect(formatTest(r)).toBe(
      [
        'Wilcoxon signed rank test with continuity correction',
        '',
        'V = 0, p-value = NA',
        'alternative hypothesis: true location shift is not equal to 0',
        '0 percent confidence interval:',
        ' NaN NaN',
        'sample estimates:',
        '[1] NaN',
      ].join('\n'),
    );
  });

  it('rejects something that is not a result', () => {
    expect(() => formatTest(null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: result must be a test result with a method, got null]`,
    );
    expect(() => tidy({ pValue: 0.5 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: result must be a test result with a method, got object]`,
    );
  });
});

describe('tidy', () => {
  it('flattens a t-test like broom::tidy, in broom column order', () => {
    // Differences 1, 2, 3: estimate 2, t = 2√3, df 2.
    const row = tidy(pairedTTest([3, 5, 7], [2, 3, 4], { alternative: 'greater' }));
    expect(Object.keys(row)).toEqual([
      'estimate',
      'statistic',
      'pValue',
      'df',
      'confLow',
      'confHigh',
      'method',
      'alternative',
    ]);
    expect(row.estimate).toBe(2);
    expect(row.confHigh).toBe(Infinity);
  });

  it('omits fields the test does not have', () => {
    const row = tidy(wilcoxonSignedRankTest([1, 2, 3]));
    // n = 3 all positive: V = 6, two-sided p = 2 × 1/8 (× (1 + 2.2e-16): R's exp(−3 ln 2)).
    expect(row).toEqual({
      statistic: 6,
      pValue: expect.closeTo(0.25, 15),
      method: 'Wilcoxon signed rank exact test',
      alternative: 'two.sided',
    });
  });

  it('uses the difference of a pair of group estimates', () => {
    expect(tidy({ method: 'm', pValue: 0.5, estimate: [0.75, 0.5] }).estimate).toBe(0.25);
  });
});
