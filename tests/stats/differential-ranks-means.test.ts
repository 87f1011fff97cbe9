// Differential sweep against R: a few hundred random inputs (tests/fixtures/r/cases/
// 60-differential-ranks-means.R, seed 60) for the rank tests, t-tests, p.adjust and Cohen's d_z.
// Every field R returns is compared; where R stops with an error we must throw a RangeError that
// says the same thing; R's print.htest text is compared with formatTest.
import { describe, expect, it } from 'vitest';
import {
  adjustPValues,
  cohensDz,
  formatTest,
  kruskalWallisTest,
  mannWhitneyTest,
  P_ADJUST_METHODS,
  pairedTTest,
  welchTTest,
  wilcoxonSignedRankTest,
  type Alternative,
  type PAdjustMethod,
} from 'sos-eval/stats';
import {
  expectCloseToR,
  expectCloseToRNearZero,
  expectPrintedLikeR,
  expectRWarnings,
  loadRFixture,
} from '../_support/r-fixtures.js';

type Sample = (number | null)[];

const UNDEFINED_P =
  'every value is tied (or zero), so the normal approximation has zero variance and the p-value is undefined (NaN, as in R)';
const KRUSKAL_TIED = 'every value is tied, so the statistic and p-value are undefined (NaN)';

/** The smallest positive normal double, 2^−1022. */
const MIN_NORMAL = 2.2250738585072014e-308;

// R's error message → what ours must say (a RangeError in every case).
const R_ERRORS: Record<string, RegExp> = {
  "not enough (non-missing) 'x' observations": /^x.* must have at least 1 /,
  "not enough 'y' observations": /^y must have at least \d non-missing value/,
  "not enough 'x' observations": /^x.* must have at least \d (non-missing value|complete pair)/,
  'not enough observations': /need at least 3 non-missing values together/,
  "'x' and 'y' must have the same length": /^x and y must have the same length/,
  "'x' must be a list with at least 2 elements": /^groups must hold at least 2 samples/,
  'all groups must contain data': /^groups\[\d+\] must have at least 1 non-missing value/,
  'data are essentially constant': /^data are essentially constant/,
  'n >= lp is not TRUE': /^n must be at least the number of non-missing p-values/,
};

function expectRError(run: () => unknown, rMessage: string): void {
  const pattern = R_ERRORS[rMessage];
  expect(pattern, `a pattern for R's error "${rMessage}"`).toBeDefined();
  expect(run).toThrow(RangeError);
  expect(run).toThrow(pattern!);
}

// R frames print.htest with blank lines and indents the method with a tab.
function printed(text: readonly string[]): string {
  const lines = text.map((l) => l.replace(/^\t/, ''));
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

interface RankCase {
  name: string;
  x: Sample;
  y: Sample | null;
  alternative: Alternative;
  mu: number;
  exact: boolean | null;
  correct: boolean;
  error?: string;
  method: string;
  statistic: number;
  p_value: number;
  exact_used: boolean;
  warnings: string[];
  text: string[];
}

const rankOptions = (c: RankCase) => ({
  alternative: c.alternative,
  mu: c.mu,
  correct: c.correct,
  ...(c.exact === null ? {} : { exact: c.exact }),
});

const signedRank = loadRFixture<RankCase>('differential-signed-rank');
const rankSum = loadRFixture<RankCase>('differential-rank-sum');

describe.each([
  ['wilcoxonSignedRankTest ~ wilcox.test(paired = TRUE)', signedRank.cases, true],
  ['mannWhitneyTest ~ wilcox.test(x, y)', rankSum.cases, false],
] as const)('%s on random inputs', (_title, cases, paired) => {
  const run = (c: RankCase) =>
    paired
      ? wilcoxonSignedRankTest(c.x, c.y, rankOptions(c)) // y: null is R's y = NULL (one sample)
      : mannWhitneyTest(c.x, c.y!, rankOptions(c));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    if (c.error !== undefined) {
      expectRError(() => run(c), c.error);
      return;
    }
    const r = run(c);
    expect(r.method).toBe(c.method);
    expect(r.exact).toBe(c.exact_used);
    expect(r.alternative).toBe(c.alternative);
    expect(r.nullValue).toBe(c.mu);
    expectCloseToR(r.statistic, c.statistic, 'statistic');
    expectCloseToR(r.pValue, c.p_value, 'p-value');
    expectRWarnings(r.warning, c.warnings, Number.isNaN(r.pValue) ? [UNDEFINED_P] : []);
    if (Number.isNaN(r.pValue)) expect(r.warning).toContain(UNDEFINED_P);
    expect(formatTest(r)).toBe(printed(c.text));
  });

  it('covers what the sweep is for', () => {
    const ok = cases.filter((c) => c.error === undefined);
    expect(ok.length).toBeGreaterThan(150);
    for (const a of ['two.sided', 'less', 'greater']) {
      expect(ok.some((c) => c.alternative === a && c.exact_used)).toBe(true);
      expect(ok.some((c) => c.alternative === a && !c.exact_used)).toBe(true);
    }
    expect(ok.some((c) => c.exact === true && c.warnings.length > 0)).toBe(true);
    expect(ok.some((c) => c.exact === false && c.x.length < 50)).toBe(true);
    expect(ok.some((c) => !c.correct && !c.exact_used)).toBe(true);
    expect(ok.some((c) => c.mu !== 0 && c.exact_used)).toBe(true);
    expect(ok.some((c) => c.x.some((v) => v === null) && c.x.some((v) => Number.isNaN(v)))).toBe(
      true,
    );
    expect(ok.some((c) => Number.isNaN(c.p_value))).toBe(true);
    expect(Math.min(...ok.map((c) => c.p_value).filter((p) => p > 0))).toBeLessThan(1e-280);
    expect(ok.some((c) => c.p_value === 0)).toBe(true);
    expect(cases.some((c) => c.error !== undefined)).toBe(true);
  });
});

