import { describe, expect, it } from 'vitest';
import {
  formatTest,
  mannWhitneyTest,
  wilcoxonSignedRankTest,
  type Alternative,
  type TestResult,
} from 'sos-eval/stats';
import { expectCloseToR, expectRWarnings, loadRFixture } from '../_support/r-fixtures.js';

// R's wilcox.test(conf.int = TRUE), from tests/fixtures/r/cases/65-rank-conf-int.R.
interface Case {
  name: string;
  kind: 'one' | 'paired' | 'ranksum';
  x: number[];
  y: number[] | null;
  alternative: Alternative;
  mu: number;
  exact: boolean | null;
  correct: boolean;
  conf_level: number;
  error?: string;
  method?: string;
  statistic?: number;
  p_value?: number;
  estimate?: number;
  estimate_name?: string | null;
  conf_int?: [number, number];
  achieved_conf_level?: number;
  warnings?: string[];
  text?: string[] | null;
}

const fixture = loadRFixture<Case>('rank-conf-int');

// sos-eval's own explanation where R's p-value is NaN without a word.
const NAN_EXPLANATION = /normal approximation has zero variance/;

function run(c: Case) {
  const options = {
    alternative: c.alternative,
    mu: c.mu,
    correct: c.correct,
    confInt: true,
    confLevel: c.conf_level,
    ...(c.exact === null ? {} : { exact: c.exact }),
  };
  if (c.kind === 'ranksum') return mannWhitneyTest(c.x, c.y as number[], options);
  return wilcoxonSignedRankTest(c.x, c.kind === 'paired' ? c.y : undefined, options);
}

// R frames print.htest with blank lines and indents the method with a tab.
function printed(text: readonly string[]): string {
  const lines = text.map((l) => l.replace(/^\t/, ''));
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

describe('wilcox.test(conf.int = TRUE) against R', () => {
  it('has the cases the brief asks for', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(150);
  });

  for (const c of fixture.cases.filter((k) => k.error === undefined)) {
    it(`${c.kind}: ${c.name}`, () => {
      const r = run(c);
      expect(r.method).toBe(c.method);
      expectCloseToR(r.statistic, c.statistic as number, 'statistic');
      expectCloseToR(r.pValue, c.p_value as number, 'pValue');
      expectCloseToR(r.estimate as number, c.estimate as number, 'estimate');
      expect(r.estimateName).toBe(c.estimate_name ?? undefined);
      const [lower, upper] = c.conf_int as [number, number];
      expect(r.confInt).toHaveLength(2);
      expectCloseToR(r.confInt?.[0] as number, lower, 'lower limit');
      expectCloseToR(r.confInt?.[1] as number, upper, 'upper limit');
      expectCloseToR(r.confLevel as number, c.achieved_conf_level as number, 'confLevel');
      expectRWarnings(r.warning, c.warnings ?? [], [NAN_EXPLANATION]);
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.confInt)).toBe(true);
    });
  }

  for (const c of fixture.cases.filter((k) => k.error !== undefined)) {
    it(`${c.kind}: ${c.name} throws where R stops (${c.error})`, () => {
      expect(() => run(c)).toThrow(RangeError);
      expect(() => run(c)).toThrow(/every difference x − y is the same/);
    });
  }

  for (const c of fixture.cases.filter((k) => k.text != null)) {
    it(`formatTest prints as print.htest: ${c.name}`, () => {
      expect(formatTest(run(c) as TestResult)).toBe(printed(c.text as string[]));
    });
  }
});

describe('confInt and confLevel options', () => {
  it('leave the result as it was when confInt is false', () => {
    const x = [5, 6, 7, 4, 8, 6.5];
    const y = [3, 4.5, 7.5, 1, 4, 1];
    const plain = wilcoxonSignedRankTest(x, y);
    expect(wilcoxonSignedRankTest(x, y, { confInt: false, confLevel: 0.9 })).toEqual(plain);
    expect(plain).not.toHaveProperty('estimate');
    expect(plain).not.toHaveProperty('confInt');
    const mw = mannWhitneyTest([7, 8, 9], [4, 5, 6]);
    expect(mw).not.toHaveProperty('confLevel');
    expect(mw).not.toHaveProperty('estimateName');
  });

  it('reject a confLevel outside (0, 1) and a non-boolean confInt, naming them', () => {
    for (const confLevel of [0, 1, -0.5, 1.5, NaN]) {
      expect(() => wilcoxonSignedRankTest([1, 2, 3], null, { confInt: true, confLevel })).toThrow(
        /confLevel/,
      );
      expect(() => mannWhitneyTest([1, 2], [3, 4], { confInt: true, confLevel })).toThrow(
        RangeError,
      );
    }
    expect(() => mannWhitneyTest([1, 2], [3, 4], { confInt: 'yes' as unknown as boolean })).toThrow(
      /confInt/,
    );
  });

  // Hand arithmetic: x = (1, 2, 4) has Walsh averages 1, 1.5, 2, 2.5, 3, 4; the median is
  // (2 + 2.5)/2 = 2.25. For the 80% one-sided interval, α = 0.2: P(V ≤ 0) = 1/8 < 0.2 ≤
  // P(V ≤ 1) = 2/8, so qsignrank(0.2, 3) = 1 and the interval starts at the first average, 1;
  // the achieved α = P(V ≤ 0) = 0.125 is below 0.2, so no warning and the level stays 0.8.
  it('computes a small exact interval by hand', () => {
    const r = wilcoxonSignedRankTest([1, 2, 4], null, {
      confInt: true,
      confLevel: 0.8,
      alternative: 'greater',
    });
    expect(r.estimate).toBe(2.25);
    expect(r.confInt).toEqual([1, Infinity]);
    expect(r.confLevel).toBe(0.8);
    expect(r.warning).toBeUndefined();
  });
});
