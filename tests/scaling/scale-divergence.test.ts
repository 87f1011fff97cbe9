import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { scaleDivergence, type CaseJudgement } from 'sos-eval/scaling';
import { deepFreeze } from './_deep-freeze.js';

const j = (
  caseId: string,
  date: string,
  scoredBy: CaseJudgement['scoredBy'],
  score: number | null,
): CaseJudgement => ({ caseId, date, scoredBy, score });

const GROUP: Record<string, string> = { A: 'new', B: 'new', C: 'two-years' };

describe('scaleDivergence', () => {
  const data = [
    j('A', '2015-06-01', 'worker', 6),
    j('A', '2015-06-01', 'family', 4),
    j('A', '2015-06-01', 'network', 6.5),
    j('A', '2015-09-01', 'worker', 7),
    j('A', '2015-09-01', 'family', 5.5),
    j('B', '2015-06-01', 'worker', 3),
    j('B', '2015-06-01', 'family', 5),
    j('C', '2015-07-01', 'worker', 8),
    j('C', '2015-07-01', 'family', 8),
    j('C', '2015-08-01', 'worker', 5), // no partner that day
    j('C', '2015-08-01', 'family', null), // missing
  ];

  it('pairs same-day scores and says who is more optimistic', () => {
    const d = scaleDivergence(data, { by: (id) => GROUP[id]! });
    expect(d.pairs.map((p) => [p.caseId, p.date, p.comparedWith, p.gap, p.moreOptimistic])).toEqual(
      [
        ['A', '2015-06-01', 'family', 2, 'worker'], // 6 − 4
        ['A', '2015-06-01', 'network', -0.5, 'network'], // 6 − 6.5
        ['A', '2015-09-01', 'family', 1.5, 'worker'], // 7 − 5.5
        ['B', '2015-06-01', 'family', -2, 'family'], // 3 − 5
        ['C', '2015-07-01', 'family', 0, 'agree'], // 8 − 8
      ],
    );
    expect(d.pairs[0]).toMatchObject({ group: 'new', worker: 6, other: 4 });
    expect(d.unpaired).toBe(1);
    expect(d.missing).toBe(1);
    expect(d.issues).toEqual([]);
  });

  it('summarises per group and comparison as tidy rows', () => {
    const d = scaleDivergence(data, { by: (id) => GROUP[id]! });
    expect(d.summary).toEqual([
      // new × family: gaps 2, 1.5, −2 → mean 1.5 / 3 = 0.5; worker higher in 2 of 3
      {
        group: 'new',
        comparedWith: 'family',
        nPairs: 3,
        meanGap: 0.5,
        shareWorkerMoreOptimistic: 2 / 3,
      },
      // new × network: gap −0.5
      {
        group: 'new',
        comparedWith: 'network',
        nPairs: 1,
        meanGap: -0.5,
        shareWorkerMoreOptimistic: 0,
      },
      {
        group: 'two-years',
        comparedWith: 'family',
        nPairs: 1,
        meanGap: 0,
        shareWorkerMoreOptimistic: 0,
      },
      {
        group: 'two-years',
        comparedWith: 'network',
        nPairs: 0,
        meanGap: null,
        shareWorkerMoreOptimistic: null,
      },
    ]);
  });

  it('reports a scorer with two scores on one case and date, and bad rows', () => {
    const d = scaleDivergence([
      j('A', '2015-06-01', 'worker', 6),
      j('A', '2015-06-01', 'family', 4),
      j('A', '2015-06-01', 'family', 5),
      j('B', 'June', 'worker', 6),
      { caseId: 'B', date: '2015-06-01', scoredBy: 'manager' as 'worker', score: 6 },
    ]);
    expect(d.pairs).toEqual([]);
    expect(d.unpaired).toBe(1); // A's worker score has no usable partner
    expect(d.issues.map((i) => [i.path, i.code])).toEqual([
      [[1, 'score'], 'duplicate_score'],
      [[2, 'score'], 'duplicate_score'],
      [[3, 'date'], 'invalid_date'],
      [[4, 'scoredBy'], 'invalid_value'],
    ]);
    expect(d.issues[0]?.message).toMatchInlineSnapshot(
      `"[1].score: case "A" has 2 family scores dated 2015-06-01; none is used"`,
    );
  });

  it('throws for broken arguments', () => {
    expect(() =>
      scaleDivergence([], { by: 'pilot' as unknown as (id: string) => string }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: by must be a function of caseId, got "pilot"]`,
    );
    expect(() =>
      scaleDivergence([j('Z', '2015-06-01', 'worker', 1)], { by: (id) => GROUP[id]! }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: by must return a string group for every case, got undefined for case "Z"]`,
    );
  });

  const judgement = fc.record({
    caseId: fc.constantFrom('A', 'B', 'C'),
    date: fc.constantFrom('2015-06-01', '2015-09-01'),
    scoredBy: fc.constantFrom('worker' as const, 'family' as const, 'network' as const),
    score: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 }).map((k) => k / 2) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
  });

  test.prop([fc.array(judgement, { maxLength: 30 })])(
    'every gap is worker − other; summary pair counts add up to the pairs',
    (js) => {
      const copy = structuredClone(js);
      const d = scaleDivergence(deepFreeze(js));
      expect(js).toEqual(copy);
      for (const p of d.pairs) expect(p.gap).toBe(p.worker - p.other);
      expect(d.summary.reduce((a, r) => a + r.nPairs, 0)).toBe(d.pairs.length);
    },
  );
});
