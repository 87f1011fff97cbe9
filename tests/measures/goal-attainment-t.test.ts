import { describe, expect, it } from 'vitest';
import { goalAttainmentT } from 'sos-eval/measures';

// T = 50 + 10·Σwx / √((1 − ρ)Σw² + ρ(Σw)²); vectors from measures.md.
describe('goalAttainmentT', () => {
  it('x = (−2,0,−1,2,0,1), w = (3,5,1,4,2,6) → exactly 55', () => {
    // Σwx = −6 + 0 − 1 + 8 + 0 + 6 = 7; Σw² = 91; (Σw)² = 441; 0.7·91 + 0.3·441 = 196 = 14²; 50 + 70/14 = 55.
    expect(goalAttainmentT([-2, 0, -1, 2, 0, 1], { weights: [3, 5, 1, 4, 2, 6] })).toBe(55);
  });

  it('unweighted (−1,−1,−1) → 50 − 30/√4.8 = 36.3069', () => {
    expect(goalAttainmentT([-1, -1, -1])).toBeCloseTo(36.3069, 4);
  });

  it('unweighted (1, 2) → 50 + 30/√2.6 = 68.6052', () => {
    expect(goalAttainmentT([1, 2])).toBeCloseTo(68.6052, 4);
  });

  it('one goal at −1 → 50 − 10/√1 = 40', () => {
    expect(goalAttainmentT([-1])).toBe(40);
  });

  it('x = (−1,1,2), w = (1,2,3) → 50 + 70/√20.6 = 65.4228', () => {
    // Σwx = −1 + 2 + 6 = 7; Σw² = 14; (Σw)² = 36; 0.7·14 + 0.3·36 = 20.6.
    expect(goalAttainmentT([-1, 1, 2], { weights: [1, 2, 3] })).toBeCloseTo(65.4228, 4);
  });

  it('ρ = 0 with (−1,−1,−1) → 50 − 30/√3 = 32.6795', () => {
    expect(goalAttainmentT([-1, -1, -1], { rho: 0 })).toBeCloseTo(32.6795, 4);
  });

  it('all goals as expected → 50', () => {
    expect(goalAttainmentT([0, 0, 0, 0])).toBe(50);
  });

  it('rejects bad arguments', () => {
    expect(() => goalAttainmentT([3])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: scores[0] must be a whole number from -2 to 2, got 3]`,
    );
    expect(() => goalAttainmentT([0.5])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: scores[0] must be a whole number from -2 to 2, got 0.5]`,
    );
    expect(() => goalAttainmentT([])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: scores must hold at least one goal, got an empty array]`,
    );
    expect(() => goalAttainmentT([1, '2' as unknown as number])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scores[1] must be a number, got "2"]`,
    );
    expect(() => goalAttainmentT([1, 2], { weights: [1] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: weights must have one weight per goal (2), got 1]`,
    );
    expect(() => goalAttainmentT([1, 2], { weights: [1, 0] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: weights[1] must be a positive number, got 0]`,
    );
    expect(() => goalAttainmentT([1, 2], { rho: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rho must be from 0 up to (not including) 1, got 1]`,
    );
    expect(() => goalAttainmentT([1, 2], { rho: -0.1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rho must be from 0 up to (not including) 1, got -0.1]`,
    );
  });
});
