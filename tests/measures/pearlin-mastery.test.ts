import { describe, expect, it } from 'vitest';
import { measureScoreRange, PEARLIN_MASTERY, scoreMeasure } from 'sos-eval/measures';

// Vectors from measures.md. Items 1, 2, 3, 5, 7 reverse-keyed as 5 − x.
describe('PEARLIN_MASTERY', () => {
  it('[2,2,1,3,2,4,1] → reversed 3+3+4+3+4 = 17, plus items 4 and 6: 3+4 = 7 → 24', () => {
    expect(scoreMeasure(PEARLIN_MASTERY, [2, 2, 1, 3, 2, 4, 1]).total).toBe(24);
  });

  it('all 4 → 5 × 1 + 2 × 4 = 13; all 1 → 5 × 4 + 2 × 1 = 22', () => {
    expect(scoreMeasure(PEARLIN_MASTERY, Array(7).fill(4)).total).toBe(13);
    expect(scoreMeasure(PEARLIN_MASTERY, Array(7).fill(1)).total).toBe(22);
  });

  it('ranges 7–28', () => {
    expect(measureScoreRange(PEARLIN_MASTERY, 'total')).toEqual({ min: 7, max: 28 });
  });

  it('reports a 0 (not on the 1–4 scale) as out of range and leaves the total null', () => {
    const s = scoreMeasure(PEARLIN_MASTERY, [0, 2, 1, 3, 2, 4, 1]);
    expect(s.total).toBeNull();
    expect(s.issues[0]).toEqual({
      path: [0],
      code: 'out_of_range',
      message: 'item 1 must be from 1 to 4, got 0',
    });
  });

  it('prorates the all-items total on request without rounding: 6 answered, 21 × 7 / 6 = 24.5', () => {
    // [_,2,1,3,2,4,1] item scores: 3 + 4 + 3 + 3 + 4 + 4 = 21 over 6 items.
    const s = scoreMeasure(PEARLIN_MASTERY, [null, 2, 1, 3, 2, 4, 1], {
      missing: { kind: 'prorate', minAnswered: 6, rounding: 'none' },
    });
    expect(s.total).toBe(24.5);
  });
});