interface KruskalCase {
  name: string;
  groups: Sample[];
  error?: string;
  method: string;
  statistic: number;
  df: number;
  p_value: number;
  warnings: string[];
  text: string[];
}

const kruskal = loadRFixture<KruskalCase>('differential-kruskal');

describe('kruskalWallisTest ~ kruskal.test(list) on random inputs', () => {
  it.each(kruskal.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    if (c.error !== undefined) {
      expectRError(() => kruskalWallisTest(c.groups), c.error);
      return;
    }
    const r = kruskalWallisTest(c.groups);
    expect(r.method).toBe(c.method);
    expectCloseToR(r.statistic, c.statistic, 'statistic');
    expect(r.df).toBe(c.df);
    expectCloseToR(r.pValue, c.p_value, 'p-value');
    expectRWarnings(r.warning, c.warnings, Number.isNaN(r.statistic) ? [KRUSKAL_TIED] : []);
    expect(formatTest(r)).toBe(printed(c.text));
  });
});

interface TCase {
  name: string;
  x: Sample;
  y: Sample;
  paired: boolean;
  var_equal: boolean;
  alternative: Alternative;
  mu: number;
  conf_level: number;
  cohens_dz?: number | null;
  error?: string;
  method: string;
  statistic: number;
  df: number;
  p_value: number;
  estimate: number[];
  conf_int: [number, number];
  stderr: number;
  warnings: string[];
  text: string[];
}

const tTests = loadRFixture<TCase>('differential-t-tests');

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);
const maxAbs = (values: readonly number[]): number => Math.max(0, ...values.map(Math.abs));

// The data's magnitude, for means that can cancel to ~0 (docs/statistics.md): max|x| and max|y|,
// or for paired data max|x − y| and the SD of the differences.
function magnitudes(c: TCase): { x: number; y: number; d: number; sdD: number } {
  const d = c.x.flatMap((v, i) => {
    const w = c.y[i];
    return finite(v) && finite(w ?? null) ? [v - (w as number)] : [];
  });
  const m = d.reduce((a, b) => a + b, 0) / d.length;
  const sdD = Math.sqrt(d.reduce((a, v) => a + (v - m) ** 2, 0) / (d.length - 1));
  return { x: maxAbs(c.x.filter(finite)), y: maxAbs(c.y.filter(finite)), d: maxAbs(d), sdD };
}

