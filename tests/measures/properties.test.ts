import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  defineClientEngagement,
  LSNS_6,
  MEASURES,
  measureScoreRange,
  PEARLIN_MASTERY,
  reverseKey,
  scoreMeasure,
  SDQ_PARENT,
  type MeasureDefinition,
} from 'sos-eval/measures';

const engagement = defineClientEngagement({
  items: { count: 10, min: 1, max: 5 },
  dimensions: {
    receptivity: [1, 2],
    expectancy: [3, 4],
    investment: [5, 6],
    workingRelationship: [7, 8],
    mistrust: [9, 10],
  },
  reverseKeyed: [9, 10],
});
const DEFINITIONS: MeasureDefinition[] = [...Object.values(MEASURES), engagement];
const definition = fc.constantFrom(...DEFINITIONS);

const complete = (d: MeasureDefinition) =>
  fc.array(fc.integer({ min: d.items.min, max: d.items.max }), {
    minLength: d.items.count,
    maxLength: d.items.count,
  });
const gappy = (d: MeasureDefinition) =>
  fc.array(fc.option(fc.integer({ min: d.items.min, max: d.items.max })), {
    minLength: d.items.count,
    maxLength: d.items.count,
  });

describe('measure laws', () => {
  test.prop([
    fc.integer({ min: -50, max: 50 }),
    fc.integer({ min: -50, max: 50 }),
    fc.integer({ min: -100, max: 100 }),
  ])('reverse keying twice is the identity', (a, b, x) => {
    expect(reverseKey(reverseKey(x, a, b), a, b)).toBe(x);
  });

  test.prop([definition.chain((d) => fc.tuple(fc.constant(d), complete(d)))])(
    'prorating gives the plain score when every item is present',
    ([d, r]) => {
      const plain = scoreMeasure(d, r, { missing: { kind: 'none' } });
      for (const rounding of ['half-up', 'none'] as const) {
        const prorated = scoreMeasure(d, r, {
          missing: { kind: 'prorate', minAnswered: 1, rounding },
        });
        expect(prorated.subscales).toEqual(plain.subscales);
        expect(prorated.totals).toEqual(plain.totals);
      }
      expect(plain.issues).toEqual([]);
    },
  );

  test.prop([
    definition.chain((d) => fc.tuple(fc.constant(d), gappy(d))),
    fc.constantFrom<'none' | 'half-up'>('none', 'half-up'),
  ])('every score stays within its range, prorated or not', ([d, r], rounding) => {
    for (const options of [
      {},
      { missing: { kind: 'prorate' as const, minAnswered: 1, rounding } },
    ]) {
      const s = scoreMeasure(d, r, options);
      for (const [name, value] of [...Object.entries(s.subscales), ...Object.entries(s.totals)]) {
        if (value === null) continue;
        const { min, max } = measureScoreRange(d, name);
        expect(value).toBeGreaterThanOrEqual(min);
        expect(value).toBeLessThanOrEqual(max);
      }
    }
  });

  test.prop([definition, fc.array(fc.anything())])(
    'scoreMeasure never throws on any array',
    (d, r) => {
      const s = scoreMeasure(d, r);
      expect(s.answered + s.missing).toBe(d.items.count);
    },
  );

  test.prop([definition, fc.anything().filter((x) => !Array.isArray(x))])(
    'scoreMeasure never throws on non-array input',
    (d, r) => {
      const s = scoreMeasure(d, r);
      expect(s.issues[0]!.code).toBe('not_array');
      expect(s.total).toBeNull();
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 25, maxLength: 25 })])(
    'SDQ totals are sums of their subscales',
    (r) => {
      const s = scoreMeasure(SDQ_PARENT, r);
      const { emotional, conduct, hyperactivity, peer } = s.subscales as Record<string, number>;
      expect(s.totals).toEqual({
        totalDifficulties: emotional! + conduct! + hyperactivity! + peer!,
        externalising: conduct! + hyperactivity!,
        internalising: emotional! + peer!,
      });
    },
  );

  test.prop([complete(PEARLIN_MASTERY)])(
    'Pearlin: reversing every answer maps total t to 35 − t',
    (r) => {
      // Item scores s and 5 − s swap under answering 5 − x everywhere: t + t' = 7 × 5 = 35.
      const t = scoreMeasure(PEARLIN_MASTERY, r).total!;
      const flipped = scoreMeasure(
        PEARLIN_MASTERY,
        r.map((x) => 5 - x),
      ).total!;
      expect(t + flipped).toBe(35);
    },
  );

  test.prop([complete(LSNS_6)])('LSNS: isolated under < 12 implies isolated under ≤ 12', (r) => {
    const strict = scoreMeasure(LSNS_6, r).flags.isolated;
    const loose = scoreMeasure(LSNS_6, r, { isolation: '<=12' }).flags.isolated;
    expect(!strict || loose).toBe(true);
  });
});
