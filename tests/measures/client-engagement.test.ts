import { describe, expect, it } from 'vitest';
import {
  CLIENT_ENGAGEMENT,
  defineClientEngagement,
  measureScoreRange,
  scoreMeasure,
} from 'sos-eval/measures';

// A made-up 19-item map (the real one is not public): 4 + 3 + 4 + 4 + 4 items, mistrust reverse-keyed.
const setup = {
  items: { count: 19, min: 1, max: 5 },
  dimensions: {
    receptivity: [1, 2, 3, 4],
    expectancy: [5, 6, 7],
    investment: [8, 9, 10, 11],
    workingRelationship: [12, 13, 14, 15],
    mistrust: [16, 17, 18, 19],
  },
  reverseKeyed: [16, 17, 18, 19],
};

describe('defineClientEngagement', () => {
  const def = defineClientEngagement(setup);

  it('has the five dimensions as subscales, buy-in and a total', () => {
    expect(Object.keys(def.subscales)).toEqual(CLIENT_ENGAGEMENT.dimensions.map((d) => d.name));
    expect(def.totals.buyIn).toEqual({
      kind: 'subscales',
      subscales: ['expectancy', 'investment'],
    });
    expect(measureScoreRange(def, 'total')).toEqual({ min: 19, max: 95 }); // 19 × 1 … 19 × 5
  });

  it('scores buy-in = expectancy + investment and the total after reverse keying', () => {
    // All 4: mistrust items reverse to 5 + 1 − 4 = 2. expectancy 12, investment 16, buy-in 28;
    // total 15 × 4 + 4 × 2 = 68.
    const s = scoreMeasure(def, Array(19).fill(4));
    expect(s.subscales).toEqual({
      receptivity: 16,
      expectancy: 12,
      investment: 16,
      workingRelationship: 16,
      mistrust: 8,
    });
    expect(s.totals).toEqual({ buyIn: 28, total: 68 });
    expect(s.total).toBe(68);
  });

  it('rejects unknown dimensions, missing dimensions and an item in two dimensions', () => {
    expect(() =>
      defineClientEngagement({
        ...setup,
        dimensions: { ...setup.dimensions, trust: [1] } as never,
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: setup.dimensions.trust is not a dimension; the dimensions are receptivity, expectancy, investment, workingRelationship, mistrust]`,
    );
    const { mistrust: _m, ...four } = setup.dimensions;
    expect(() =>
      defineClientEngagement({ ...setup, dimensions: four as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: setup.dimensions.mistrust must be an array of item numbers, got undefined]`,
    );
    expect(() =>
      defineClientEngagement({ ...setup, dimensions: { ...setup.dimensions, mistrust: [1, 16] } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: setup.dimensions.mistrust: item 1 is already in receptivity]`,
    );
    expect(() =>
      defineClientEngagement({ ...setup, reverseKeyed: [20] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: definition.reverseKeyed[0]: must be an item number from 1 to 19, got 20]`,
    );
  });

  it('keeps the printed maxima as display data that do not add up', () => {
    const printed = CLIENT_ENGAGEMENT.printedMaxima;
    expect(printed.total).toBe(95);
    expect(printed.subscales.reduce((a, b) => a + b, 0)).not.toBe(printed.total); // 35 + 16 + 16 + 16 = 83
  });
});
