import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  CONFIDENCE_SCALE,
  IMPLEMENTATION_SCALE,
  SAFETY_SCALE,
  defineScale,
  rescale,
} from 'sos-eval/scaling';

describe('rescale', () => {
  it('maps linearly between ranges', () => {
    // (5 − 0) / 10 · (10 − 1) + 1 = 5.5
    expect(rescale(5, SAFETY_SCALE, CONFIDENCE_SCALE)).toBe(5.5);
    // (1 − 1) / 9 · 10 + 0 = 0; (10 − 1) / 9 · 10 + 0 = 10
    expect(rescale(1, CONFIDENCE_SCALE, SAFETY_SCALE)).toBe(0);
    expect(rescale(10, CONFIDENCE_SCALE, SAFETY_SCALE)).toBe(10);
    // (4 − 1) / 9 · 10 = 3.333…
    expect(rescale(4, CONFIDENCE_SCALE, IMPLEMENTATION_SCALE)).toBeCloseTo(10 / 3, 14);
  });

  it('throws for a score off the from scale, naming score', () => {
    expect(() => rescale(0, CONFIDENCE_SCALE, SAFETY_SCALE)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: score must lie on the from scale (confidence: 1–10), got 0]`,
    );
    expect(() =>
      rescale(Number.NaN, SAFETY_SCALE, SAFETY_SCALE),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: score must be a finite number, got NaN]`);
    expect(() =>
      rescale(5, SAFETY_SCALE, {} as typeof SAFETY_SCALE),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: to must be a scale made by defineScale, got object]`,
    );
  });

  const scaleArb = fc
    .tuple(
      fc.integer({ min: -20, max: 20 }),
      fc.integer({ min: 1, max: 40 }),
      fc.constantFrom(0.5, 1, 2),
    )
    .map(([min, steps, step]) =>
      defineScale({ id: 's', min, max: min + steps * step, step, anchors: {} }),
    );

  test.prop([scaleArb, scaleArb, fc.double({ min: 0, max: 1, noNaN: true })])(
    'round-trips: rescale(rescale(x, a, b), b, a) ≈ x',
    (a, b, u) => {
      const x = a.min + u * (a.max - a.min);
      const y = rescale(x, a, b);
      const back = rescale(Math.min(Math.max(y, b.min), b.max), b, a);
      expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
    },
  );
});
