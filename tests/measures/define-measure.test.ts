import { describe, expect, it } from 'vitest';
import {
  defineMeasure,
  MeasureDefinitionSchema,
  type MeasureDefinitionInput,
} from 'sos-eval/measures';

const base: MeasureDefinitionInput = {
  id: 'toy',
  name: 'Toy',
  source: 'test',
  items: { count: 4, min: 0, max: 3 },
  subscales: { a: [1, 2], b: [3, 4] },
  totals: { total: { kind: 'subscales', subscales: ['a', 'b'] } },
  total: 'total',
};
const band = (label: string, min: number, max: number) => ({ label, min, max });

describe('defineMeasure', () => {
  it('fills defaults and freezes deeply', () => {
    const d = defineMeasure(base);
    expect(d.reverseKeyed).toEqual([]);
    expect(d.missing).toEqual({ kind: 'none' });
    expect(d.confidence).toBe('unverified');
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.subscales.a)).toBe(true);
    expect(Object.isFrozen(d.items)).toBe(true);
  });

  it('does not freeze or change its input', () => {
    const input = structuredClone(base);
    defineMeasure(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(input).toEqual(base);
  });

  it('returns an already-defined measure as is', () => {
    const d = defineMeasure(base);
    expect(defineMeasure(d)).toBe(d);
  });

  it('accepts contiguous bands that cover the range (total 0–12)', () => {
    const d = defineMeasure({
      ...base,
      bands: {
        total: {
          source: 's',
          confidence: 'unverified',
          bands: [band('lo', 0, 5), band('hi', 6, 12)],
        },
      },
    });
    expect(d.bands.total!.bands).toHaveLength(2);
  });

  it('throws a RangeError naming what contradicts', () => {
    expect(() =>
      defineMeasure({ ...base, subscales: { a: [1, 5], b: [3, 4] } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.subscales.a[1]: must be an item number from 1 to 4, got 5]`,
    );
    expect(() =>
      defineMeasure({ ...base, subscales: { a: [1, 1], b: [3, 4] } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.subscales.a[1]: item 1 is listed twice]`,
    );
    expect(() => defineMeasure({ ...base, reverseKeyed: [0] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.reverseKeyed[0]: must be an item number from 1 to 4, got 0]`,
    );
    expect(() =>
      defineMeasure({ ...base, totals: { total: { kind: 'subscales', subscales: ['a', 'c'] } } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.totals.total.subscales[1]: refers to no subscale: "c"]`,
    );
    expect(() => defineMeasure({ ...base, total: 'sum' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.total: refers to no total: "sum"]`,
    );
    expect(() =>
      defineMeasure({ ...base, items: { count: 4, min: 3, max: 3 } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.items.max: must exceed items.min (3), got 3]`,
    );
    expect(() =>
      defineMeasure({ ...base, missing: { kind: 'prorate', minAnswered: 3, rounding: 'half-up' } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.missing.minAnswered: must be at most 2 (the smallest scored group of items), got 3]`,
    );
    expect(() =>
      defineMeasure({
        ...base,
        bands: {
          total: {
            source: 's',
            confidence: 'unverified',
            bands: [band('lo', 0, 5), band('hi', 7, 12)],
          },
        },
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.bands.total.bands[1].min: bands must be contiguous: "hi" starts at 7, expected 6]`,
    );
    expect(() =>
      defineMeasure({
        ...base,
        bands: {
          total: {
            source: 's',
            confidence: 'unverified',
            bands: [band('lo', 0, 5), band('hi', 6, 10)],
          },
        },
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.bands.total.bands: bands must cover 0 to 12, got 0 to 10]`,
    );
    expect(() =>
      defineMeasure({
        ...base,
        flags: {
          low: {
            score: 'total',
            defaultRule: 'x',
            rules: { y: { comparison: '<', value: 3, source: 's', confidence: 'unverified' } },
          },
        },
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.flags.low.defaultRule: refers to no rule: "x"]`,
    );
    expect(() =>
      defineMeasure({
        ...base,
        flags: {
          low: {
            score: 'total',
            option: 'bands',
            defaultRule: 'y',
            rules: { y: { comparison: '<', value: 3, source: 's', confidence: 'unverified' } },
          },
        },
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.flags.low.option: option name "bands" is reserved or already used]`,
    );
  });

  it('throws a TypeError for the wrong shape', () => {
    expect(() => defineMeasure(null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: definition: Invalid input: expected object, received null]`,
    );
    expect(() =>
      defineMeasure({ ...base, items: { count: 4.5, min: 0, max: 3 } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: definition.items.count: Invalid input: expected int, received number]`,
    );
    expect(() =>
      defineMeasure({ ...base, missing: { kind: 'guess' } as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: definition.missing.kind: Invalid discriminator value. Expected 'none' | 'prorate']`,
    );
  });

  it('MeasureDefinitionSchema reports rather than throws', () => {
    const r = MeasureDefinitionSchema.safeParse({ ...base, subscales: { a: [9] } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['subscales', 'a', 0]);
  });
});
