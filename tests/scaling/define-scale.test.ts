import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE_SCALE,
  IMPLEMENTATION_SCALE,
  SAFETY_SCALE,
  defineScale,
} from 'sos-eval/scaling';

describe('defineScale', () => {
  it('lists every point and freezes the scale, its anchors and points', () => {
    const s = defineScale({ id: 'tenths', min: 0, max: 1, step: 0.1, anchors: { 0.3: 'low' } });
    // 0, 0.1, …, 1: (1 − 0) / 0.1 + 1 = 11 points, written as decimals (no 0.30000000000000004).
    expect(s.points).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(s.anchors[0.3]).toBe('low');
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.points)).toBe(true);
    expect(Object.isFrozen(s.anchors)).toBe(true);
  });

  it('carries a zod schema that accepts exactly the points', () => {
    const s = defineScale({ id: 'tenths', min: 0, max: 1, step: 0.1, anchors: {} });
    expect(s.schema.safeParse(0.7).success).toBe(true);
    expect(s.schema.safeParse(0.75).success).toBe(false);
    expect(s.schema.safeParse(1.1).success).toBe(false);
    expect(s.schema.safeParse('0.5').success).toBe(false);
    const failed = SAFETY_SCALE.schema.safeParse(4.25);
    expect(failed.success ? null : failed.error.issues[0]?.message).toMatchInlineSnapshot(
      `"4.25 is not on a step of 0.5 from 0 (scale safety: 0–10 in steps of 0.5)"`,
    );
  });

  it('rejects broken definitions, naming the argument and the value', () => {
    const base = { id: 'x', min: 0, max: 10, step: 1, anchors: {} };
    expect(() => defineScale({ ...base, id: '' })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: id must be a non-empty string, got ""]`,
    );
    expect(() => defineScale({ ...base, min: 10 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: min must be less than max, got min 10 and max 10]`,
    );
    expect(() => defineScale({ ...base, max: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: max must be a finite number, got NaN]`,
    );
    expect(() => defineScale({ ...base, step: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: step must be greater than 0, got 0]`,
    );
    expect(() => defineScale({ ...base, step: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: step must divide max − min (10 − 0) into whole steps, got 3]`,
    );
    expect(() =>
      defineScale({ ...base, anchors: { 11: 'too far' } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: anchors must be keyed by points on the scale, got key "11"]`,
    );
    expect(() => defineScale({ ...base, anchors: { 5: ' ' } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: anchors[5] must be non-empty wording, got " "]`,
    );
    expect(() =>
      defineScale({ ...base, anchors: null as unknown as Record<number, string> }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: anchors must be an object of score → wording, got null]`,
    );
  });
});

describe('built-in scales', () => {
  it('match the domain brief: safety 0–10 (half points), confidence 1–10, implementation 0–10', () => {
    expect([SAFETY_SCALE.min, SAFETY_SCALE.max, SAFETY_SCALE.step]).toEqual([0, 10, 0.5]);
    // (10 − 0) / 0.5 + 1 = 21 points
    expect(SAFETY_SCALE.points).toHaveLength(21);
    expect(SAFETY_SCALE.anchors[0]).toMatch(/not safe/i);
    expect(SAFETY_SCALE.anchors[10]).toMatch(/close the case/i);
    expect([CONFIDENCE_SCALE.min, CONFIDENCE_SCALE.max, CONFIDENCE_SCALE.step]).toEqual([1, 10, 1]);
    expect([IMPLEMENTATION_SCALE.min, IMPLEMENTATION_SCALE.max]).toEqual([0, 10]);
    expect(IMPLEMENTATION_SCALE.anchors[0]).toMatch(/barely begun/);
    expect(IMPLEMENTATION_SCALE.anchors[10]).toMatch(/fully implemented/i);
  });
});
