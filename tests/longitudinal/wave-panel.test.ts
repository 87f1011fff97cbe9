import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareWaves, pairWaves, wavePanel } from 'sos-eval/longitudinal';
import { type AnyStudy } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { studyArb } from '../_support/study-arbitrary.js';
import { FIVE_WAVES, THREE_WAVES } from '../_support/studies.js';

const threeWaves = THREE_WAVES;

const fiveWaves = FIVE_WAVES;

const deepFreeze = <T>(x: T): T => {
  if (x !== null && typeof x === 'object') {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
};

describe('wavePanel', () => {
  it('lays out three waves: one row per family in first-seen order, retention wave by wave', () => {
    const r = (familyId: unknown, wave: unknown, n: number) => ({ familyId, wave, n });
    const records = [
      r('B', 'six-months', 0),
      r('A', 'baseline', 1),
      r('B', 'baseline', 2),
      r('C', 'baseline', 3),
      r('D', 'baseline', 4),
      r('A', 'six-months', 5),
      r('A', 'twelve-months', 6),
      r('C', 'twelve-months', 7),
      r('E', 'twelve-months', 8),
      r('D', 'six-months', 9),
      r('D', 'six-months', 10),
      r('', 'baseline', 11),
      r('F', 'eighteen-months', 12),
    ];
    const panel = wavePanel(records, { study: threeWaves });
    expect(panel.waves).toEqual(['baseline', 'six-months', 'twelve-months']);
    expect(
      panel.rows.map((row) => [
        row.key,
        Object.fromEntries(Object.entries(row.waves).map(([w, rec]) => [w, rec!.n])),
      ]),
    ).toEqual([
      ['B', { baseline: 2, 'six-months': 0 }],
      ['A', { baseline: 1, 'six-months': 5, 'twelve-months': 6 }],
      ['C', { baseline: 3, 'twelve-months': 7 }],
      // D's two six-month records are set aside; its baseline record stays.
      ['D', { baseline: 4 }],
      ['E', { 'twelve-months': 8 }],
    ]);
    expect(panel.retention).toEqual([
      { wave: 'baseline', label: 'Baseline', n: 4, fromFirst: 4, fromPrevious: null, rate: 1 },
      { wave: 'six-months', label: 'Six months', n: 2, fromFirst: 2, fromPrevious: 2, rate: 0.5 },
      {
        wave: 'twelve-months',
        label: 'Twelve months',
        n: 3,
        fromFirst: 2,
        fromPrevious: 1,
        rate: 0.5,
      },
    ]);
    expect(panel.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "duplicate_key",
          "message": "[9]: key "D" occurs more than once at wave 'six-months'; none of its records at that wave is used",
          "path": [
            9,
          ],
        },
        {
          "code": "duplicate_key",
          "message": "[10]: key "D" occurs more than once at wave 'six-months'; none of its records at that wave is used",
          "path": [
            10,
          ],
        },
        {
          "code": "invalid_key",
          "message": "[11]: key "" is not a non-empty string or finite number; record set aside",
          "path": [
            11,
          ],
        },
        {
          "code": "unknown_wave",
          "message": "[12]: wave "eighteen-months" is not one of the study's waves ('baseline', 'six-months', 'twelve-months'); record set aside",
          "path": [
            12,
          ],
        },
      ]
    `);
  });

  it('lays out five waves with key and wave functions', () => {
    // Family f is seen at waves 0..(f mod 5); family 3 also skips three months.
    const records = Array.from({ length: 10 }, (_, f) =>
      Array.from({ length: (f % 5) + 1 }, (_, w) => ({ id: f, w })),
    )
      .flat()
      .filter((r) => !(r.id === 3 && r.w === 1));
    const panel = wavePanel(records, {
      study: fiveWaves,
      key: (r) => `family-${r.id}`,
      wave: (r) => fiveWaves.ids.waves[r.w],
    });
    expect(panel.rows).toHaveLength(10);
    expect(panel.retention.map((r) => [r.label, r.n, r.fromFirst, r.fromPrevious, r.rate])).toEqual(
      [
        ['Intake', 10, 10, null, 1],
        ['Three months', 7, 7, 7, 0.7],
        ['Six months', 6, 6, 5, 0.6],
        ['One year', 4, 4, 4, 0.4],
        ['Two years', 2, 2, 2, 0.2],
      ],
    );
    expect(panel.issues).toEqual([]);
  });

  it('gives the 2017 retention, 184 of 270, as pairWaves does', () => {
    const [T1, T2] = SOS_2017.ids.waves;
    const records = [
      ...Array.from({ length: 270 }, (_, i) => ({ familyId: `F-${i}`, wave: T1 })),
      ...Array.from({ length: 184 }, (_, i) => ({ familyId: `F-${183 - i}`, wave: T2 })),
    ];
    const panel = wavePanel(records, { study: SOS_2017 });
    expect(panel.retention).toEqual([
      { wave: 'T1', label: 'Time 1', n: 270, fromFirst: 270, fromPrevious: null, rate: 1 },
      { wave: 'T2', label: 'Time 2', n: 184, fromFirst: 184, fromPrevious: 184, rate: 184 / 270 },
    ]);
    expect(pairWaves(records, { study: SOS_2017, from: T1, to: T2 }).retention.rate).toBe(
      panel.retention[1]!.rate,
    );
  });

  it('gives null rates when the first wave has no families', () => {
    const panel = wavePanel([{ familyId: 'A', wave: 'six-months' }], { study: threeWaves });
    expect(panel.retention.map((r) => r.rate)).toEqual([null, null, null]);
    expect(wavePanel([], { study: threeWaves }).rows).toEqual([]);
  });

  it('throws for broken arguments, naming them', () => {
    expect(() => wavePanel(5 as never, { study: threeWaves })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: records must be an array or other iterable of records, got 5]`,
    );
    expect(() => wavePanel([], {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: study must be a study made by defineStudy, got undefined]`,
    );
    expect(() =>
      wavePanel([], { study: threeWaves, wave: 2 as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: wave must be a property name or a function, got 2]`,
    );
  });

  // Records of a random study: a few families, its waves and one it does not have, a bad key.
  const caseArb = studyArb.chain((study) =>
    fc.record({
      study: fc.constant(study as AnyStudy),
      records: fc
        .array(
          fc.record({
            familyId: fc.oneof(
              { weight: 12, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') },
              { weight: 1, arbitrary: fc.constant(null) },
            ),
            wave: fc.oneof(
              { weight: 12, arbitrary: fc.constantFrom(...study.ids.waves) },
              { weight: 1, arbitrary: fc.constant('never') },
            ),
            x: fc.integer({ min: 0, max: 10 }),
          }),
          { maxLength: 40 },
        )
        .map((rs) => rs.map((r, n) => ({ ...r, n }))),
    }),
  );

  test.prop([caseArb])('for any study: every record is in one cell or one issue', (c) => {
    const panel = wavePanel(c.records, { study: c.study });
    const placed = [
      ...panel.rows.flatMap((row) => Object.values(row.waves).map((r) => r!.n)),
      ...panel.issues.map((i) => i.path[0] as number),
    ].sort((a, b) => a - b);
    expect(placed).toEqual(c.records.map((r) => r.n));
    for (const row of panel.rows) {
      expect(Object.keys(row.waves).length).toBeGreaterThan(0);
      for (const [w, r] of Object.entries(row.waves))
        expect([r!.familyId, r!.wave]).toEqual([row.key, w]);
    }
    expect(new Set(panel.rows.map((r) => r.key)).size).toBe(panel.rows.length);
  });

  test.prop([caseArb])(
    'for any study: retention counts agree with the rows and with pairWaves',
    (c) => {
      const panel = wavePanel(c.records, { study: c.study });
      const waves = c.study.ids.waves;
      const has = (w: string) => panel.rows.filter((r) => r.waves[w] !== undefined);
      const first = waves[0]!;
      expect(panel.retention.map((r) => r.wave)).toEqual(waves);
      expect(panel.retention.map((r) => r.label)).toEqual(c.study.waves.map((w) => w.label));
      panel.retention.forEach((r, w) => {
        const at = has(waves[w]!);
        expect(r.n).toBe(at.length);
        expect(r.fromFirst).toBe(at.filter((row) => row.waves[first] !== undefined).length);
        expect(r.fromFirst).toBeLessThanOrEqual(Math.min(r.n, panel.retention[0]!.n));
        expect(r.rate).toBe(
          panel.retention[0]!.n === 0 ? null : r.fromFirst / panel.retention[0]!.n,
        );
        if (w === 0) expect([r.fromFirst, r.fromPrevious]).toEqual([r.n, null]);
        else {
          const previous = waves[w - 1]!;
          expect(r.fromPrevious).toBe(at.filter((row) => row.waves[previous] !== undefined).length);
          // The families retained from the first wave are those pairWaves pairs.
          const pairs = pairWaves(c.records, { study: c.study, from: first, to: waves[w]! });
          expect(pairs.retention.paired).toBe(r.fromFirst);
          expect(pairs.paired.map((p) => p.key).sort()).toEqual(
            at
              .filter((row) => row.waves[first] !== undefined)
              .map((row) => row.key)
              .sort(),
          );
        }
      });
    },
  );

  test.prop([caseArb])('for any study: compareWaves on the panel equals it on pairWaves', (c) => {
    const waves = c.study.ids.waves;
    const [from, to] = [waves[waves.length - 1]!, waves[0]!];
    const panel = wavePanel(c.records, { study: c.study });
    const pairs = pairWaves(c.records, { study: c.study, from, to });
    const options = { study: c.study, measure: 'x', kind: 'scale' } as const;
    const { issues: _a, ...a } = compareWaves(panel, { ...options, from, to });
    const { issues: _b, ...b } = compareWaves(pairs, options);
    expect(a).toEqual(b);
  });

  test.prop([caseArb])('leaves frozen inputs unchanged', (c) => {
    const before = structuredClone(c.records);
    wavePanel(deepFreeze(c.records), { study: c.study });
    expect(c.records).toEqual(before);
  });
});
