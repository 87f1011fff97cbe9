import { describe, expect, it } from 'vitest';
import { oneSampleTTest, pairedTTest, tidy, type Alternative } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

// The arguments of R's t.test(x, mu = , alternative = , conf.level = ), then its htest in R's
// order (statistic, parameter, p.value, conf.int, estimate, null.value, stderr, method).
interface Case {
  name: string;
  x: (number | null)[];
  mu: number;
  alternative: Alternative;
  conf_level: number;
  statistic: number;
  df: number;
  p_value: number;
  conf_int: [number, number];
  estimate: number;
  estimate_name: string;
  null_value: number;
  null_value_name: string;
  stderr: number;
  method: string;
}

// tests/fixtures/r/cases/25-one-sample-t-test.R (its print.htest text is checked in
// format-test.test.ts)
const fixture = loadRFixture<Case>('one-sample-t-test');

describe('oneSampleTTest matches R t.test(x, mu = )', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = oneSampleTTest(c.x, {
      alternative: c.alternative,
      mu: c.mu,
      confLevel: c.conf_level,
    });
    expect([r.method, r.estimateName, r.nullValueName]).toEqual([
      c.method,
      c.estimate_name,
      c.null_value_name,
    ]);
    expect([r.alternative, r.nullValue, r.confLevel]).toEqual([c.alternative, c.mu, c.conf_level]);
    const numbers: [ours: number, r: number, label: string][] = [
      [r.statistic, c.statistic, 't'],
      [r.df, c.df, 'df'],
      [r.pValue, c.p_value, 'p-value'],
      [r.confInt[0], c.conf_int[0], 'lower'],
      [r.confInt[1], c.conf_int[1], 'upper'],
      [r.estimate, c.estimate, 'mean of x'],
      [r.stderr, c.stderr, 'stderr'],
    ];
    for (const [ours, fromR, label] of numbers) expectCloseToR(ours, fromR, label);
  });

  it('includes a p-value below 1e-30 and missing values', () => {
    expect(Math.min(...fixture.cases.map((c) => c.p_value))).toBeLessThan(1e-30);
    expect(fixture.cases.some((c) => c.x.some((v) => v === null || Number.isNaN(v)))).toBe(true);
  });
});

describe('oneSampleTTest by hand', () => {
  it('mean 4, SD 2, mu 1: t = 3/(2/√3) = 1.5√3 on 2 df', () => {
    const r = oneSampleTTest([2, 4, 6], { mu: 1 });
    expect(r.statistic).toBeCloseTo(1.5 * Math.sqrt(3), 14);
    expect(r.stderr).toBeCloseTo(2 / Math.sqrt(3), 14);
    expect([r.df, r.estimate, r.nX, r.nY, r.nMissing]).toEqual([2, 4, 3, 0, 0]);
    expect(Object.isFrozen(r) && Object.isFrozen(r.confInt)).toBe(true);
    expect(tidy(r).estimate).toBe(4);
  });

  it('drops and counts missing values', () => {
    const r = oneSampleTTest([2, null, 4, Number.NaN, 6, undefined]);
    expect([r.nX, r.nMissing, r.estimate]).toEqual([3, 3, 4]);
  });

  it('one-sided intervals are open at one end', () => {
    expect(oneSampleTTest([2, 4, 6], { alternative: 'less' }).confInt[0]).toBe(-Infinity);
    expect(oneSampleTTest([2, 4, 6], { alternative: 'greater' }).confInt[1]).toBe(Infinity);
  });

  it('is the paired test of x − y, as R builds the paired test', () => {
    const x = [5.1, 6.3, 4.8, 7.2, 5.9, 6.6];
    const y = [4.2, 6.1, 5.0, 6.1, 5.2, 5.3];
    const options = { mu: 0.25, alternative: 'greater', confLevel: 0.9 } as const;
    const one = oneSampleTTest(
      x.map((v, i) => v - y[i]!),
      options,
    );
    const paired = pairedTTest(x, y, options);
    for (const key of ['statistic', 'df', 'pValue', 'estimate', 'stderr', 'confInt'] as const) {
      expect(paired[key], key).toEqual(one[key]);
    }
  });
});

describe('oneSampleTTest arguments', () => {
  it('refuses too few values, constant data and infinite values, naming them', () => {
    expect(() => oneSampleTTest([1, null])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must have at least 2 non-missing values, got 1 (from an array of length 2)]`,
    );
    expect(() => oneSampleTTest([3, 3, 3])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: data are essentially constant (standard error 0)]`,
    );
    expect(() => oneSampleTTest([1, Infinity, 3])).toThrow(/^x\[1\] is Infinity/);
    expect(() => oneSampleTTest([1, 'a' as never])).toThrow(TypeError);
    expect(() => oneSampleTTest(null as never)).toThrow(/^x must be an array/);
  });

  it('refuses bad options, naming them', () => {
    expect(() => oneSampleTTest([1, 2, 4], { mu: Number.NaN })).toThrow(/^mu must be/);
    expect(() => oneSampleTTest([1, 2, 4], { confLevel: 1 })).toThrow(/^confLevel must be/);
    expect(() => oneSampleTTest([1, 2, 4], { alternative: 'both' as never })).toThrow(
      /alternative/,
    );
  });
});
