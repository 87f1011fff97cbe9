import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { attrition, compareCohorts, compareGroups, pairWaves } from 'sos-eval/longitudinal';
import { defineStudy } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { studyArb } from '../_support/study-arbitrary.js';
import { THREE_WAVES } from '../_support/studies.js';

const study = SOS_2017;
const [C1, C2] = SOS_2017.ids.cohorts;
const [T1, T2] = SOS_2017.ids.waves;
const wrap = (xs: unknown[]) => xs.map((x) => ({ x }));
/** One list of records: `a` in the first cohort, `b` in the second. */
const cohorts = (a: unknown[], b: unknown[], [first, second] = [C1 as string, C2 as string]) => [
  ...a.map((x) => ({ cohort: first, x })),
  ...b.map((x) => ({ cohort: second, x })),
];
const score = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const yesNo = fc.oneof(
  { weight: 9, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

describe('compareCohorts', () => {
  test.prop([fc.array(score, { maxLength: 30 }), fc.array(score, { maxLength: 30 })])(
    'swapping the cohorts flips the median difference and keeps the two-sided p',
    (a, b) => {
      const ab = compareCohorts(cohorts(a, b), { study, measure: 'x', kind: 'scale' });
      const ba = compareCohorts(cohorts(a, b), {
        study,
        cohorts: [C2, C1],
        measure: 'x',
        kind: 'scale',
      });
      expect([ab.comparison, ba.comparison]).toEqual([
        'Cohort 2 - Cohort 1',
        'Cohort 1 - Cohort 2',
      ]);
      expect(ba.estimate === null ? null : -ba.estimate + 0).toBe(
        ab.estimate === null ? null : ab.estimate + 0,
      );
      if (ab.pValue === null) expect(ba.pValue).toBeNull();
      else expect(Math.abs((ba.pValue as number) - ab.pValue)).toBeLessThanOrEqual(1e-12);
    },
  );

  test.prop([fc.array(yesNo, { maxLength: 30 }), fc.array(yesNo, { maxLength: 30 })])(
    'binary: swapping the cohorts flips the difference and mirrors its interval',
    (a, b) => {
      const ab = compareCohorts(cohorts(a, b), { study, measure: 'x', kind: 'binary' });
      const ba = compareCohorts(cohorts(b, a), { study, measure: 'x', kind: 'binary' });
      const neg = (v: number | null) => (v === null ? null : -v);
      for (const [x, y] of [
        [neg(ba.estimate), ab.estimate],
        [neg(ba.confHigh), ab.confLow],
        [neg(ba.confLow), ab.confHigh],
      ] as const) {
        if (x === null || y === null) expect(x).toBe(y);
        else expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-12);
      }
      if (ab.pValue === null) expect(ba.pValue).toBeNull();
      else expect(Math.abs((ba.pValue as number) - ab.pValue)).toBeLessThanOrEqual(1e-12);
    },
  );

  it('compares a categorical measure with chi-square and no estimate', () => {
    // Expected counts all 2, |O − E| = 1: Yates gives 4 × (1 − 0.5)² / 2 = 0.5 (R: chisq.test(rbind(c(3, 1), c(1, 3)))).
    const r = compareCohorts(cohorts(['a', 'a', 'a', 'b'], ['a', 'b', 'b', 'b']), {
      study,
      measure: 'x',
      kind: 'categorical',
    });
    expect([r.estimate, r.method]).toEqual([
      null,
      "Pearson's Chi-squared test with Yates' continuity correction",
    ]);
    expect(r.statistic).toBeCloseTo(0.5, 12);
  });

  it('counts records without a known cohort as missing and leaves other cohorts alone', () => {
    const three = defineStudy({
      id: 'three',
      title: 'Three cohorts',
      pilots: [{ id: 'north', name: 'North' }],
      cohorts: [
        { id: 'spring', label: 'Spring', referrals: { start: '2026-01-01', end: '2026-03-31' } },
        { id: 'summer', label: 'Summer', referrals: { start: '2026-04-01', end: '2026-06-30' } },
        { id: 'autumn', label: 'Autumn', referrals: { start: '2026-09-01', end: '2026-11-30' } },
      ],
      waves: [
        { id: 'baseline', label: 'Baseline' },
        { id: 'one-year', label: 'One year' },
      ],
      tools: [{ id: 'mapping', name: 'Mapping' }],
    });
    const records = [
      { c: 'spring', x: 1 },
      { c: 'autumn', x: 4 },
      { c: 'summer', x: 99 },
      { c: null, x: 99 },
      { c: 'winter', x: 99 },
      { c: 'spring', x: NaN },
      { c: 'autumn', x: 6 },
      { c: 'spring', x: 2 },
    ];
    const r = compareCohorts(records, {
      study: three,
      cohorts: ['spring', 'autumn'],
      cohort: 'c',
      measure: 'x',
      kind: 'interval',
    });
    // Spring 1, 2 (median 1.5); autumn 4, 6 (median 5); summer is not compared.
    expect([r.comparison, r.estimate, r.n, r.nMissing]).toEqual(['Autumn - Spring', 3.5, 4, 3]);
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([
      [[3], 'missing_cohort'],
      [[4], 'unknown_cohort'],
      [[5], 'not_a_number'],
    ]);
    expect(() =>
      compareCohorts(records, { study: three, cohort: 'c', measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: cohorts is required when the study has 3 cohorts ('spring', 'summer', 'autumn'): name the two to compare]`,
    );
  });

  test.prop([
    studyArb.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.constantFrom(...s.ids.cohorts),
        fc.constantFrom(...s.ids.cohorts),
        fc.array(score, { maxLength: 20 }),
        fc.array(score, { maxLength: 20 }),
      ),
    ),
  ])('for any study: labels from the study, and swapping the cohorts flips the estimate', (c) => {
    const [s, first, second, a, b] = c;
    fc.pre(first !== second);
    const records = cohorts(a, b, [first, second]);
    const ab = compareCohorts(records, {
      study: s,
      cohorts: [first, second],
      measure: 'x',
      kind: 'scale',
    });
    const ba = compareCohorts(records, {
      study: s,
      cohorts: [second, first],
      measure: 'x',
      kind: 'scale',
    });
    expect(ab.comparison).toBe(`${s.cohort(second)!.label} - ${s.cohort(first)!.label}`);
    expect(ba.estimate === null ? null : -ba.estimate + 0).toBe(
      ab.estimate === null ? null : ab.estimate + 0,
    );
    expect([ab.n, ab.nMissing]).toEqual([ba.n, ba.nMissing]);
  });

  it('throws for broken arguments', () => {
    expect(() =>
      compareCohorts([], { study, measure: 'x', kind: 'scale', cohorts: [C1, C1] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: cohorts must be two different cohorts of the study ('cohort-1', 'cohort-2'), got an array of length 2]`,
    );
    expect(() =>
      compareCohorts([], { study, measure: 'x', kind: 'counts' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: kind must be one of 'binary', 'categorical', 'ordinal', 'scale', 'interval', got "counts"]`,
    );
    expect(() =>
      compareCohorts(1 as never, { study, measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: records must be an array or other iterable of records, got 1]`,
    );
    expect(() =>
      compareCohorts([], { measure: 'x', kind: 'scale' } as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: study must be a study made by defineStudy, got undefined]`,
    );
  });
});

describe('compareGroups', () => {
  const records = [
    { g: 'new', x: 1 },
    { g: '2 years', x: 3 },
    { g: 'new', x: 2 },
    { g: '2+ years', x: 5 },
    { g: '2 years', x: 4 },
    { g: '2+ years', x: 6 },
    { g: null, x: 9 },
    { g: 'new', x: NaN },
  ];

  it('gives the same rows from a list with `by` as from a record of groups', () => {
    const byList = compareGroups(records, { measure: 'x', kind: 'scale', by: 'g' });
    const byRecord = compareGroups(
      { new: wrap([1, 2, NaN]), '2 years': wrap([3, 4]), '2+ years': wrap([5, 6]) },
      { measure: 'x', kind: 'scale' },
    );
    const strip = (rows: typeof byList) =>
      rows.map(({ issues: _i, nMissing: _n, ...rest }) => rest);
    expect(strip(byList)).toEqual(strip(byRecord));
    // The record with no group and the NaN are both counted and reported.
    expect(byList[0]!.nMissing).toBe(2);
    expect(byList[0]!.issues.map((i) => i.code)).toEqual(['missing_group', 'not_a_number']);
    expect(byList[0]!.issues[0]!.message).toMatchInlineSnapshot(
      `"[6]: group is null, not a non-empty string; record left out and counted as missing"`,
    );
  });

  it('follows the given order, and estimates later minus earlier', () => {
    const rows = compareGroups(records, {
      measure: 'x',
      kind: 'interval',
      by: 'g',
      order: ['2+ years', '2 years', 'new'],
    });
    // Medians: 2+ years 5.5, 2 years 3.5, new 1.5.
    expect(rows.slice(1).map((r) => [r.comparison, r.estimate])).toEqual([
      ['2 years - 2+ years', -2],
      ['new - 2+ years', -4],
      ['new - 2 years', -2],
    ]);
  });

  it('tests a binary measure across groups with chi-square and follows up with prop.test', () => {
    const groups = {
      a: wrap([1, 1, 1, 0, 0, 0]),
      b: wrap([1, 1, 1, 1, 1, 0]),
      c: wrap([0, 0, 0, 0, 0, 1]),
    };
    const [omnibus, ...pairs] = compareGroups(groups, { measure: 'x', kind: 'binary' });
    expect(omnibus!.method).toBe("Pearson's Chi-squared test");
    expect(omnibus!.df).toBe(2);
    // b − a: 5/6 − 3/6 = 1/3; c − a: 1/6 − 3/6 = −1/3; c − b: 1/6 − 5/6 = −2/3.
    expect(pairs.map((p) => p.estimate)).toEqual([5 / 6 - 3 / 6, 1 / 6 - 3 / 6, 1 / 6 - 5 / 6]);
    expect(
      pairs.every((p) => p.method.startsWith('2-sample test for equality of proportions')),
    ).toBe(true);
  });

  it("groups by a study's grouping: levels in the study's order, named by their labels", () => {
    // Pilots of each 2017 experience level.
    const pilotOf = (level: string) =>
      SOS_2017.pilots.find((p) => p.groups.experience === level)!.id;
    const family = (level: string, x: unknown) => ({ pilotId: pilotOf(level), x });
    const families = [
      family('two-years-plus', 5),
      family('new', 1),
      family('two-years', 3),
      family('new', 2),
      family('two-years', 4),
      family('two-years-plus', 6),
      { pilotId: 'atlantis', x: 9 },
      family('new', NaN),
    ];
    const byGrouping = compareGroups(families, {
      study,
      grouping: 'experience',
      measure: 'x',
      kind: 'scale',
    });
    const byRecord = compareGroups(
      { new: wrap([1, 2, NaN]), '2 years': wrap([3, 4]), '2+ years': wrap([5, 6]) },
      { measure: 'x', kind: 'scale' },
    );
    const strip = (rows: typeof byGrouping) =>
      rows.map(({ issues: _i, nMissing: _n, ...rest }) => rest);
    expect(strip(byGrouping)).toEqual(strip(byRecord));
    expect(byGrouping.map((r) => r.comparison)).toEqual([
      'new vs 2 years vs 2+ years',
      '2 years - new',
      '2+ years - new',
      '2+ years - 2 years',
    ]);
    expect(byGrouping[0]!.nMissing).toBe(2);
    expect(byGrouping[0]!.issues.map((i) => [i.path, i.code])).toEqual([
      [[6], 'unknown_pilot'],
      [['new', 2], 'not_a_number'],
    ]);
    // A record of groups keyed by level ids takes the study's order and labels too.
    const keyed = compareGroups(
      {
        'two-years-plus': wrap([5, 6]),
        new: wrap([1, 2, NaN]),
        'two-years': wrap([3, 4]),
      },
      { study, grouping: 'experience', measure: 'x', kind: 'scale' },
    );
    expect(strip(keyed)).toEqual(strip(byRecord));
  });

  test.prop([
    studyArb
      .filter((s) => s.groupings.length > 0)
      .chain((s) =>
        fc.tuple(
          fc.constant(s),
          fc.array(fc.record({ pilotId: fc.constantFrom(...s.ids.pilots), x: score }), {
            maxLength: 30,
          }),
        ),
      ),
  ])('for any study: a grouping orders and labels the levels with records', ([s, families]) => {
    const grouping = s.groupings[0]!;
    const levelOf = (r: { pilotId: string }) => s.groupOf(r.pilotId, grouping.id)!;
    const present = grouping.levels.filter((l) => families.some((r) => levelOf(r) === l.id));
    fc.pre(present.length >= 2);
    const rows = compareGroups(families, {
      study: s,
      grouping: grouping.id,
      measure: 'x',
      kind: 'scale',
    });
    expect(rows[0]!.comparison).toBe(present.map((l) => l.label).join(' vs '));
    expect(rows).toHaveLength(1 + (present.length * (present.length - 1)) / 2);
    expect(rows[1]!.comparison).toBe(`${present[1]!.label} - ${present[0]!.label}`);
    const byFunction = compareGroups(families, {
      by: (r) => grouping.levels.find((l) => l.id === levelOf(r))!.label,
      order: present.map((l) => l.label),
      measure: 'x',
      kind: 'scale',
    });
    expect(rows.map(({ issues: _i, ...r }) => r)).toEqual(
      byFunction.map(({ issues: _i, ...r }) => r),
    );
  });

  it('throws for broken arguments', () => {
    expect(() =>
      compareGroups(records, { measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: by is required when groups is a list of records: name the grouping property or give a function]`,
    );
    expect(() =>
      compareGroups({ only: wrap([1, 2]) }, { measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: groups must hold at least 2 groups, got 1]`);
    expect(() =>
      compareGroups(records, { measure: 'x', kind: 'scale', by: 'g', order: ['new'] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: order must name each group exactly once ('new', '2 years', '2+ years'), got an array of length 1]`,
    );
    expect(() =>
      compareGroups(records, { study, grouping: 'size' as never, measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: grouping must be one of the study's groupings ('experience'), got "size"]`,
    );
    expect(() =>
      compareGroups(records, {
        study,
        grouping: 'experience',
        by: 'g',
        measure: 'x',
        kind: 'scale',
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: by and grouping are alternatives: give one of them]`,
    );
    expect(() =>
      compareGroups(
        { new: wrap([1]), old: wrap([2]) },
        {
          study,
          grouping: 'experience',
          measure: 'x',
          kind: 'scale',
        },
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: groups must be keyed by levels of grouping 'experience' ('new', 'two-years', 'two-years-plus'), got "old"]`,
    );
  });
});

describe('attrition', () => {
  it('compares retained with lost families after pairing', () => {
    const records = [
      { familyId: 'F1', wave: T1, agencyWorker: true, workerChanges: 0 },
      { familyId: 'F2', wave: T1, agencyWorker: false, workerChanges: 2 },
      { familyId: 'F3', wave: T1, agencyWorker: null, workerChanges: 1 },
      { familyId: 'F4', wave: T1, agencyWorker: true, workerChanges: 3 },
      { familyId: 'F1', wave: T2, agencyWorker: null, workerChanges: null },
      { familyId: 'F3', wave: T2, agencyWorker: null, workerChanges: null },
    ];
    const p = pairWaves(records, { study, from: T1, to: T2 });
    const rows = attrition(p, {
      study,
      variables: [
        { name: 'agencyWorker', kind: 'binary', value: (r) => r.agencyWorker },
        { name: 'workerChanges', kind: 'numeric', value: (r) => r.workerChanges },
      ],
    });
    // Retained F1, F3 (agency: yes, missing); lost F2, F4 (no, yes). Medians: (0 + 1)/2 vs (2 + 3)/2.
    expect(
      rows.map((r) => [
        r.variable,
        r.retained,
        r.lost,
        r.nRetained,
        r.nLost,
        r.nMissingRetained,
        r.nMissingLost,
      ]),
    ).toEqual([
      ['agencyWorker', 1, 0.5, 1, 2, 1, 0],
      ['workerChanges', 0.5, 2.5, 2, 2, 0, 0],
    ]);
    expect(rows[0]!.method).toBe("Fisher's Exact Test for Count Data");
    expect(rows[1]!.estimate).toBe(-2);
  });

  // Issue 13: entries of a hand-edited pairWaves result that are not pairs or not records are
  // issues and missing, never a throw or a crash in a function accessor.
  it('reports entries that are not pairs or records as issues and counts them as missing', () => {
    const records = [
      { familyId: 'F1', wave: T1, workerChanges: 0 },
      { familyId: 'F2', wave: T1, workerChanges: 2 },
      { familyId: 'F3', wave: T1, workerChanges: 1 },
      { familyId: 'F1', wave: T2, workerChanges: null },
      { familyId: 'F3', wave: T2, workerChanges: null },
    ];
    const p = pairWaves(records, { study, from: T1, to: T2 });
    const hostile = { ...p, paired: [...p.paired, null], lost: [...p.lost, 'x'] };
    const [row] = attrition(hostile as never, {
      study,
      variables: [
        {
          name: 'workerChanges',
          kind: 'numeric',
          value: (r: { workerChanges: number | null }) => r.workerChanges,
        },
      ],
    });
    expect([row!.nRetained, row!.nMissingRetained, row!.nLost, row!.nMissingLost]).toEqual([
      2, 1, 1, 1,
    ]);
    expect(row!.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['paired', 2]],
      ['invalid_type', ['lost', 1]],
    ]);
  });

  it('checks attrition from any wave to any later one, reading values at the earlier wave', () => {
    const three = THREE_WAVES;
    // Seen at six months: A–F with scores 1–6; at twelve months only A, B, C and a new family.
    const records = [
      ...['A', 'B', 'C', 'D', 'E', 'F'].map((familyId, i) => ({
        familyId,
        wave: 'six-months',
        score: (i + 1) as number | string,
      })),
      ...['A', 'B', 'C', 'Z'].map((familyId) => ({ familyId, wave: 'twelve-months', score: 0 })),
      { familyId: 'A', wave: 'baseline', score: 100 },
    ];
    records[1]!.score = 'two';
    const p = pairWaves(records, { study: three, from: 'six-months', to: 'twelve-months' });
    const [row] = attrition(p, {
      study: three,
      variables: [{ name: 'score', kind: 'numeric', value: (r) => r.score }],
    });
    // Retained A, C (B's score is not a number): median 2; lost D, E, F: median 5.
    expect([row!.retained, row!.lost, row!.estimate, row!.nMissingRetained]).toEqual([2, 5, -3, 1]);
    expect(row!.issues.map((i) => i.path)).toEqual([['paired', 1, 'from']]);
    expect(() =>
      attrition(pairWaves(records, { study: three, from: 'twelve-months', to: 'baseline' }), {
        study: three,
        variables: [],
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: paired.to must be a later wave than paired.from for attrition, got "twelve-months" to "baseline"]`,
    );
  });

  it('throws for broken variables', () => {
    const p = pairWaves([], { study, from: T1, to: T2 });
    expect(() =>
      attrition(p, {
        study,
        variables: [{ name: 'x', kind: 'ordinal' as never, value: () => 1 }],
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: variables[0].kind must be one of 'binary', 'categorical', 'numeric', got "ordinal"]`,
    );
    expect(() =>
      attrition(p, { study, variables: [{ name: 'x', kind: 'binary', value: 'x' as never }] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: variables[0].value must be a function, got "x"]`,
    );
    expect(() => attrition(p, { study } as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: variables must be an array, got undefined]`,
    );
    expect(() =>
      attrition(p.paired as never, { study, variables: [] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: paired must be a pairWaves result (with from, to, paired and lost), got an array of length 0]`,
    );
  });
});