describe('pairedTTest and welchTTest ~ t.test on random inputs', () => {
  it.each(tTests.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const options = { alternative: c.alternative, mu: c.mu, confLevel: c.conf_level };
    const run = () =>
      c.paired
        ? pairedTTest(c.x, c.y, options)
        : welchTTest(c.x, c.y, { ...options, varEqual: c.var_equal });
    if (c.paired) {
      // R: mean(d) / sd(d); NA (sd of one value) where we throw.
      if (c.cohens_dz === null || c.cohens_dz === undefined) {
        expect(() => cohensDz(c.x, c.y)).toThrow(RangeError);
      } else {
        // mean(d)/sd(d): the mean's error is bounded by max|d|, so d_z's by max|d|/sd(d).
        const { d, sdD } = magnitudes(c);
        expectCloseToRNearZero(cohensDz(c.x, c.y), c.cohens_dz, 'cohensDz', d / sdD);
      }
    }
    if (c.error !== undefined) {
      expectRError(run, c.error);
      return;
    }
    expect(c.warnings).toEqual([]);
    const r = run();
    // R pastes NULL before "Two Sample t-test", leaving a leading space; we return it trimmed.
    expect(r.method).toBe(c.method.trim());
    // Means are compared at 1e-9 × the data's magnitude (and t at that over the standard error):
    // where a mean cancels to ~0 R's long double sum and our compensated one differ in every digit.
    const size = magnitudes(c);
    const meanScale = c.paired ? size.d : size.x + size.y;
    const tScale = (meanScale + Math.abs(c.mu)) / c.stderr;
    expectCloseToRNearZero(r.statistic, c.statistic, 't', tScale);
    expectCloseToR(r.df, c.df, 'df');
    if (c.p_value > 0 && c.p_value < MIN_NORMAL) {
      // Known limit: below the smallest normal double R's pt() returns a subnormal carrying only
      // a few significant bits (its toms708 pbeta rounds them differently from exp of its own
      // log p-value in about half of such cases); ours underflows there too, to a subnormal or 0.
      expect(r.pValue).toBeLessThan(MIN_NORMAL);
    } else {
      expectCloseToR(r.pValue, c.p_value, 'p-value');
    }
    expectCloseToR(r.stderr, c.stderr, 'stderr');
    expectCloseToR(r.confInt[0], c.conf_int[0], 'lower');
    expectCloseToR(r.confInt[1], c.conf_int[1], 'upper');
    expect(r.confLevel).toBe(c.conf_level);
    expect(r.nullValue).toBe(c.mu);
    if (c.paired) {
      expectCloseToRNearZero(r.estimate as number, c.estimate[0]!, 'mean difference', size.d);
    } else {
      const [mx, my] = r.estimate as readonly [number, number];
      expectCloseToRNearZero(mx, c.estimate[0]!, 'mean of x', size.x);
      expectCloseToRNearZero(my, c.estimate[1]!, 'mean of y', size.y);
    }
    // R's printed text, exactly; where a mean cancels to ~0 (R's is within 1e-9 × the data's
    // magnitude of 0) its printed digits, and t's, are rounding noise, compared as numbers.
    const cancels = c.paired
      ? Math.abs(c.estimate[0]!) <= 1e-9 * size.d
      : Math.abs(c.estimate[0]!) <= 1e-9 * size.x || Math.abs(c.estimate[1]!) <= 1e-9 * size.y;
    if (cancels) {
      expectPrintedLikeR(formatTest(r), printed(c.text), 1e-9 * Math.max(meanScale, tScale));
    } else {
      expect(formatTest(r)).toBe(printed(c.text));
    }
  });

  it('covers every design, alternative and confidence level', () => {
    const ok = tTests.cases.filter((c) => c.error === undefined);
    for (const level of [0.8, 0.9, 0.95, 0.99])
      expect(ok.some((c) => c.conf_level === level)).toBe(true);
    for (const a of ['two.sided', 'less', 'greater']) {
      expect(ok.some((c) => c.alternative === a && c.paired)).toBe(true);
      expect(ok.some((c) => c.alternative === a && c.var_equal)).toBe(true);
      expect(ok.some((c) => c.alternative === a && !c.paired && !c.var_equal)).toBe(true);
    }
    expect(Math.min(...ok.map((c) => c.p_value).filter((p) => p > 0))).toBeLessThan(1e-200);
    expect(tTests.cases.filter((c) => c.error !== undefined).length).toBeGreaterThan(5);
  });
});

type PAdjustCase = { name: string; p: Sample; n: number | null } & Record<
  PAdjustMethod,
  Sample | { error: string }
>;

const pAdjust = loadRFixture<PAdjustCase>('differential-p-adjust');

describe('adjustPValues ~ p.adjust on random inputs', () => {
  it('knows every method in R p.adjust.methods', () => {
    // R 4.2: p.adjust.methods
    expect([...P_ADJUST_METHODS].sort()).toEqual(
      ['holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'fdr', 'none'].sort(),
    );
  });

  const rows = pAdjust.cases.flatMap((c) =>
    P_ADJUST_METHODS.map((m) => [`${c.name} ${m}`, c, m] as const),
  );
  it.each(rows)('%s', (_name, c, method) => {
    const want = c[method];
    const run = () => (c.n === null ? adjustPValues(c.p, method) : adjustPValues(c.p, method, c.n));
    if (!Array.isArray(want)) {
      expectRError(run, want.error);
      return;
    }
    const got = run();
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => {
      const g = got[i];
      if (w === null || Number.isNaN(w)) expect(g, `entry ${i}`).toBe(w);
      else expectCloseToR(g as number, w, `entry ${i}`);
    });
  });
});

// Where the documented contract departs from R on purpose: these are broken arguments, so we throw
// a RangeError naming the argument where R would carry on (or fail with a generic message).
describe('contract departures from R', () => {
  it('confLevel must lie strictly inside (0, 1); R also accepts 0 and 1', () => {
    for (const confLevel of [0, 1, 1.5, -0.1]) {
      expect(() => pairedTTest([1, 2, 4], [0, 0, 1], { confLevel })).toThrow(RangeError);
      expect(() => welchTTest([1, 2, 4], [0, 0, 1], { confLevel })).toThrow(/confLevel/);
    }
  });

  it('paired samples of different lengths name both arguments', () => {
    // R: t.test(paired = TRUE) stops with "not all arguments have the same length".
    expect(() => pairedTTest([1, 2, 3], [1, 2])).toThrow(
      /^x and y must have the same length for paired data, got 3 and 2$/,
    );
    expect(() => cohensDz([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  it('p-values outside [0, 1] are refused; R would cap n·p at 1 without a word', () => {
    expect(() => adjustPValues([0.2, 1.5], 'bonferroni')).toThrow(
      /^p\[1\] must be between 0 and 1/,
    );
  });
});
