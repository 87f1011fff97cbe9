import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  CONFIDENCE_SCALE,
  SAFETY_SCALE,
  summariseScale,
  type QuantileType,
} from 'sos-eval/scaling';
import { deepFreeze } from './_deep-freeze.js';

const X = [0, 2, 2.5, 3, 5, 5, 6.5, 8, 10];
const Y = [1, 4, 4.5, 7];

// R: for (t in 1:9) quantile(x, c(.25, .5, .75), type = t), printed with sprintf("%.17g")
const R_QUANTILES_X: Record<QuantileType, [number, number, number]> = {
  1: [2.5, 5, 6.5],
  2: [2.5, 5, 6.5],
  3: [2, 3, 6.5],
  4: [2.125, 4, 6.125],
  5: [2.375, 5, 6.875],
  6: [2.25, 5, 7.25],
  7: [2.5, 5, 6.5],
  8: [2.333333333333333, 5, 6.9999999999999982],
  9: [2.34375, 5, 6.96875],
};
// R: same, for y <- c(1, 4, 4.5, 7)
const R_QUANTILES_Y: Record<QuantileType, [number, number, number]> = {
  1: [1, 4, 4.5],
  2: [2.5, 4.25, 5.75],
  3: [1, 4, 4.5],
  4: [1, 4, 4.5],
  5: [2.5, 4.25, 5.75],
  6: [1.75, 4.25, 6.375],
  7: [3.25, 4.25, 5.125],
  8: [2.25, 4.25, 5.9583333333333348],
  9: [2.3125, 4.25, 5.90625],
};

describe('summariseScale', () => {
  it('matches R for mean, sd and type-7 quartiles, counting missing values', () => {
    const s = summariseScale([...X, null, undefined, Number.NaN], SAFETY_SCALE);
    expect(s.n).toBe(9);
    expect(s.missing).toBe(3);
    expect(s.invalid).toBe(0);
    // R: mean(x); sd(x)
    expect(s.mean).toBeCloseTo(4.666666666666667, 14);
    expect(s.sd).toBeCloseTo(3.1523800532296229, 14);
    expect([s.q1, s.median, s.q3]).toEqual(R_QUANTILES_X[7]);
    expect([s.min, s.max]).toEqual([0, 10]);
    expect(s.type).toBe(7);
  });

  for (const t of [1, 2, 3, 4, 5, 6, 7, 8, 9] as const) {
    it(`matches R quantile(type = ${t}) on odd and even samples`, () => {
      for (const [data, expected] of [
        [X, R_QUANTILES_X[t]],
        [Y, R_QUANTILES_Y[t]],
      ] as const) {
        const s = summariseScale(data, SAFETY_SCALE, { type: t });
        expect(s.q1).toBeCloseTo(expected[0], 13);
        expect(s.median).toBeCloseTo(expected[1], 13);
        expect(s.q3).toBeCloseTo(expected[2], 13);
      }
    });
  }

  it('lists a count for every point of the scale, zeros included', () => {
    const s = summariseScale([1, 1, 10, 4], CONFIDENCE_SCALE);
    expect(s.counts).toEqual([
      { score: 1, count: 2 },
      { score: 2, count: 0 },
      { score: 3, count: 0 },
      { score: 4, count: 1 },
      { score: 5, count: 0 },
      { score: 6, count: 0 },
      { score: 7, count: 0 },
      { score: 8, count: 0 },
      { score: 9, count: 0 },
      { score: 10, count: 1 },
    ]);
  });

  it('reports off-scale values as issues and leaves them out of the statistics', () => {
    const s = summariseScale(
      [4, -1, 4.25, 11, '5' as unknown as number, Number.POSITIVE_INFINITY, 6],
      SAFETY_SCALE,
    );
    expect([s.n, s.missing, s.invalid]).toEqual([2, 0, 5]);
    expect(s.mean).toBe(5); // (4 + 6) / 2
    expect(s.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "too_small",
          "message": "[1]: -1 is below the scale minimum 0 (scale safety: 0–10 in steps of 0.5)",
          "path": [
            1,
          ],
        },
        {
          "code": "not_on_step",
          "message": "[2]: 4.25 is not on a step of 0.5 from 0 (scale safety: 0–10 in steps of 0.5)",
          "path": [
            2,
          ],
        },
        {
          "code": "too_big",
          "message": "[3]: 11 is above the scale maximum 10 (scale safety: 0–10 in steps of 0.5)",
          "path": [
            3,
          ],
        },
        {
          "code": "invalid_type",
          "message": "[4]: expected a score on the safety scale, got "5"",
          "path": [
            4,
          ],
        },
        {
          "code": "not_finite",
          "message": "[5]: Infinity is not a finite number (scale safety: 0–10 in steps of 0.5)",
          "path": [
            5,
          ],
        },
      ]
    `);
  });

  it('gives nulls with no valid scores, and a null sd with one (R gives NA)', () => {
    const none = summariseScale([null, 12], SAFETY_SCALE);
    expect([none.n, none.mean, none.sd, none.median, none.min]).toEqual([
      0,
      null,
      null,
      null,
      null,
    ]);
    const one = summariseScale([3], SAFETY_SCALE);
    expect([one.mean, one.sd, one.median, one.q1, one.q3]).toEqual([3, null, 3, 3, 3]);
  });

  it('throws for broken arguments', () => {
    expect(() =>
      summariseScale([1], SAFETY_SCALE, { type: 10 as QuantileType }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: type must be one of R's quantile types 1–9, got 10]`,
    );
    expect(() =>
      summariseScale('1, 2' as unknown as number[], SAFETY_SCALE),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scores must be an iterable (an array or generator), got "1, 2"]`,
    );
  });

  const scoreOrJunk = fc.oneof(
    fc.integer({ min: 0, max: 20 }).map((k) => k / 2),
    fc.constantFrom(null, undefined, Number.NaN, -3, 10.25, 99),
  );

  test.prop([fc.array(scoreOrJunk), fc.integer({ min: 1, max: 9 })])(
    'counts sum to n; n + missing + invalid is the input length',
    (scores, type) => {
      const s = summariseScale(scores, SAFETY_SCALE, { type: type as QuantileType });
      expect(s.counts.reduce((a, c) => a + c.count, 0)).toBe(s.n);
      expect(s.n + s.missing + s.invalid).toBe(scores.length);
      expect(s.issues).toHaveLength(s.invalid);
      if (s.n > 0) {
        expect(s.min!).toBeLessThanOrEqual(s.q1!);
        expect(s.q1!).toBeLessThanOrEqual(s.median!);
        expect(s.median!).toBeLessThanOrEqual(s.q3!);
        expect(s.q3!).toBeLessThanOrEqual(s.max!);
      }
    },
  );

  test.prop([fc.array(scoreOrJunk)])(
    'leaves frozen input unchanged and does not throw',
    (scores) => {
      const copy = [...scores];
      const frozen = deepFreeze(scores);
      summariseScale(frozen, SAFETY_SCALE);
      expect(frozen).toEqual(copy);
    },
  );
});
