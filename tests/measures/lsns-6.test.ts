import { describe, expect, it } from 'vitest';
import { LSNS_6, measureScoreRange, scoreMeasure } from 'sos-eval/measures';

// Vectors from measures.md (LSNS-6).
describe('LSNS_6', () => {
  it('scores [3,2,2,1,1,0]: family 3+2+2 = 7, friends 1+1+0 = 2, total 9, isolated (9 < 12)', () => {
    const s = scoreMeasure(LSNS_6, [3, 2, 2, 1, 1, 0]);
    expect(s.subscales).toEqual({ family: 7, friends: 2 });
    expect(s.totals).toEqual({ total: 9 });
    expect(s.total).toBe(9);
    expect(s.flags).toEqual({ isolated: true });
    expect(s.issues).toEqual([]);
  });

  it('[0,0,0,4,4,4] totals 12: not isolated under < 12 (the default), isolated under ≤ 12', () => {
    expect(scoreMeasure(LSNS_6, [0, 0, 0, 4, 4, 4]).total).toBe(12);
    expect(scoreMeasure(LSNS_6, [0, 0, 0, 4, 4, 4]).flags.isolated).toBe(false);
    expect(scoreMeasure(LSNS_6, [0, 0, 0, 4, 4, 4], { isolation: '<12' }).flags.isolated).toBe(
      false,
    );
    expect(scoreMeasure(LSNS_6, [0, 0, 0, 4, 4, 4], { isolation: '<=12' }).flags.isolated).toBe(
      true,
    );
  });

  it('has subscales 0–15 and total 0–30 (3 and 6 items coded 0–5)', () => {
    expect(measureScoreRange(LSNS_6, 'family')).toEqual({ min: 0, max: 15 });
    expect(measureScoreRange(LSNS_6, 'total')).toEqual({ min: 0, max: 30 });
  });

  it('leaves a score null when any of its items is missing (no published missing-item rule)', () => {
    const s = scoreMeasure(LSNS_6, [3, 2, null, 1, 1, 0]);
    expect(s.subscales).toEqual({ family: null, friends: 2 });
    expect(s.total).toBeNull();
    expect(s.flags.isolated).toBeNull();
    expect(s.issues.map((i) => i.code)).toEqual(['missing', 'unscored', 'unscored']);
  });

  it('prorates only when asked: family 3 + 2 answered → 5 × 3 / 2 = 7.5 → 8', () => {
    const s = scoreMeasure(LSNS_6, [3, 2, null, 1, 1, 0], {
      missing: { kind: 'prorate', minAnswered: 2, rounding: 'half-up' },
    });
    expect(s.subscales.family).toBe(8);
    expect(s.total).toBe(10); // 8 + 2
  });

  it('rejects an unknown isolation rule and an unknown option', () => {
    expect(() =>
      scoreMeasure(LSNS_6, [0, 0, 0, 0, 0, 0], { isolation: '<11' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.isolation must be one of '<12', '<=12', got "<11"]`,
    );
    expect(() =>
      scoreMeasure(LSNS_6, [0, 0, 0, 0, 0, 0], { isolaton: '<=12' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.isolaton is not an option of lsns-6; its options are missing, bands, isolation]`,
    );
  });
});
