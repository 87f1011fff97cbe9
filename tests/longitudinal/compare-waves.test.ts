import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  compareWaves,
  pairWaves,
  wavePanel,
  type Comparison,
  type PairedMeasureKind,
} from 'sos-eval/longitudinal';
import { defineStudy } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { studyArb } from '../_support/study-arbitrary.js';

const study = SOS_2017;
const [T1, T2] = SOS_2017.ids.waves;
const waves = { study, from: T1, to: T2 } as const;

type Pair = { key: number; from: { x: unknown }; to: { x: unknown } };
const pairsOf = (before: unknown[], after: unknown[]): Pair[] =>
  before.map((x, i) => ({ key: i, from: { x }, to: { x: after[i] } }));
const swap = (pairs: Pair[]): Pair[] => pairs.map((p) => ({ key: p.key, from: p.to, to: p.from }));

const deepFreeze = <T>(x: T): T => {
  if (x !== null && typeof x === 'object') {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
};

const near = (a: number | null, b: number | null) => {
  if (a === null || b === null) expect(a).toBe(b);
  else if (!Number.isFinite(a)) expect(a).toBe(b);
  else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
};

/** b is a with the waves swapped: the estimate flips, the interval mirrors, p stays. */
const expectSwapped = (a: Comparison, b: Comparison) => {
  near(b.estimate === null ? null : -b.estimate, a.estimate);
  near(b.confHigh === null ? null : -b.confHigh, a.confLow);
  near(b.confLow === null ? null : -b.confLow, a.confHigh);
  near(b.effectSize === null ? null : -b.effectSize, a.effectSize);
  if (a.pValue === null) expect(b.pValue).toBeNull();
  else expect(Math.abs((b.pValue as number) - a.pValue)).toBeLessThanOrEqual(1e-12);
  expect([b.n, b.nMissing]).toEqual([a.n, a.nMissing]);
};

const value = (kind: PairedMeasureKind) =>
  kind === 'binary'
    ? fc.oneof({ weight: 9, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant(null) })
    : fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min: 0, max: 10 }) },
        { weight: 1, arbitrary: fc.constant(null) },
      );
const sample = (kind: PairedMeasureKind) =>
  fc.array(fc.tuple(value(kind), value(kind)), { minLength: 0, maxLength: 40 }).map((xs) =>
    pairsOf(
      xs.map((x) => x[0]),
      xs.map((x) => x[1]),
    ),
  );
const kinds: PairedMeasureKind[] = ['binary', 'ordinal', 'scale', 'interval'];

