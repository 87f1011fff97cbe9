import { describe, expect, it } from 'vitest';
import {
  formatTest,
  mannWhitneyTest,
  pairedTTest,
  tidy,
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
    // R frames the block with blank lines and indents the method with a tab.
    const lines = c.text.map((l) => l.replace(/^\t/, ''));
    while (lines[0] === '') lines.shift();
    while (lines.at(-1) === '') lines.pop();
    expect(formatTest(run(c))).toBe(lines.join('\n'));
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
    // n = 3 all positive: V = 6, two-sided p = 2 × 1/8.
    expect(row).toEqual({
      statistic: 6,
      pValue: 0.25,
      method: 'Wilcoxon signed rank exact test',
      alternative: 'two.sided',
    });
  });

  it('uses the difference of a pair of group estimates', () => {
    expect(tidy({ method: 'm', pValue: 0.5, estimate: [0.75, 0.5] }).estimate).toBe(0.25);
  });
});
