import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  clopperPearsonInterval,
  newcombeInterval,
  riskDifference,
  wilsonInterval,
} from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface OneCase {
  x: number;
  n: number;
  confLevel: number;
  correct?: boolean;
  estimate: number;
  lower: number;
  upper: number;
}
interface TwoCase {
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  confLevel: number;
  estimate: number;
  lower: number;
  upper: number;
  waldLower: number;
  waldUpper: number;
}

describe('wilsonInterval matches prop.test(x, n, correct)$conf.int', () => {
  for (const c of loadRFixture<OneCase>('wilson-interval').cases) {
    it(`x=${c.x} n=${c.n} confLevel=${c.confLevel} correct=${c.correct}`, () => {
      const r = wilsonInterval(c.x, c.n, { confLevel: c.confLevel, correct: c.correct! });
      expectCloseToR(r.estimate, c.estimate, 'estimate');
      expectCloseToR(r.lower, c.lower, 'lower');
      expectCloseToR(r.upper, c.upper, 'upper');
      expect(Object.isFrozen(r)).toBe(true);
    });
  }
});

describe('clopperPearsonInterval matches binom.test(x, n)$conf.int', () => {
  for (const c of loadRFixture<OneCase>('clopper-pearson-interval').cases) {
    it(`x=${c.x} n=${c.n} confLevel=${c.confLevel}`, () => {
      const r = clopperPearsonInterval(c.x, c.n, { confLevel: c.confLevel });
      expectCloseToR(r.estimate, c.estimate, 'estimate');
      expectCloseToR(r.lower, c.lower, 'lower');
      expectCloseToR(r.upper, c.upper, 'upper');
    });
  }
});

describe('newcombeInterval and riskDifference match the formula in R', () => {
  for (const c of loadRFixture<TwoCase>('newcombe-interval').cases) {
    it(`${c.x1}/${c.n1} vs ${c.x2}/${c.n2} confLevel=${c.confLevel}`, () => {
      const r = newcombeInterval(c.x1, c.n1, c.x2, c.n2, { confLevel: c.confLevel });
      expectCloseToR(r.estimate, c.estimate, 'estimate');
      expectCloseToR(r.lower, c.lower, 'lower');
      expectCloseToR(r.upper, c.upper, 'upper');
      const nc = riskDifference(c.x1, c.n1, c.x2, c.n2, { confLevel: c.confLevel });
      expect(nc).toEqual({ estimate: r.estimate, confInt: [r.lower, r.upper], method: 'newcombe' });
      const w = riskDifference(c.x1, c.n1, c.x2, c.n2, { confLevel: c.confLevel, method: 'wald' });
      expectCloseToR(w.confInt[0], c.waldLower, 'wald lower');
      expectCloseToR(w.confInt[1], c.waldUpper, 'wald upper');
    });
  }

  it('reproduces Newcombe (1998) Table II, method 10, example (a)', () => {
    // Published to 4 d.p.: 56/70 − 48/80 → 0.0524 to 0.3339.
    const r = newcombeInterval(56, 70, 48, 80);
    expect(r.lower).toBeCloseTo(0.0524, 4);
    expect(r.upper).toBeCloseTo(0.3339, 4);
  });
});

const counts = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const level = fc.constantFrom(0.8, 0.9, 0.95, 0.99, 0.999);

describe('laws', () => {
  test.prop([counts, level, fc.boolean()])(
    'Wilson bounds lie in [0, 1] and contain the estimate',
    ([x, n], cl, correct) => {
      const r = wilsonInterval(x, n, { confLevel: cl, correct });
      expect(r.lower).toBeGreaterThanOrEqual(0);
      expect(r.upper).toBeLessThanOrEqual(1);
      expect(r.lower).toBeLessThanOrEqual(r.estimate);
      expect(r.upper).toBeGreaterThanOrEqual(r.estimate);
    },
  );

  test.prop([counts, counts, level])(
    'swapping groups flips the difference and mirrors the interval',
    ([x1, n1], [x2, n2], cl) => {
      const a = newcombeInterval(x1, n1, x2, n2, { confLevel: cl });
      const b = newcombeInterval(x2, n2, x1, n1, { confLevel: cl });
      expect(b.estimate).toBeCloseTo(-a.estimate, 12);
      expect(b.lower).toBeCloseTo(-a.upper, 12);
      expect(b.upper).toBeCloseTo(-a.lower, 12);
      expect(a.lower).toBeLessThanOrEqual(a.estimate + 1e-12);
      expect(a.upper).toBeGreaterThanOrEqual(a.estimate - 1e-12);
    },
  );

  test.prop([counts, level])(
    'Clopper-Pearson contains Wilson-free estimate and stays in [0, 1]',
    ([x, n], cl) => {
      const r = clopperPearsonInterval(x, n, { confLevel: cl });
      expect(r.lower).toBeGreaterThanOrEqual(0);
      expect(r.upper).toBeLessThanOrEqual(1);
      expect(r.lower).toBeLessThanOrEqual(r.estimate);
      expect(r.upper).toBeGreaterThanOrEqual(r.estimate);
    },
  );
});

describe('argument errors', () => {
  it('rejects broken counts and options', () => {
    expect(() => wilsonInterval(6, 5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must be at most n (5), got 6]`,
    );
    expect(() => wilsonInterval(-1, 5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must be a whole number ≥ 0, got -1]`,
    );
    expect(() => wilsonInterval(1.5, 5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must be a whole number ≥ 0, got 1.5]`,
    );
    expect(() => wilsonInterval(0, 0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: n must be at least 1, got 0]`,
    );
    expect(() => wilsonInterval(NaN, 5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x must be a whole number ≥ 0, got NaN]`,
    );
    expect(() => wilsonInterval(1, 5, { confLevel: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got 1.5]`,
    );
    expect(() =>
      wilsonInterval(1, 5, { correct: 'yes' as unknown as boolean }),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: correct must be true or false, got "yes"]`);
    expect(() => clopperPearsonInterval(1, 5, { confLevel: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got 0]`,
    );
    expect(() => newcombeInterval(1, 5, 7, 6)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: x2 must be at most n2 (6), got 7]`,
    );
    expect(() =>
      riskDifference(1, 5, 2, 6, { method: 'exact' as 'wald' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: method must be one of 'newcombe', 'wald', got "exact"]`,
    );
  });
});
