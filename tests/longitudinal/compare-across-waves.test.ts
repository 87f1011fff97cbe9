import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  compareAcrossWaves,
  compareWaves,
  wavePanel,
  type Comparison,
  type PairedMeasureKind,
} from 'sos-eval/longitudinal';
import { type AnyStudy } from 'sos-eval/models';
import { adjustPValues, cochranQTest, friedmanTest } from 'sos-eval/stats';
import { studyArb } from '../_support/study-arbitrary.js';
import { FIVE_WAVES, THREE_WAVES } from '../_support/studies.js';

const threeWaves = THREE_WAVES;

const fiveWaves = FIVE_WAVES;

/** Records of a families × waves matrix; `undefined` leaves the record out. */
const recordsOf = (study: AnyStudy, y: readonly (readonly unknown[])[]) =>
  y.flatMap((row, f) =>
    row.flatMap((x, w) =>
      x === undefined ? [] : [{ familyId: `F${f}`, wave: study.ids.waves[w]!, x }],
    ),
  );

const strip = ({ issues: _i, test: _t, pAdjusted: _p, nMissing: _n, ...rest }: Comparison) => rest;

describe('compareAcrossWaves', () => {
  // Safety scores at three waves; F8 has no six-month interview, F9 a value that is not a number.
  const scores = [
    [4, 5, 7],
    [3, 3, 6],
    [5, 6, 6],
    [2, 4, 5],
    [6, 6, 8],
    [5, 7, 7],
    [3, 5, 5],
    [4, 4, 4],
    [5, undefined, 8],
    [2, 'three', 4],
  ];
  const complete = scores.slice(0, 8) as number[][];
  const panel = wavePanel(recordsOf(threeWaves, scores), { study: threeWaves });

  it('tests scores with Friedman on complete families, then pairwise signed-rank with Holm', () => {
    const rows = compareAcrossWaves(panel, { study: threeWaves, measure: 'x', kind: 'scale' });
    const [omnibus, ...pairs] = rows as [Comparison, ...Comparison[]];
    const friedman = friedmanTest(complete);
    expect([omnibus.statistic, omnibus.df, omnibus.pValue]).toEqual([
      friedman.statistic,
      friedman.df,
      friedman.pValue,
    ]);
    expect([omnibus.method, omnibus.n, omnibus.nMissing, omnibus.estimate]).toEqual([
      'Friedman rank sum test',
      8,
      2,
      null,
    ]);
    expect(omnibus.comparison).toBe('Baseline vs Six months vs Twelve months');
    // Each pair is compareWaves on the same complete families.
    const waves = threeWaves.ids.waves;
    const expected = [
      [0, 1],
      [0, 2],
      [1, 2],
    ].map(([i, j]) =>
      compareWaves(
        complete.map((row, f) => ({ key: f, from: { x: row[i!] }, to: { x: row[j!] } })),
        { study: threeWaves, from: waves[i!]!, to: waves[j!]!, measure: 'x', kind: 'scale' },
      ),
    );
    expect(pairs.map(strip)).toEqual(expected.map(strip));
    expect(pairs.map((p) => p.comparison)).toEqual([
      'Six months - Baseline',
      'Twelve months - Baseline',
      'Twelve months - Six months',
    ]);
    expect(pairs.map((p) => p.pAdjusted)).toEqual(
      adjustPValues(
        expected.map((e) => e.pValue as number),
        'holm',
      ),
    );
    expect(omnibus.pAdjusted).toBeNull();
    // F9's bad six-month value is reported on the omnibus row and on the rows with that wave.
    const bad = ['rows', 9, 'waves', 'six-months'];
    expect(omnibus.issues.map((i) => i.path)).toEqual([bad]);
    expect(pairs.map((p) => p.issues.map((i) => i.path))).toEqual([[bad], [], [bad]]);
  });

  it("tests yes/no answers with Cochran's Q, then pairwise McNemar with Holm", () => {
    const plan = [
      [0, 1, 1],
      [0, 0, 1],
      [1, 1, 1],
      [0, 1, 1],
      [0, 0, 0],
      [1, 1, 1],
      [0, 1, 0],
      [0, 1, 1],
      [1, 0, 1],
      [0, 0, 1],
      [0, 1, 1],
      [1, 1, 1],
    ];
    const records = recordsOf(
      threeWaves,
      plan.map((row) => row.map((v) => v === 1)),
    );
    const rows = compareAcrossWaves(wavePanel(records, { study: threeWaves }), {
      study: threeWaves,
      measure: 'x',
      kind: 'binary',
    });
    const q = cochranQTest(plan);
    expect([rows[0]!.method, rows[0]!.statistic, rows[0]!.df, rows[0]!.pValue]).toEqual([
      "Cochran's Q test",
      q.statistic,
      q.df,
      q.pValue,
    ]);
    // Baseline 4/12 yes, six months 8/12, twelve months 10/12.
    expect(rows.slice(1).map((r) => r.estimate)).toEqual([4 / 12, 6 / 12, 2 / 12]);
    expect(
      rows
        .slice(1)
        .every((r) => r.method === "McNemar's Chi-squared test with continuity correction"),
    ).toBe(true);
    expect(rows.slice(1).every((r) => r.confLow !== null && r.confHigh !== null)).toBe(true);
  });

  it('compares the waves chosen, in time order, across five waves with their labels', () => {
    const y = Array.from({ length: 12 }, (_, f) =>
      Array.from({ length: 5 }, (_, w) => ((f * 7 + w * 3) % 11) + w),
    );
    const five = wavePanel(recordsOf(fiveWaves, y), { study: fiveWaves });
    const all = compareAcrossWaves(five, { study: fiveWaves, measure: 'x', kind: 'ordinal' });
    expect(all).toHaveLength(1 + 10);
    expect(all.map((r) => r.comparison)).toEqual([
      'Intake vs Three months vs Six months vs One year vs Two years',
      'Three months - Intake',
      'Six months - Intake',
      'One year - Intake',
      'Two years - Intake',
      'Six months - Three months',
      'One year - Three months',
      'Two years - Three months',
      'One year - Six months',
      'Two years - Six months',
      'Two years - One year',
    ]);
    const some = compareAcrossWaves(five, {
      study: fiveWaves,
      waves: ['month-24', 'intake', 'month-6'],
      measure: 'x',
      kind: 'ordinal',
    });
    expect(some.map((r) => r.comparison)).toEqual([
      'Intake vs Six months vs Two years',
      'Six months - Intake',
      'Two years - Intake',
      'Two years - Six months',
    ]);
    expect(some[0]!.statistic).toBe(
      friedmanTest(y.map((row) => [row[0], row[2], row[4]])).statistic,
    );
    // Those pairs are the same as in the five-wave comparison; only Holm's family is smaller.
    expect(some.slice(1).map(strip)).toEqual([all[2]!, all[4]!, all[9]!].map(strip));
  });

  it('reports no complete family and fully tied families as issues, not throws', () => {
    const none = compareAcrossWaves(
      wavePanel(
        recordsOf(threeWaves, [
          [1, undefined, 2],
          [undefined, 3, 4],
        ]),
        {
          study: threeWaves,
        },
      ),
      { study: threeWaves, measure: 'x', kind: 'scale' },
    );
    expect([none[0]!.n, none[0]!.nMissing, none[0]!.statistic, none[0]!.test]).toEqual([
      0,
      2,
      null,
      null,
    ]);
    expect(none[0]!.issues.map((i) => i.code)).toEqual(['no_data']);
    expect(none.slice(1).every((r) => r.pValue === null && r.pAdjusted === null)).toBe(true);
    const tied = compareAcrossWaves(
      wavePanel(
        recordsOf(threeWaves, [
          [1, 1, 1],
          [2, 2, 2],
          [5, 5, 5],
        ]),
        { study: threeWaves },
      ),
      { study: threeWaves, measure: 'x', kind: 'scale' },
    );
    // Friedman's statistic is 0/0 (NaN in R): null on the row, the reason among the issues.
    expect([tied[0]!.statistic, tied[0]!.pValue]).toEqual([null, null]);
    expect(tied[0]!.test?.statistic).toBeNaN();
    expect(tied[0]!.issues.map((i) => i.code)).toEqual(['test_undefined']);
  });

  // Issue 13: a hand-made panel is data. Before, a null row was skipped silently and a null
  // record reached a function accessor, which threw.
  it('reports rows and records that are not objects as issues, and counts them as missing', () => {
    const base = compareAcrossWaves(panel, { study: threeWaves, measure: 'x', kind: 'scale' });
    const rows = [
      ...panel.rows,
      null,
      { key: 'z', waves: null },
      { key: 'y', waves: { baseline: null, 'six-months': { x: 1 }, 'twelve-months': { x: 2 } } },
    ];
    const hostile = compareAcrossWaves({ ...panel, rows } as never, {
      study: threeWaves,
      measure: (r: { x: number }) => r.x,
      name: 'x',
      kind: 'scale',
    });
    // The same eight complete families are tested; the three new rows are missing with an issue.
    expect(hostile[0]!.n).toBe(base[0]!.n);
    expect(hostile[0]!.statistic).toBe(base[0]!.statistic);
    expect(hostile[0]!.nMissing).toBe(base[0]!.nMissing + 3);
    const added = hostile[0]!.issues.filter((i) => (i.path[1] as number) >= panel.rows.length);
    expect(added.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['rows', 10]],
      ['invalid_type', ['rows', 11]],
      ['invalid_type', ['rows', 12, 'waves', 'baseline']],
    ]);
  });

  it('throws for broken arguments, naming them', () => {
    const options = { study: threeWaves, measure: 'x', kind: 'scale' } as const;
    expect(() => compareAcrossWaves([] as never, options)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: panel must be a wavePanel, got an array of length 0]`,
    );
    expect(() =>
      compareAcrossWaves(panel, { ...options, kind: 'categorical' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: kind must be one of 'binary', 'ordinal', 'scale', 'interval', got "categorical"]`,
    );
    expect(() =>
      compareAcrossWaves(panel, { ...options, waves: ['baseline', 'one-year'] as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: waves[1] must be one of 'baseline', 'six-months', 'twelve-months', got "one-year"]`,
    );
    expect(() =>
      compareAcrossWaves(panel, { ...options, waves: ['baseline', 'baseline'] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: waves must name at least 2 different waves of the study, got an array of length 2]`,
    );
    expect(() =>
      compareAcrossWaves(panel, { ...options, study: undefined as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: study must be a study made by defineStudy, got undefined]`,
    );
  });

  // A random study and scores or yes/no answers for a few families at its waves, some missing.
  const caseArb = (kind: PairedMeasureKind) =>
    studyArb.chain((study) => {
      const k = study.ids.waves.length;
      const cell: fc.Arbitrary<boolean | number | null | undefined> =
        kind === 'binary'
          ? fc.oneof(
              { weight: 8, arbitrary: fc.boolean() },
              { weight: 1, arbitrary: fc.constant(null) },
              { weight: 1, arbitrary: fc.constant(undefined) },
            )
          : fc.oneof(
              { weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }) },
              { weight: 1, arbitrary: fc.constant(null) },
              { weight: 1, arbitrary: fc.constant(undefined) },
            );
      return fc.record({
        study: fc.constant(study as AnyStudy),
        y: fc.array(fc.array(cell, { minLength: k, maxLength: k }), { maxLength: 25 }),
      });
    });

  for (const kind of ['binary', 'scale'] as const) {
    test.prop([caseArb(kind)])(
      `${kind}, any study: one omnibus row and a Holm-adjusted row per pair of waves`,
      ({ study, y }) => {
        const p = wavePanel(recordsOf(study, y), { study });
        const rows = compareAcrossWaves(p, { study, measure: 'x', kind });
        const k = study.ids.waves.length;
        const labels = study.waves.map((w) => w.label);
        expect(rows).toHaveLength(1 + (k * (k - 1)) / 2);
        expect(rows[0]!.comparison).toBe(labels.join(' vs '));
        // Families with a record at some wave are either tested or missing, on every row.
        const complete = y.filter((row) => row.every((v) => v !== null && v !== undefined));
        for (const r of rows)
          expect([r.n, r.nMissing]).toEqual([complete.length, p.rows.length - complete.length]);
        let m = 1;
        for (let i = 0; i < k; i++) {
          for (let j = i + 1; j < k; j++) {
            const row = rows[m++]!;
            expect(row.comparison).toBe(`${labels[j]} - ${labels[i]}`);
            if (row.pValue === null) expect(row.pAdjusted).toBeNull();
            else expect(row.pAdjusted).toBeGreaterThanOrEqual(row.pValue);
            // The same as compareWaves on the complete families at those two waves.
            const pairs = complete.map((v, f) => ({ key: f, from: { x: v[i] }, to: { x: v[j] } }));
            const one = compareWaves(pairs, {
              study,
              from: study.ids.waves[i]!,
              to: study.ids.waves[j]!,
              measure: 'x',
              kind,
            });
            expect(strip(row)).toEqual(strip(one));
          }
        }
        expect(rows.slice(1).map((r) => r.pAdjusted)).toEqual(
          adjustPValues(
            rows.slice(1).map((r) => r.pValue),
            'holm',
          ),
        );
      },
    );

    test.prop([caseArb(kind), fc.integer()])(
      `${kind}, any study: the order of the records does not matter`,
      ({ study, y }, seed) => {
        const records = recordsOf(study, y);
        const shuffled = fc.sample(fc.shuffledSubarray(records, { minLength: records.length }), {
          numRuns: 1,
          seed,
        })[0]!;
        const a = compareAcrossWaves(wavePanel(records, { study }), { study, measure: 'x', kind });
        const b = compareAcrossWaves(wavePanel(shuffled, { study }), { study, measure: 'x', kind });
        a.forEach((r, m) => {
          const s = b[m]!;
          expect([s.n, s.nMissing, s.comparison]).toEqual([r.n, r.nMissing, r.comparison]);
          for (const key of ['statistic', 'pValue', 'pAdjusted', 'estimate'] as const) {
            const [x, z] = [r[key], s[key]];
            if (x === null || z === null) expect(z).toBe(x);
            else expect(Math.abs(x - z)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
          }
        });
      },
    );
  }
});
