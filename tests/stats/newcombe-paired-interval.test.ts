import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { newcombePairedInterval, type TwoByTwo } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface Case {
  table: [[number, number], [number, number]];
  confLevel: number;
  theta: number;
  phi: number;
  estimate: number;
  lower: number;
  upper: number;
}

const cases = loadRFixture<Case>('newcombe-paired-interval').cases;

describe("newcombePairedInterval matches Newcombe's (1998) method 10 written out in R", () => {
  for (const c of cases) {
    it(`${JSON.stringify(c.table)} confLevel=${c.confLevel} (phi ${c.phi.toFixed(4)})`, () => {
      const r = newcombePairedInterval(c.table, { confLevel: c.confLevel });
      // R's p2 − p1 carries cancellation error; ours is (c − b)/n, exact to rounding.
      expectCloseToR(r.estimate, c.estimate, 'estimate');
      const [[, b], [cc]] = c.table;
      const n = c.table.flat().reduce((s, v) => s + v, 0);
      expect(r.estimate).toBe((cc - b) / n);
      expectCloseToR(r.lower, c.lower, 'lower');
      expectCloseToR(r.upper, c.upper, 'upper');
      expect(r.confLevel).toBe(c.confLevel);
      expect(r.method).toBe('Newcombe hybrid score interval for paired proportions');
      expect(Object.isFrozen(r)).toBe(true);
    });
  }

  it('reproduces the published example (Fagerland, Lydersen & Laake 2017, ch. 8, Cavo et al.)', () => {
    // Printed as p1 − p2: estimate −0.0621, 95% CI −0.1186 to −0.0046; we report p2 − p1.
    const r = newcombePairedInterval([
      [59, 6],
      [16, 80],
    ]);
    expect(r.estimate.toFixed(4)).toBe('0.0621');
    expect(r.lower.toFixed(4)).toBe('0.0046');
    expect(r.upper.toFixed(4)).toBe('0.1186');
  });

  it('uses the continuity-corrected phi (the plain phi gives a different interval here)', () => {
    // ad − bc = 4624 > n/2, so phi is (4624 − 80.5)/sqrt(65·96·75·86); with the plain phi
    // 4624/sqrt(…) the upper limit would be 0.11735 (R, same formula), not the published 0.1186.
    const r = newcombePairedInterval([
      [59, 6],
      [16, 80],
    ]);
    expect(Math.abs(r.upper - 0.11735)).toBeGreaterThan(1e-3);
  });
});

const table = fc
  .tuple(fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40))
  .filter(([a, b, c, d]) => a + b + c + d > 0);

describe('newcombePairedInterval laws', () => {
  test.prop([table, fc.constantFrom(0.8, 0.9, 0.95, 0.99)])(
    'swapping T1 and T2 flips the sign and mirrors the interval',
    ([a, b, c, d], confLevel) => {
      const r = newcombePairedInterval(
        [
          [a, b],
          [c, d],
        ],
        { confLevel },
      );
      const s = newcombePairedInterval(
        [
          [a, c],
          [b, d],
        ],
        { confLevel },
      );
      expect(s.estimate + r.estimate).toBe(0);
      expect(s.lower).toBeCloseTo(-r.upper, 12);
      expect(s.upper).toBeCloseTo(-r.lower, 12);
    },
  );

  test.prop([table])('contains the estimate and stays inside [−1, 1]', ([a, b, c, d]) => {
    const r = newcombePairedInterval([
      [a, b],
      [c, d],
    ]);
    expect(r.lower).toBeLessThanOrEqual(r.estimate + 1e-15);
    expect(r.upper).toBeGreaterThanOrEqual(r.estimate - 1e-15);
    expect(r.lower).toBeGreaterThanOrEqual(-1 - 1e-12);
    expect(r.upper).toBeLessThanOrEqual(1 + 1e-12);
  });

  it('does not change its frozen input', () => {
    const t: TwoByTwo = Object.freeze([
      Object.freeze([3, 2] as const),
      Object.freeze([5, 1] as const),
    ]);
    newcombePairedInterval(t);
    expect(t).toEqual([
      [3, 2],
      [5, 1],
    ]);
  });

  it('rejects broken arguments', () => {
    expect(() =>
      newcombePairedInterval([
        [0, 0],
        [0, 0],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: table has no pairs (all four cells are 0)]`);
    expect(() =>
      newcombePairedInterval(
        [
          [1, 2],
          [3, 4],
        ],
        { confLevel: 1.5 },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got 1.5]`,
    );
    expect(() => newcombePairedInterval([[1, 2]] as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table must be a 2 × 2 table [[a, b], [c, d]], got an array of length 1]`,
    );
    expect(() =>
      newcombePairedInterval([
        [1, -2],
        [3, 4],
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: table[0][1] must be a whole number ≥ 0, got -2]`,
    );
  });
});
