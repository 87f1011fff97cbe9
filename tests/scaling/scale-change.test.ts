import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CONFIDENCE_SCALE, defineScale, scaleChange } from 'sos-eval/scaling';
import { deepFreeze } from './_deep-freeze.js';

describe('scaleChange', () => {
  it('classifies each case against the threshold and totals the directions', () => {
    const c = scaleChange([3, 5, 6, 2, null, 4], [4, 5.5, 5, 0.5, 7, 12]);
    // differences: 4 − 3 = 1 (≥ 1: improved), 0.5 (unchanged), −1 (worsened), −1.5 (worsened)
    expect(c.rows.map((r) => r.difference)).toEqual([1, 0.5, -1, -1.5, null, null]);
    expect(c.rows.map((r) => r.direction)).toEqual([
      'improved',
      'unchanged',
      'worsened',
      'worsened',
      null,
      null,
    ]);
    expect(c.totals).toEqual({ improved: 1, unchanged: 1, worsened: 2, missing: 1, invalid: 1 });
    expect(c.issues.map((i) => [i.path, i.code])).toEqual([[['after', 5], 'too_big']]);
    expect(c.threshold).toBe(1);
  });

  it('uses the threshold and scale given', () => {
    const c = scaleChange([3, 5], [5, 6], { threshold: 2, scale: CONFIDENCE_SCALE });
    expect(c.rows.map((r) => r.direction)).toEqual(['improved', 'unchanged']);
  });

  it('compares decimal steps as written (0.3 − 0.2 reaches a 0.1 threshold)', () => {
    const tenths = defineScale({ id: 'tenths', min: 0, max: 1, step: 0.1, anchors: {} });
    const c = scaleChange([0.2], [0.3], { threshold: 0.1, scale: tenths });
    expect(c.rows[0]?.direction).toBe('improved');
  });

  it('pairs { id, score } objects by position and keeps the ids', () => {
    const c = scaleChange(
      [
        { id: 'F-1', score: 2 },
        { id: 'F-2', score: undefined },
      ],
      [
        { id: 'F-1', score: 2.5 },
        { id: 'F-2', score: 6 },
      ],
    );
    expect(c.rows).toEqual([
      { index: 0, id: 'F-1', before: 2, after: 2.5, difference: 0.5, direction: 'unchanged' },
      { index: 1, id: 'F-2', before: null, after: 6, difference: null, direction: null },
    ]);
  });

  it('throws for broken arguments', () => {
    expect(() => scaleChange([1, 2], [1])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: before and after must have the same length, got 2 and 1]`,
    );
    expect(() =>
      scaleChange([{ id: 'A', score: 1 }], [{ id: 'B', score: 1 }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: before and after must have the same id at each position, got "A" and "B" at index 0]`,
    );
    expect(() => scaleChange([1], [2], { threshold: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: threshold must be greater than 0, got 0]`,
    );
    expect(() => scaleChange(null as unknown as number[], [])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: before must be an array, got null]`,
    );
  });

  const score = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 20 }).map((k) => k / 2) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, Number.NaN, 11) },
  );
  const pairs = fc.array(fc.tuple(score, score));
  const threshold = fc.constantFrom(0.5, 1, 2, 2.5);

  test.prop([pairs, threshold])(
    'swapping before and after flips every difference and swaps improved/worsened',
    (ps, t) => {
      const before = ps.map((p) => p[0]);
      const after = ps.map((p) => p[1]);
      const ab = scaleChange(before, after, { threshold: t });
      const ba = scaleChange(after, before, { threshold: t });
      ab.rows.forEach((r, i) => {
        const s = ba.rows[i]!;
        if (r.difference === null) expect(s.difference).toBeNull();
        else expect(s.difference).toBe(-r.difference || 0);
      });
      expect(ba.totals.improved).toBe(ab.totals.worsened);
      expect(ba.totals.worsened).toBe(ab.totals.improved);
      expect(ba.totals.unchanged).toBe(ab.totals.unchanged);
      expect(ba.totals.missing).toBe(ab.totals.missing);
      expect(ba.totals.invalid).toBe(ab.totals.invalid);
    },
  );

  test.prop([pairs])('totals add up to the number of cases', (ps) => {
    const c = scaleChange(
      ps.map((p) => p[0]),
      ps.map((p) => p[1]),
    );
    const t = c.totals;
    expect(t.improved + t.unchanged + t.worsened + t.missing + t.invalid).toBe(ps.length);
  });

  test.prop([pairs])('leaves frozen inputs unchanged and does not throw', (ps) => {
    const before = ps.map((p, i) => ({ id: `F-${i}`, score: p[0] }));
    const after = ps.map((p, i) => ({ id: `F-${i}`, score: p[1] }));
    const copies = [structuredClone(before), structuredClone(after)];
    scaleChange(deepFreeze(before), deepFreeze(after));
    expect([before, after]).toEqual(copies);
  });
});