describe('compareWaves', () => {
  for (const kind of kinds) {
    test.prop([sample(kind)])(
      `${kind}: swapping the waves flips the estimate, mirrors the interval, keeps p`,
      (pairs) => {
        const a = compareWaves(pairs, { ...waves, measure: 'x', kind });
        const b = compareWaves(swap(pairs), { ...waves, measure: 'x', kind });
        expectSwapped(a, b);
      },
    );

    test.prop([sample(kind)])(`${kind}: leaves frozen inputs unchanged`, (pairs) => {
      const before = structuredClone(pairs);
      compareWaves(deepFreeze(pairs), { ...waves, measure: 'x', kind });
      expect(pairs).toEqual(before);
    });
  }

  it('labels the comparison from the study: later label minus earlier label', () => {
    const pairs = pairsOf([1, 2, 3], [2, 3, 5]);
    expect(compareWaves(pairs, { ...waves, measure: 'x', kind: 'scale' }).comparison).toBe(
      'Time 2 - Time 1',
    );
    expect(
      compareWaves(pairs, { study, from: T2, to: T1, measure: 'x', kind: 'scale' }).comparison,
    ).toBe('Time 1 - Time 2');
  });

  it('counts pairs with a missing value and reports NaN and wrong types as issues', () => {
    // Complete pairs: (4, 6), (5, 6), (3, 5), (2, 3): differences 2, 1, 2, 1.
    const pairs = pairsOf([4, 5, null, 3, NaN, 7, 2], [6, 6, 7, 5, 8, '9', 3]);
    const r = compareWaves(pairs, { ...waves, measure: 'x', kind: 'interval', name: 'safety' });
    expect([r.n, r.nMissing, r.estimate]).toEqual([4, 3, 1.5]);
    expect(r.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "not_a_number",
          "message": "[4].from: safety is NaN, not a finite number; counted as missing",
          "path": [
            4,
            "from",
          ],
        },
        {
          "code": "invalid_value",
          "message": "[5].to: safety is "9", not a finite number; counted as missing",
          "path": [
            5,
            "to",
          ],
        },
      ]
    `);
  });

  it('reads the measure with a function and names the row', () => {
    const pairs = pairsOf([true, true, false, false, true], [true, false, true, true, true]);
    const r = compareWaves(pairs, {
      ...waves,
      measure: (rec: { x: unknown }) => rec.x,
      kind: 'binary',
      name: 'plan',
    });
    // Table rows Time 1 yes/no, columns Time 2 yes/no: [[2, 1], [2, 0]]; change (2 − 1) / 5 = 0.2.
    expect([r.measure, r.comparison, r.estimate, r.n]).toEqual(['plan', 'Time 2 - Time 1', 0.2, 5]);
  });

  it('gives null statistics and an issue when the data leave the test undefined', () => {
    const same = compareWaves(pairsOf([1, 0, 1], [1, 0, 1]), {
      ...waves,
      measure: 'x',
      kind: 'binary',
    });
    // No discordant pairs: McNemar's statistic is 0/0 (NaN, as in R), so the row's are null.
    expect([same.estimate, same.statistic, same.pValue]).toEqual([0, null, null]);
    expect(same.test?.pValue).toBeNaN();
    expect(same.issues.map((i) => i.code)).toEqual(['test_undefined']);
    const none = compareWaves([], { ...waves, measure: 'x', kind: 'interval' });
    expect([none.estimate, none.pValue, none.n]).toEqual([null, null, 0]);
  });

  it('returns a plain tidy row carrying the full test', () => {
    const r: Comparison = compareWaves(pairsOf([1, 2, 3, 5], [2, 4, 5, 6]), {
      ...waves,
      measure: 'x',
      kind: 'interval',
    });
    expect(Object.keys(r)).toEqual([
      'measure',
      'comparison',
      'kind',
      'estimate',
      'confLow',
      'confHigh',
      'statistic',
      'df',
      'pValue',
      'pAdjusted',
      'effectSize',
      'method',
      'n',
      'nMissing',
      'test',
      'issues',
    ]);
    expect(r.test?.method).toBe('Paired t-test');
  });

  it('gives the same row from pairs, a pairWaves result and a panel', () => {
    const records = [
      { familyId: 'A', wave: T1, x: 3 },
      { familyId: 'B', wave: T1, x: 5 },
      { familyId: 'C', wave: T1, x: 'bad' },
      { familyId: 'D', wave: T1, x: 1 },
      { familyId: 'C', wave: T2, x: 6 },
      { familyId: 'B', wave: T2, x: 9 },
      { familyId: 'A', wave: T2, x: 4 },
      { familyId: 'E', wave: T2, x: 2 },
    ];
    const options = { study, measure: 'x', kind: 'scale' } as const;
    const paired = pairWaves(records, waves);
    const fromResult = compareWaves(paired, options);
    const fromPairs = compareWaves(paired.paired, { ...options, from: T1, to: T2 });
    const fromPanel = compareWaves(wavePanel(records, { study }), { ...options, from: T1, to: T2 });
    const strip = ({ issues: _i, ...rest }: Comparison) => rest;
    expect(strip(fromResult)).toEqual(strip(fromPairs));
    expect(strip(fromPanel)).toEqual(strip(fromPairs));
    expect([fromResult.n, fromResult.nMissing, fromResult.estimate]).toEqual([2, 1, 2.5]);
    // Each issue names where the bad value is in what was given.
    expect([fromPairs, fromResult, fromPanel].map((r) => r.issues[0]!.path)).toEqual([
      [2, 'from'],
      ['paired', 2, 'from'],
      ['rows', 2, 'waves', 'T1'],
    ]);
  });

  it('throws for broken arguments, naming them', () => {
    const pairs = pairsOf([1, 2], [2, 3]);
    expect(() =>
      compareWaves(pairs, { ...waves, measure: 'x', kind: 'categorical' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: kind must be one of 'binary', 'ordinal', 'scale', 'interval', got "categorical"]`,
    );
    expect(() =>
      compareWaves(pairs, { ...waves, measure: 42 as never, kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: measure must be a property name or a function, got 42]`,
    );
    expect(() =>
      compareWaves(pairs, { ...waves, measure: 'x', kind: 'scale', confLevel: 1.5 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got 1.5]`,
    );
    expect(() =>
      compareWaves(7 as never, { ...waves, measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: paired must be a list of pairs { key, from, to }, a pairWaves result or a wavePanel, got 7]`,
    );
    expect(() =>
      compareWaves(pairs, { study, measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: from must be one of 'T1', 'T2', got undefined]`,
    );
    expect(() =>
      compareWaves(pairWaves([], waves), { ...waves, from: T2, measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: from must be the pairs' own wave ("T1") or left out, got "T2"]`,
    );
  });

  // Issue 13: a hand-made pair list is data. Before, a null entry threw a TypeError and a null
  // record reached the accessor (a function accessor then threw).
  it('reports entries that are not pairs, and records that are not objects, as issues', () => {
    const list = [
      { key: 'a', from: { x: 1 }, to: { x: 2 } },
      null,
      { key: 'b', from: null, to: { x: 5 } },
      7,
      { key: 'c', from: { x: 2 }, to: { x: 4 } },
      { key: 'd', from: { x: 3 }, to: { x: 7 } },
    ];
    const sparse = [...list];
    sparse.length = 8; // two holes at the end
    const r = compareWaves(sparse as never, {
      ...waves,
      measure: (rec: { x: number }) => rec.x,
      name: 'x',
      kind: 'interval',
    });
    // Three complete pairs (a, c, d); the other five entries are missing, each with an issue.
    expect(r.n).toBe(3);
    expect(r.nMissing).toBe(5);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', [1]],
      ['invalid_type', [3]],
      ['invalid_type', [6]],
      ['invalid_type', [7]],
      ['invalid_type', [2, 'from']],
    ]);
    // The paired t-test of differences 1, 2, 4: mean 7/3.
    expect(r.estimate).toBeCloseTo(7 / 3, 14);
  });

  it('names any two waves of a study with custom labels', () => {
    const fiveWaves = defineStudy({
      id: 'five',
      title: 'Five waves',
      pilots: [{ id: 'north', name: 'North' }],
      cohorts: [{ id: 'all', referrals: { start: '2026-01-01', end: '2026-12-31' } }],
      waves: [
        { id: 'w0', label: 'Baseline' },
        { id: 'w3', label: 'Three months' },
        { id: 'w6', label: 'Six months' },
        { id: 'w12', label: 'Twelve months' },
        { id: 'w24', label: 'Two years' },
      ],
      tools: [{ id: 'mapping', name: 'Mapping' }],
    });
    const pairs = pairsOf([1, 2, 3, 4], [3, 3, 6, 5]);
    const r = compareWaves(pairs, {
      study: fiveWaves,
      from: 'w3',
      to: 'w24',
      measure: 'x',
      kind: 'interval',
    });
    expect([r.comparison, r.estimate]).toEqual(['Two years - Three months', 1.75]);
  });

  test.prop([
    studyArb.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.constantFrom(...s.ids.waves),
        fc.constantFrom(...s.ids.waves),
        sample('scale'),
      ),
    ),
  ])('for any study and any two waves: labels from the study, swapping flips the sign', (c) => {
    const [s, from, to, pairs] = c;
    fc.pre(from !== to);
    const a = compareWaves(pairs, { study: s, from, to, measure: 'x', kind: 'scale' });
    const b = compareWaves(swap(pairs), {
      study: s,
      from: to,
      to: from,
      measure: 'x',
      kind: 'scale',
    });
    expect(a.comparison).toBe(`${s.wave(to)!.label} - ${s.wave(from)!.label}`);
    expect(b.comparison).toBe(`${s.wave(from)!.label} - ${s.wave(to)!.label}`);
    expectSwapped(a, b);
  });
});
