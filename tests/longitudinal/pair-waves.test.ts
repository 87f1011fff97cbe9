import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { pairWaves } from 'sos-eval/longitudinal';

interface Rec {
  familyId: unknown;
  n: number;
}
const recs = (ids: unknown[]): Rec[] => ids.map((familyId, n) => ({ familyId, n }));

const deepFreeze = <T>(x: T): T => {
  if (x !== null && typeof x === 'object') {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
};

describe('pairWaves', () => {
  it('pairs 270 families at T1 with the 184 re-interviewed at T2 (the 2017 counts)', () => {
    const t1 = recs(Array.from({ length: 270 }, (_, i) => `F-${i}`));
    // The first 184 families are re-interviewed, listed in reverse order at T2.
    const t2 = recs(Array.from({ length: 184 }, (_, i) => `F-${183 - i}`));
    const p = pairWaves(t1, t2);
    expect(p.retention).toEqual({ t1: 270, t2: 184, paired: 184, rate: 184 / 270 });
    expect(p.lostAfterT1).toHaveLength(270 - 184);
    expect(p.newAtT2).toEqual([]);
    expect(p.issues).toEqual([]);
    // Pairs follow T1 order, whatever order T2 came in.
    expect(p.paired.slice(0, 2).map((x) => [x.key, x.t1.n, x.t2.n])).toEqual([
      ['F-0', 0, 183],
      ['F-1', 1, 182],
    ]);
  });

  it('sets aside every record of a key duplicated at T1, and its T2 partner, as issues', () => {
    const p = pairWaves(recs(['A', 'B', 'A']), recs(['A', 'B']));
    expect(p.paired.map((x) => x.key)).toEqual(['B']);
    expect(p.lostAfterT1).toEqual([]);
    expect(p.newAtT2).toEqual([]);
    expect(p.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "duplicate_key",
          "message": "t1[0]: key "A" occurs more than once in t1; none of its records is paired",
          "path": [
            "t1",
            0,
          ],
        },
        {
          "code": "duplicate_key",
          "message": "t1[2]: key "A" occurs more than once in t1; none of its records is paired",
          "path": [
            "t1",
            2,
          ],
        },
        {
          "code": "partner_duplicate",
          "message": "t2[0]: key "A" occurs more than once in t1; record not paired",
          "path": [
            "t2",
            0,
          ],
        },
      ]
    `);
  });

  it('sets aside a key duplicated at T2, whether or not T1 has it', () => {
    const p = pairWaves(recs(['A', 'B']), recs(['A', 'C', 'A', 'C', 'A']));
    expect(p.paired).toEqual([]);
    expect(p.lostAfterT1.map((r) => r.familyId)).toEqual(['B']);
    expect(p.newAtT2).toEqual([]);
    expect(p.issues.map((i) => [i.path, i.code])).toEqual([
      [['t1', 0], 'partner_duplicate'],
      [['t2', 0], 'duplicate_key'],
      [['t2', 1], 'duplicate_key'],
      [['t2', 2], 'duplicate_key'],
      [['t2', 3], 'duplicate_key'],
      [['t2', 4], 'duplicate_key'],
    ]);
  });

  it('reports records without a usable key instead of pairing or dropping them', () => {
    const p = pairWaves(recs([null, '', NaN, { id: 1 }, 7]), recs([undefined, 7]));
    expect(p.paired.map((x) => x.key)).toEqual([7]);
    expect(p.issues.map((i) => [i.path, i.code])).toEqual([
      [['t1', 0], 'invalid_key'],
      [['t1', 1], 'invalid_key'],
      [['t1', 2], 'invalid_key'],
      [['t1', 3], 'invalid_key'],
      [['t2', 0], 'invalid_key'],
    ]);
    expect(p.issues[2]!.message).toMatchInlineSnapshot(
      `"t1[2]: key NaN is not a non-empty string or finite number; record not paired"`,
    );
  });

  it('accepts any iterable and a key function; "7" and 7 are different keys', () => {
    function* gen() {
      yield { id: 7, wave: 'T2' };
      yield { id: '8', wave: 'T2' };
    }
    const t1 = new Set([
      { id: '7', wave: 'T1' },
      { id: 8, wave: 'T1' },
      { id: 9, wave: 'T1' },
    ]);
    const p = pairWaves(t1, gen(), {
      key: (r) => (typeof r.id === 'string' ? Number(r.id) : r.id),
    });
    expect(p.paired.map((x) => x.key)).toEqual([7, 8]);
    expect(pairWaves(t1, gen(), { key: 'id' }).paired).toEqual([]);
  });

  it('gives a null rate with no T1 records', () => {
    expect(pairWaves([], []).retention).toEqual({ t1: 0, t2: 0, paired: 0, rate: null });
  });

  it('throws a TypeError naming the argument for a non-iterable input or a bad key', () => {
    expect(() => pairWaves(42 as never, [])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: t1 must be an array or other iterable of records, got 42]`,
    );
    expect(() => pairWaves([], 'F-1' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: t2 must be an array or other iterable of records, got "F-1"]`,
    );
    expect(() => pairWaves([], null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: t2 must be an array or other iterable of records, got null]`,
    );
    expect(() => pairWaves([], [], { key: 3 as never })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: key must be a property name or a function, got 3]`,
    );
  });

  // Keys from a small alphabet so duplicates, invalid keys and both-wave keys all occur.
  const key = fc.oneof(
    fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    fc.integer({ min: 0, max: 5 }),
    fc.constantFrom(null, NaN, ''),
  );
  const wave = fc.array(key, { maxLength: 30 }).map(recs);

  test.prop([wave, wave])('partitions each wave into paired, unpaired and issues', (t1, t2) => {
    const p = pairWaves(t1, t2);
    const count = (xs: readonly unknown[], k: unknown) => xs.filter((x) => Object.is(x, k)).length;
    const ids1 = t1.map((r) => r.familyId);
    const ids2 = t2.map((r) => r.familyId);
    const placed1 = [
      ...p.paired.map((x) => x.t1.n),
      ...p.lostAfterT1.map((r) => r.n),
      ...p.issues.filter((i) => i.path[0] === 't1').map((i) => i.path[1]),
    ];
    const placed2 = [
      ...p.paired.map((x) => x.t2.n),
      ...p.newAtT2.map((r) => r.n),
      ...p.issues.filter((i) => i.path[0] === 't2').map((i) => i.path[1]),
    ];
    expect([...placed1].sort((a, b) => Number(a) - Number(b))).toEqual(t1.map((r) => r.n));
    expect([...placed2].sort((a, b) => Number(a) - Number(b))).toEqual(t2.map((r) => r.n));
    for (const pair of p.paired) {
      expect(pair.t1.familyId).toBe(pair.key);
      expect(pair.t2.familyId).toBe(pair.key);
    }
    // A valid key seen exactly once in each wave is always paired; any other key never is.
    const valid = (k: unknown) =>
      (typeof k === 'string' && k !== '') || (typeof k === 'number' && !Number.isNaN(k));
    const expected = ids1.filter((k) => valid(k) && count(ids1, k) === 1 && count(ids2, k) === 1);
    expect(p.paired.map((x) => x.key)).toEqual(expected);
    expect(p.retention).toEqual({
      t1: t1.length,
      t2: t2.length,
      paired: expected.length,
      rate: t1.length === 0 ? null : expected.length / t1.length,
    });
  });

  test.prop([wave, wave])('leaves frozen inputs unchanged', (t1, t2) => {
    const before = structuredClone([t1, t2]);
    pairWaves(deepFreeze(t1), deepFreeze(t2));
    expect([t1, t2]).toEqual(before);
  });
});
