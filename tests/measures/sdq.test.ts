import { describe, expect, it } from 'vitest';
import { SDQ, SDQ_PARENT, SDQ_SELF, SDQ_TEACHER, scoreMeasure } from 'sos-eval/measures';

// Vector A from measures.md, items 1…25.
const A = [2, 1, 0, 2, 1, 0, 2, 1, 2, 1, 2, 0, 1, 2, 2, 1, 2, 0, 0, 1, 1, 0, 1, 0, 1];
const withItems = (base: readonly (number | null)[], items: Record<number, number | null>) =>
  base.map((code, i) => (Object.hasOwn(items, i + 1) ? items[i + 1]! : code));

describe('SDQ scoring (measures.md vectors)', () => {
  it('vector A', () => {
    const s = scoreMeasure(SDQ_PARENT, A);
    expect(s.subscales).toEqual({
      emotional: 3,
      conduct: 1,
      hyperactivity: 6,
      peer: 1,
      prosocial: 9,
    });
    expect(s.totals).toEqual({ totalDifficulties: 11, externalising: 7, internalising: 4 });
    expect(s.total).toBe(11);
    expect(s.issues).toEqual([]);
  });

  it('all 0: reversed items score 2 → conduct 2 (item 7), hyperactivity 4 (21, 25), peer 4 (11, 14); total 10', () => {
    const s = scoreMeasure(SDQ_PARENT, Array(25).fill(0));
    expect(s.subscales).toEqual({
      emotional: 0,
      conduct: 2,
      hyperactivity: 4,
      peer: 4,
      prosocial: 0,
    });
    expect(s.total).toBe(10);
  });

  it('all 2: 10, 10 − 2 = 8, 10 − 4 = 6, 6, 10; total 30', () => {
    const s = scoreMeasure(SDQ_PARENT, Array(25).fill(2));
    expect(s.subscales).toEqual({
      emotional: 10,
      conduct: 8,
      hyperactivity: 6,
      peer: 6,
      prosocial: 10,
    });
    expect(s.total).toBe(30);
  });

  it('prorates 3 answered: items 3, 8, 13 = 2, 1, 1 → 4 × 5 / 3 = 6.67 → 7', () => {
    const s = scoreMeasure(SDQ_PARENT, withItems(A, { 3: 2, 8: 1, 13: 1, 16: null, 24: null }));
    expect(s.subscales.emotional).toBe(7);
    expect(s.total).toBe(15); // 7 + 1 + 6 + 1
    expect(s.totals.internalising).toBe(8); // 7 + 1
  });

  it('rounds half up: items 3, 8, 13, 16 = 1, 1, 0, 0 → 2 × 5 / 4 = 2.5 → 3 (not banker’s 2)', () => {
    const s = scoreMeasure(SDQ_PARENT, withItems(A, { 3: 1, 8: 1, 13: 0, 16: 0, 24: null }));
    expect(s.subscales.emotional).toBe(3);
    expect(s.total).toBe(11); // 3 + 1 + 6 + 1
  });

  it('rounds 7.5 up to 8: items 3, 8, 13, 16 = 2, 2, 1, 1 → 6 × 5 / 4 = 7.5', () => {
    expect(
      scoreMeasure(SDQ_PARENT, withItems(A, { 3: 2, 8: 2, 13: 1, 16: 1, 24: null })).subscales
        .emotional,
    ).toBe(8);
  });

  it('leaves emotional and the totals that use it missing when items 3, 8, 13 are missing (2 of 5 answered)', () => {
    const s = scoreMeasure(SDQ_PARENT, withItems(A, { 3: null, 8: null, 13: null }));
    expect(s.subscales.emotional).toBeNull();
    expect(s.total).toBeNull();
    expect(s.totals).toEqual({ totalDifficulties: null, externalising: 7, internalising: null });
    expect(s.bands.totalDifficulties).toBeNull();
    expect(s.issues.filter((i) => i.code === 'unscored').map((i) => i.path)).toEqual([
      ['subscales', 'emotional'],
      ['totals', 'totalDifficulties'],
      ['totals', 'internalising'],
    ]);
  });
});

describe('SDQ bands', () => {
  // Parent 3-band: 0–13 / 14–16 / 17–40. A = 11 normal; all 2 = 30 abnormal.
  it('parent total bands', () => {
    expect(scoreMeasure(SDQ_PARENT, A).bands).toEqual({ totalDifficulties: 'normal' });
    expect(scoreMeasure(SDQ_PARENT, Array(25).fill(2)).bands).toEqual({
      totalDifficulties: 'abnormal',
    });
    // A with items 3, 8, 13 = 2, 1, 1 and 16, 24 missing → total 15 → borderline.
    const b = withItems(A, { 3: 2, 8: 1, 13: 1, 16: null, 24: null });
    expect(scoreMeasure(SDQ_PARENT, b).bands.totalDifficulties).toBe('borderline');
  });

  it('teacher total bands 0–11 / 12–15 / 16–18 / 19–40', () => {
    expect(scoreMeasure(SDQ_TEACHER, Array(25).fill(0)).bands.totalDifficulties).toBe(
      'close to average',
    ); // 10
    const b = withItems(A, { 3: 2, 8: 1, 13: 1, 16: null, 24: null }); // 15
    expect(scoreMeasure(SDQ_TEACHER, b).bands.totalDifficulties).toBe('slightly raised');
    expect(scoreMeasure(SDQ_TEACHER, Array(25).fill(2)).bands.totalDifficulties).toBe('very high'); // 30
  });

  it('self report ships no bands but takes a user table', () => {
    expect(scoreMeasure(SDQ_SELF, A).bands).toEqual({});
    const mine = {
      source: 'my service',
      confidence: 'unverified' as const,
      bands: [
        { label: 'low', min: 0, max: 10 },
        { label: 'high', min: 11, max: 40 },
      ],
    };
    expect(scoreMeasure(SDQ_SELF, A, { bands: { totalDifficulties: mine } }).bands).toEqual({
      totalDifficulties: 'high',
    });
    expect(scoreMeasure(SDQ_PARENT, A, { bands: { totalDifficulties: null } }).bands).toEqual({});
  });

  it('rejects a user band table with a gap or the wrong range', () => {
    const gap = {
      source: 's',
      confidence: 'unverified' as const,
      bands: [
        { label: 'low', min: 0, max: 10 },
        { label: 'high', min: 12, max: 40 },
      ],
    };
    expect(() =>
      scoreMeasure(SDQ_SELF, A, { bands: { totalDifficulties: gap } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.bands.totalDifficulties: bands must be contiguous: "high" starts at 12, expected 11]`,
    );
    const short = {
      source: 's',
      confidence: 'unverified' as const,
      bands: [{ label: 'all', min: 0, max: 9 }],
    };
    expect(() =>
      scoreMeasure(SDQ_SELF, A, { bands: { emotional: short } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.bands.emotional: bands must cover 0 to 10, got 0 to 9]`,
    );
    expect(() =>
      scoreMeasure(SDQ_SELF, A, { bands: { nonsense: short } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.bands key must be one of 'emotional', 'conduct', 'hyperactivity', 'peer', 'prosocial', 'totalDifficulties', 'externalising', 'internalising', got "nonsense"]`,
    );
  });

  it('SDQ is the parent version', () => {
    expect(SDQ).toBe(SDQ_PARENT);
    expect(SDQ_PARENT.bands.totalDifficulties!.confidence).toBe('2+ sources');
    expect(SDQ_TEACHER.bands.totalDifficulties!.confidence).toBe('1 source');
  });
});
