import { describe, expect, it } from 'vitest';
import { pairedTTest, welchTTest, type Alternative } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  name: string;
  x: (number | null)[];
  y: (number | null)[];
  paired: boolean;
  var_equal: boolean;
  alternative: Alternative;
  mu: number;
  conf_level: number;
  method: string;
  statistic: number;
  df: number;
  p_value: number;
  estimate: number[];
  conf_int: [number, number];
  stderr: number;
}

const fixture = loadRFixture<Case>('t-tests');

describe('pairedTTest and welchTTest match R t.test', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const options = { alternative: c.alternative, mu: c.mu, confLevel: c.conf_level };
    const r = c.paired
      ? pairedTTest(c.x, c.y, options)
      : welchTTest(c.x, c.y, { ...options, varEqual: c.var_equal });
    // R pastes NULL before "Two Sample t-test", leaving a leading space; we return it trimmed.
    expect(r.method).toBe(c.method.trim());
    expectCloseToR(r.statistic, c.statistic, 't');
    expectCloseToR(r.df, c.df, 'df');
    expectCloseToR(r.pValue, c.p_value, 'p-value');
    expectCloseToR(r.stderr, c.stderr, 'stderr');
    expectCloseToR(r.confInt[0], c.conf_int[0], 'lower');
    expectCloseToR(r.confInt[1], c.conf_int[1], 'upper');
    if (c.paired) {
      expectCloseToR(r.estimate as number, c.estimate[0] as number, 'mean difference');
    } else {
      // R's estimate: the two means; the interval is for their difference.
      const [mx, my] = r.estimate as readonly [number, number];
      expectCloseToR(mx, c.estimate[0] as number, 'mean of x');
      expectCloseToR(my, c.estimate[1] as number, 'mean of y');
      expectCloseToR(
        r.difference!,
        (c.estimate[0] as number) - (c.estimate[1] as number),
        'difference',
      );
    }
  });

  it('includes a p-value below 1e-30', () => {
    expect(Math.min(...fixture.cases.map((c) => c.p_value))).toBeLessThan(1e-30);
  });
});

describe('t-tests by hand', () => {
  it('paired: differences 1, 2, 3 give t = 2/(1/√3) = 2√3 on 2 df', () => {
    const r = pairedTTest([3, 5, 7], [2, 3, 4]);
    expect(r.statistic).toBeCloseTo(2 * Math.sqrt(3), 14);
    expect([r.df, r.estimate, r.nX, r.nMissing, r.alternative]).toEqual([2, 2, 3, 0, 'two.sided']);
    expect(Object.isFrozen(r) && Object.isFrozen(r.confInt)).toBe(true);
  });

  it('Student: pooled variance (2·1 + 2·4)/4 = 2.5, stderr √(2.5·2/3)', () => {
    const r = welchTTest([1, 2, 3], [3, 5, 7], { varEqual: true });
    expect(r.stderr).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(r.df).toBe(4);
    expect(r.method).toBe('Two Sample t-test');
  });

  it('one-sided intervals are open at one end', () => {
    expect(welchTTest([1, 2, 3], [3, 5, 7], { alternative: 'less' }).confInt[0]).toBe(-Infinity);
    expect(pairedTTest([3, 5, 7], [2, 3, 4], { alternative: 'greater' }).confInt[1]).toBe(Infinity);
  });
});

describe('t-test arguments', () => {
  it('rejects unequal paired lengths, too few values and constant data', () => {
    expect(() => pairedTTest([1, 2, 3], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x and y must have the same length for paired data, got 3 and 2]`,
    );
    expect(() => pairedTTest([1, 2], [1, null])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x and y must have at least 2 complete pairs, got 1 (from an array of length 2)]`,
    );
    expect(() => welchTTest([1], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must have at least 2 non-missing values, got 1 (from an array of length 1)]`,
    );
    expect(() => welchTTest([NaN, NaN], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must have at least 2 non-missing values, got 0 (from an array of length 2)]`,
    );
    expect(() => welchTTest([1], [2], { varEqual: true })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x and y need at least 3 non-missing values together, got 2]`,
    );
    expect(() => pairedTTest([2, 3, 4], [1, 2, 3])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: data are essentially constant (standard error 0)]`,
    );
  });

  it('rejects confLevel outside (0, 1) and other bad options', () => {
    expect(() =>
      pairedTTest([1, 2, 4], [0, 0, 0], { confLevel: 1.5 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got 1.5]`,
    );
    expect(() =>
      welchTTest([1, 2, 4], [0, 1, 0], { confLevel: 0 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got 0]`,
    );
    expect(() =>
      welchTTest([1, 2, 4], [0, 1, 0], { varEqual: 'no' as never }),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: varEqual must be true or false, got "no"]`);
    expect(() =>
      welchTTest([1, 2, 4], [0, 1, 0], { mu: Infinity }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: mu must be a finite number, got Infinity]`);
    expect(() => welchTTest(null as never, [0, 1, 0])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: x must be an array, got null]`,
    );
  });

  // R: t.test(c(1, 2, Inf), c(2, 3, 4)) and t.test(c(1, 2, Inf), c(2, 3, 4), paired = TRUE) both
  // stop with "missing value where TRUE/FALSE needed" (the standard error is NaN). Before this
  // refusal the package answered NaN with nMissing 0, as if nothing were wrong.
  it('refuses infinite values, naming the element, as R stops on them', () => {
    expect(() => welchTTest([1, 2, Infinity], [2, 3, 4])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x[2] is Infinity: a t-test needs finite values (R's t.test stops here too); drop or recode it]`,
    );
    expect(() => welchTTest([1, 2, 3], [2, -Infinity, 4])).toThrow(/^y\[1\] is -Infinity/);
    expect(() => pairedTTest([1, 2, Infinity], [2, 3, 4])).toThrow(/^x\[2\] is Infinity/);
    // A pair with a missing side is dropped before the check, as complete.cases() drops it in R:
    // t.test(c(1, 2, Inf, 5), c(2, 3, NA, 7), paired = TRUE) runs on the three complete pairs.
    const kept = pairedTTest([1, 2, Infinity, 5], [2, 3, null, 7]);
    expect(kept.nX).toBe(3);
    expect(kept.nMissing).toBe(1);
    expect(kept.estimate).toBeCloseTo((-1 - 1 - 2) / 3, 14);
  });
});
