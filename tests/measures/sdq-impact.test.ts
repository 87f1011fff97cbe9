import { describe, expect, it } from 'vitest';
import { scoreSdqImpact, type SdqInformant } from 'sos-eval/measures';

// Impact items recoded 0/0/1/2 (codes 0, 1 → 0; 2 → 1; 3 → 2); measures.md.
describe('scoreSdqImpact', () => {
  it('parent: [3,2,1,0,2] → 2 + 1 + 0 + 0 + 1 = 4', () => {
    expect(
      scoreSdqImpact({ difficulties: 2, items: [3, 2, 1, 0, 2] }, { informant: 'parent' }),
    ).toEqual({
      informant: 'parent',
      impact: 4,
      issues: [],
    });
  });

  it('maxima: parent and self five items × 2 = 10, teacher three × 2 = 6', () => {
    expect(
      scoreSdqImpact({ difficulties: 3, items: [3, 3, 3, 3, 3] }, { informant: 'parent' }).impact,
    ).toBe(10);
    expect(
      scoreSdqImpact({ difficulties: 3, items: [3, 3, 3, 3, 3] }, { informant: 'self' }).impact,
    ).toBe(10);
    expect(
      scoreSdqImpact({ difficulties: 3, items: [3, 3, 3] }, { informant: 'teacher' }).impact,
    ).toBe(6);
  });

  it('"only a little" (1) scores 0 like "not at all"', () => {
    expect(
      scoreSdqImpact({ difficulties: 1, items: [1, 1, 1] }, { informant: 'teacher' }).impact,
    ).toBe(0);
  });

  it('is 0 when the answer to "any difficulties?" is no, whatever the items say', () => {
    for (const informant of ['parent', 'self', 'teacher'] as SdqInformant[]) {
      expect(
        scoreSdqImpact({ difficulties: 0, items: [3, 3, 3, 3, 3] }, { informant }).impact,
      ).toBe(0);
    }
  });

  it('is null, with issues, when an impact item is missing or invalid', () => {
    const s = scoreSdqImpact({ difficulties: 2, items: [1, 4, null] }, { informant: 'teacher' });
    expect(s.impact).toBeNull();
    expect(s.issues.map((i) => [i.path, i.code])).toEqual([
      [['items', 1], 'out_of_range'],
      [['items', 2], 'missing'],
    ]);
  });

  it('is null when the difficulties answer is missing', () => {
    const s = scoreSdqImpact({ difficulties: null, items: [1, 1, 1] }, { informant: 'teacher' });
    expect(s.impact).toBeNull();
    expect(s.issues[0]!.path).toEqual(['difficulties']);
  });

  it('reports the wrong number of items and bad input without throwing', () => {
    expect(
      scoreSdqImpact({ difficulties: 1, items: [2, 2, 2] }, { informant: 'parent' }).issues[0]!
        .code,
    ).toBe('wrong_length');
    expect(scoreSdqImpact(null as never, { informant: 'parent' }).impact).toBeNull();
    expect(
      scoreSdqImpact({ difficulties: 1, items: 'x' as never }, { informant: 'parent' }).issues[0]!
        .code,
    ).toBe('not_array');
  });

  it('rejects an unknown informant', () => {
    expect(() =>
      scoreSdqImpact({ difficulties: 0, items: [] }, { informant: 'carer' as SdqInformant }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.informant must be one of 'parent', 'teacher', 'self', got "carer"]`,
    );
  });
});
