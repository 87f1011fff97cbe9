import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { attrition, compareCohorts, compareGroups, pairWaves } from 'sos-eval/longitudinal';

const wrap = (xs: unknown[]) => xs.map((x) => ({ x }));
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
      const ab = compareCohorts(wrap(a), wrap(b), { measure: 'x', kind: 'scale' });
      const ba = compareCohorts(wrap(b), wrap(a), { measure: 'x', kind: 'scale' });
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
      const ab = compareCohorts(wrap(a), wrap(b), { measure: 'x', kind: 'binary' });
      const ba = compareCohorts(wrap(b), wrap(a), { measure: 'x', kind: 'binary' });
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
    const r = compareCohorts(wrap(['a', 'a', 'a', 'b']), wrap(['a', 'b', 'b', 'b']), {
      measure: 'x',
      kind: 'categorical',
    });
    expect([r.estimate, r.method]).toEqual([
      null,
      "Pearson's Chi-squared test with Yates' continuity correction",
    ]);
    expect(r.statistic).toBeCloseTo(0.5, 12);
  });

  it('throws for broken arguments', () => {
    expect(() =>
      compareCohorts([], [], { measure: 'x', kind: 'scale', labels: ['c1', 'c1'] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: labels must be two different non-empty strings, got an array of length 2]`,
    );
    expect(() =>
      compareCohorts([], [], { measure: 'x', kind: 'counts' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: kind must be one of 'binary', 'categorical', 'ordinal', 'scale', 'interval', got "counts"]`,
    );
    expect(() =>
      compareCohorts([], 1 as never, { measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: b must be an array or other iterable of records, got 1]`,
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
  });
});

describe('attrition', () => {
  it('compares retained with lost families after pairing', () => {
    const t1 = [
      { familyId: 'F1', agencyWorker: true, workerChanges: 0 },
      { familyId: 'F2', agencyWorker: false, workerChanges: 2 },
      { familyId: 'F3', agencyWorker: null, workerChanges: 1 },
      { familyId: 'F4', agencyWorker: true, workerChanges: 3 },
    ];
    const t2 = [{ familyId: 'F1' }, { familyId: 'F3' }];
    const p = pairWaves(t1, t2);
    const rows = attrition(p.paired, p.lostAfterT1, {
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

  it('throws for broken variables', () => {
    expect(() =>
      attrition([], [], { variables: [{ name: 'x', kind: 'ordinal' as never, value: () => 1 }] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: variables[0].kind must be one of 'binary', 'categorical', 'numeric', got "ordinal"]`,
    );
    expect(() =>
      attrition([], [], { variables: [{ name: 'x', kind: 'binary', value: 'x' as never }] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: variables[0].value must be a function, got "x"]`,
    );
    expect(() => attrition([], [], {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: variables must be an array, got undefined]`,
    );
  });
});
