import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { pairWaves } from 'sos-eval/longitudinal';
import { SOS_2017 } from 'sos-eval/reference';
import { studyArb } from '../_support/study-arbitrary.js';

const study = SOS_2017;
const [T1, T2] = SOS_2017.ids.waves;
const options = { study, from: T1, to: T2 } as const;

interface Rec {
  familyId: unknown;
  wave: unknown;
  n: number;
}
/** Records of two waves in one list, numbered in input order. */
const recs = (first: unknown[], second: unknown[] = []): Rec[] =>
  [
    ...first.map((familyId) => ({ familyId, wave: T1 as unknown })),
    ...second.map((familyId) => ({ familyId, wave: T2 as unknown })),
  ].map((r, n) => ({ ...r, n }));

const deepFreeze = <T>(x: T): T => {
  if (x !== null && typeof x === 'object') {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
};

describe('pairWaves', () => {
  it('pairs 270 families at Time 1 with the 184 re-interviewed at Time 2 (the 2017 counts)', () => {
    const t1 = Array.from({ length: 270 }, (_, i) => `F-${i}`);
    // The first 184 families are re-interviewed, listed in reverse order at Time 2.
    const t2 = Array.from({ length: 184 }, (_, i) => `F-${183 - i}`);
    const p = pairWaves(recs(t1, t2), options);
    expect([p.from, p.to]).toEqual(['T1', 'T2']);
    expect(p.retention).toEqual({ from: 270, to: 184, paired: 184, rate: 184 / 270 });
    expect(p.lost).toHaveLength(270 - 184);
    expect(p.joined).toEqual([]);
    expect(p.issues).toEqual([]);
    // Pairs follow the order of the `from` records, whatever order the `to` records came in.
    expect(p.paired.slice(0, 2).map((x) => [x.key, x.from.n, x.to.n])).toEqual([
      ['F-0', 0, 270 + 183],
      ['F-1', 1, 270 + 182],
    ]);
  });

  it('sets aside every record of a key duplicated at `from`, and its `to` partner, as issues', () => {
    const p = pairWaves(recs(['A', 'B', 'A'], ['A', 'B']), options);
    expect(p.paired.map((x) => x.key)).toEqual(['B']);
    expect(p.lost).toEqual([]);
    expect(p.joined).toEqual([]);
    expect(p.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "duplicate_key",
          "message": "[0]: key "A" occurs more than once at wave 'T1'; none of its records is paired",
          "path": [
            0,
          ],
        },
        {
          "code": "duplicate_key",
          "message": "[2]: key "A" occurs more than once at wave 'T1'; none of its records is paired",
          "path": [
            2,
          ],
        },
        {
          "code": "partner_duplicate",
          "message": "[3]: key "A" occurs more than once at wave 'T1'; record not paired",
          "path": [
            3,
          ],
        },
      ]
    `);
  });

  it('sets aside a key duplicated at `to`, whether or not `from` has it', () => {
    const p = pairWaves(recs(['A', 'B'], ['A', 'C', 'A', 'C', 'A']), options);
    expect(p.paired).toEqual([]);
    expect(p.lost.map((r) => r.familyId)).toEqual(['B']);
    expect(p.joined).toEqual([]);
    expect(p.issues.map((i) => [i.path, i.code])).toEqual([
      [[0], 'partner_duplicate'],
      [[2], 'duplicate_key'],
      [[3], 'duplicate_key'],
      [[4], 'duplicate_key'],
      [[5], 'duplicate_key'],
      [[6], 'duplicate_key'],
    ]);
  });

  it('reports records without a usable key or with a wave the study lacks', () => {
    const records = [...recs([null, '', NaN, { id: 1 }, 7], [undefined, 7])];
    records.splice(
      2,
      0,
      { familyId: 'X', wave: 'T3', n: -1 },
      { familyId: 'Y', wave: null, n: -2 },
    );
    const p = pairWaves(records, options);
    expect(p.paired.map((x) => x.key)).toEqual([7]);
    expect(p.issues.map((i) => [i.path, i.code])).toEqual([
      [[0], 'invalid_key'],
      [[1], 'invalid_key'],
      [[2], 'unknown_wave'],
      [[3], 'unknown_wave'],
      [[4], 'invalid_key'],
      [[5], 'invalid_key'],
      [[7], 'invalid_key'],
    ]);
    expect(p.issues[2]!.message).toMatchInlineSnapshot(
      `"[2]: wave "T3" is not one of the study's waves ('T1', 'T2'); record set aside"`,
    );
    expect(p.issues[4]!.message).toMatchInlineSnapshot(
      `"[4]: key NaN is not a non-empty string or finite number; record not paired"`,
    );
  });

  it('accepts any iterable, key and wave functions; "7" and 7 are different keys', () => {
    function* gen() {
      yield { id: '7', at: 'first' };
      yield { id: 8, at: 'first' };
      yield { id: 9, at: 'first' };
      yield { id: 7, at: 'second' };
      yield { id: '8', at: 'second' };
    }
    const wave = (r: { at: string }) => (r.at === 'first' ? T1 : T2);
    const p = pairWaves(gen(), {
      ...options,
      wave,
      key: (r) => (typeof r.id === 'string' ? Number(r.id) : r.id),
    });
    expect(p.paired.map((x) => x.key)).toEqual([7, 8]);
    expect(pairWaves(gen(), { ...options, wave, key: 'id' }).paired).toEqual([]);
  });

  it("types the waves by the study's ids", () => {
    // @ts-expect-error 'T3' is not a wave of SOS_2017
    expect(() => pairWaves([], { study, from: 'T1', to: 'T3' })).toThrow(RangeError);
    const p = pairWaves([], { study, from: 'T2', to: 'T1' });
    const from: 'T1' | 'T2' = p.from;
    expect(from).toBe('T2');
  });

  it('gives a null rate with no `from` records', () => {
    expect(pairWaves([], options).retention).toEqual({ from: 0, to: 0, paired: 0, rate: null });
  });

  it('throws a TypeError or RangeError naming the argument', () => {
    expect(() => pairWaves(42 as never, options)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: records must be an array or other iterable of records, got 42]`,
    );
    expect(() => pairWaves('F-1' as never, options)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: records must be an array or other iterable of records, got "F-1"]`,
    );
    expect(() => pairWaves([], { ...options, key: 3 as never })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: key must be a property name or a function, got 3]`,
    );
    expect(() =>
      pairWaves([], { ...options, study: {} } as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: study must be a study made by defineStudy, got object]`,
    );
    expect(() =>
      pairWaves([], { ...options, to: 'T3' as never }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: to must be one of 'T1', 'T2', got "T3"]`);
    expect(() => pairWaves([], { ...options, to: T1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: to must be a different wave from from, got "T1" for both]`,
    );
  });

  // Keys from a small alphabet so duplicates, invalid keys and both-wave keys all occur.
  const key = fc.oneof(
    fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    fc.integer({ min: 0, max: 5 }),
    fc.constantFrom(null, NaN, ''),
  );

  test.prop([fc.array(key, { maxLength: 30 }), fc.array(key, { maxLength: 30 })])(
    'partitions each wave into paired, unpaired and issues',
    (ids1, ids2) => {
      const records = recs(ids1, ids2);
      const p = pairWaves(records, options);
      const count = (xs: readonly unknown[], k: unknown) =>
        xs.filter((x) => Object.is(x, k)).length;
      const issueAt = p.issues.map((i) => i.path[0] as number);
      const placed = [
        ...p.paired.flatMap((x) => [x.from.n, x.to.n]),
        ...p.lost.map((r) => r.n),
        ...p.joined.map((r) => r.n),
        ...issueAt,
      ];
      expect([...placed].sort((a, b) => a - b)).toEqual(records.map((r) => r.n));
      expect(issueAt).toEqual([...issueAt].sort((a, b) => a - b));
      for (const r of p.lost) expect(r.wave).toBe(T1);
      for (const r of p.joined) expect(r.wave).toBe(T2);
      for (const pair of p.paired) {
        expect([pair.from.familyId, pair.from.wave]).toEqual([pair.key, T1]);
        expect([pair.to.familyId, pair.to.wave]).toEqual([pair.key, T2]);
      }
      // A valid key seen exactly once in each wave is always paired; any other key never is.
      const valid = (k: unknown) =>
        (typeof k === 'string' && k !== '') || (typeof k === 'number' && !Number.isNaN(k));
      const expected = ids1.filter((k) => valid(k) && count(ids1, k) === 1 && count(ids2, k) === 1);
      expect(p.paired.map((x) => x.key)).toEqual(expected);
      expect(p.retention).toEqual({
        from: ids1.length,
        to: ids2.length,
        paired: expected.length,
        rate: ids1.length === 0 ? null : expected.length / ids1.length,
      });
      // Swapping the waves swaps lost and joined and pairs the same families.
      const q = pairWaves(records, { study, from: T2, to: T1 });
      expect(q.lost).toEqual(p.joined);
      expect(q.joined).toEqual(p.lost);
      expect(q.paired.map((x) => x.key).sort()).toEqual(p.paired.map((x) => x.key).sort());
      expect(q.issues).toEqual(p.issues);
    },
  );

  test.prop([fc.array(key, { maxLength: 30 }), fc.array(key, { maxLength: 30 })])(
    'leaves frozen inputs unchanged',
    (ids1, ids2) => {
      const records = recs(ids1, ids2);
      const before = structuredClone(records);
      pairWaves(deepFreeze(records), options);
      expect(records).toEqual(before);
    },
  );

  test.prop([
    studyArb.chain((s) =>
      fc.record({
        study: fc.constant(s),
        from: fc.constantFrom(...s.ids.waves),
        to: fc.constantFrom(...s.ids.waves),
        records: fc.array(
          fc.record({
            familyId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
            wave: fc.oneof(fc.constantFrom(...s.ids.waves), fc.constant('nowhere')),
          }),
          { maxLength: 40 },
        ),
      }),
    ),
  ])('for any study: records at other waves are left alone, unknown waves are issues', (c) => {
    fc.pre(c.from !== c.to);
    const p = pairWaves(c.records, c);
    const at = (w: string) => c.records.filter((r) => r.wave === w).length;
    expect([p.retention.from, p.retention.to]).toEqual([at(c.from), at(c.to)]);
    const unknown = c.records.flatMap((r, i) => (r.wave === 'nowhere' ? [i] : []));
    expect(p.issues.filter((i) => i.code === 'unknown_wave').map((i) => i.path[0])).toEqual(
      unknown,
    );
    expect(
      p.paired.length * 2 + p.lost.length + p.joined.length + p.issues.length - unknown.length,
    ).toBe(at(c.from) + at(c.to));
  });
});
