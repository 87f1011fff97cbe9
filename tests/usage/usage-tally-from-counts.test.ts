import { describe, expect, it } from 'vitest';
import { tallyRows, usageTallyFromCounts } from 'sos-eval/usage';

describe('usageTallyFromCounts', () => {
  it('adds rows for the same group and tool, and accepts any iterable', () => {
    function* rows() {
      yield { group: 'new', tool: 'mapping' as const, all: 1, some: 2, none: 3 };
      yield { group: 'new', tool: 'mapping' as const, all: 4, some: 5, none: 6, missing: 7 };
    }
    // 1 + 4 = 5, 2 + 5 = 7, 3 + 6 = 9; n = 5 + 7 + 9 = 21.
    expect(tallyRows(usageTallyFromCounts(rows()))).toEqual([
      { group: 'new', tool: 'mapping', all: 5, some: 7, none: 9, missing: 7, n: 21 },
    ]);
  });

  it('keeps a group called __proto__ as an ordinary group', () => {
    const tally = usageTallyFromCounts([
      { group: '__proto__', tool: 'mapping', all: 1, some: 0, none: 0 },
    ]);
    expect(Object.keys(tally.groups)).toEqual(['__proto__']);
    expect(tallyRows(tally)[0]!.group).toBe('__proto__');
  });

  it('throws on broken counts, naming the row and field', () => {
    const ok = { group: 'g', tool: 'mapping' as const, all: 1, some: 1, none: 1 };
    expect(() => usageTallyFromCounts([ok, { ...ok, all: -1 }])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[1].all must be a whole number ≥ 0, got -1]`,
    );
    expect(() =>
      usageTallyFromCounts([{ ...ok, missing: 0.5 }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].missing must be a whole number ≥ 0, got 0.5]`,
    );
    expect(() =>
      usageTallyFromCounts([{ ...ok, tool: 'genogram' as never }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].tool must be a known tool id, got "genogram"]`,
    );
    expect(() => usageTallyFromCounts([{ ...ok, n: 4 }])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].n must equal all + some + none (3), got 4]`,
    );
    expect(() =>
      usageTallyFromCounts([{ ...ok, group: 3 as never }]),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: rows[0].group must be a string, got 3]`);
    expect(() => usageTallyFromCounts([null as never])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: rows[0] must be an object of counts, got null]`,
    );
    expect(() => usageTallyFromCounts(undefined as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: rows must be an iterable (an array or generator), got undefined]`,
    );
  });
});
