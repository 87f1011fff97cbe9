import { describe, expect, it } from 'vitest';
import {
  appendixTable,
  LSNS_6,
  PEARLIN_MASTERY,
  scoreMany,
  SDQ_PARENT,
  summariseMeasure,
} from 'sos-eval/measures';
import { defineStudy } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';

const lsns = (total: number) => {
  // Spread a total over 6 items coded 0–5 (used only to build respondents with a known total).
  const items = [0, 0, 0, 0, 0, 0];
  let left = total;
  for (let i = 0; i < 6 && left > 0; i++) left -= items[i] = Math.min(5, left);
  return items;
};

describe('summariseMeasure', () => {
  // Totals 6, 10, 12, 20 and one missing.
  const scored = scoreMany(LSNS_6, [lsns(6), lsns(10), lsns(12), lsns(20), null]);

  it('summarises the headline total', () => {
    const [row] = summariseMeasure(scored);
    // mean (6+10+12+20)/4 = 12; deviations −6, −2, 0, 8 → SS 36+4+0+64 = 104; sd √(104/3) = 5.8878;
    // median (type 7, n = 4): (10 + 12)/2 = 11; isolated (< 12): 6 and 10 → 2/4 = 50%.
    // R: x <- c(6, 10, 12, 20); mean(x); sd(x); median(x) → 12, 5.887841, 11
    expect(row!.group).toBeNull();
    expect(row!.measure).toBe('lsns-6');
    expect(row!.score).toBe('total');
    expect(row!.n).toBe(4);
    expect(row!.missing).toBe(1);
    expect(row!.mean).toBe(12);
    expect(row!.sd).toBeCloseTo(5.887841, 6);
    expect(row!.median).toBe(11);
    expect(row!.belowCut).toBe(50);
    expect(row!.bandShares).toEqual({});
  });

  it('groups by labels or a function, in order of first appearance', () => {
    const rows = summariseMeasure(scored, { by: ['b', 'a', 'b', 'a', 'a'] });
    // b: 6, 12 → mean 9; a: 10, 20, missing → mean 15.
    expect(rows.map((r) => [r.group, r.n, r.missing, r.mean])).toEqual([
      ['b', 2, 0, 9],
      ['a', 2, 1, 15],
    ]);
    const byFn = summariseMeasure(scored, { by: (_row, i) => (i < 2 ? 'early' : 'late') });
    expect(byFn.map((r) => r.mean)).toEqual([8, 16]); // (6+10)/2; (12+20)/2
  });

  it('summarises a subscale without a cut point', () => {
    // family = items 1–3: lsns(6) 5+1+0 = 6; lsns(10) 5+5+0 = 10; lsns(12) 5+5+2 = 12; lsns(20) 5+5+5 = 15.
    const [row] = summariseMeasure(scored, { score: 'family' });
    expect(row!.mean).toBe(10.75); // 43 / 4
    expect(row!.median).toBe(11); // (10 + 12) / 2
    expect(row!.belowCut).toBeNull();
  });

  it('gives band shares as percentages of those scored', () => {
    // Totals 10 (all 0 → normal), 30 (all 2 → abnormal), 10: normal 2/3, abnormal 1/3.
    const sdq = scoreMany(SDQ_PARENT, [Array(25).fill(0), Array(25).fill(2), Array(25).fill(0)]);
    const [row] = summariseMeasure(sdq, { bandLabels: ['normal', 'borderline', 'abnormal'] });
    expect(row!.bandShares.normal).toBeCloseTo(200 / 3, 10);
    expect(row!.bandShares.borderline).toBe(0);
    expect(row!.bandShares.abnormal).toBeCloseTo(100 / 3, 10);
    expect(row!.sd).toBeCloseTo(Math.sqrt(((10 - 50 / 3) ** 2 * 2 + (30 - 50 / 3) ** 2) / 2), 12);
  });

  it('has an odd-n median and no SD for one value', () => {
    const one = summariseMeasure(scoreMany(PEARLIN_MASTERY, [Array(7).fill(1)]));
    expect(one[0]!.sd).toBeNull();
    expect(one[0]!.median).toBe(22);
  });

  it('rejects bad arguments', () => {
    expect(() => summariseMeasure(scored, { score: 'nope' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.score must be one of total, family, friends for lsns-6, got "nope"]`,
    );
    expect(() => summariseMeasure(scored, { by: ['a'] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.by must have one label per scored row (5), got 1]`,
    );
    expect(() => summariseMeasure('x' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scored must be an iterable (an array or generator), got "x"]`,
    );
  });
});

describe('appendixTable', () => {
  it('lays out mean (SD) and n at each wave with the cut-point share', () => {
    const T1 = scoreMany(LSNS_6, [lsns(6), lsns(10), lsns(12), lsns(20)]);
    const T2 = scoreMany(LSNS_6, [lsns(14), lsns(16)]);
    const [row] = appendixTable([{ definition: LSNS_6, waves: { T1, T2 } }], { study: SOS_2017 });
    // T1 mean 12, sd 5.8878 → "12 (5.9)"; T2 mean 15, sd √2 = 1.4142 → "15 (1.4)"; none isolated at T2.
    expect(row).toMatchObject({
      measure: 'lsns-6',
      label: 'Lubben Social Network Scale (6 items)',
      score: 'total',
      max: 30,
    });
    expect(row!.waves).toEqual([
      {
        wave: 'T1',
        label: 'Time 1',
        mean: 12,
        sd: expect.closeTo(5.8878, 4),
        n: 4,
        belowCut: 50,
        text: '12 (5.9)',
      },
      {
        wave: 'T2',
        label: 'Time 2',
        mean: 15,
        sd: expect.closeTo(Math.SQRT2, 12),
        n: 2,
        belowCut: 0,
        text: '15 (1.4)',
      },
    ]);
  });

  it('has no cut point for Pearlin and takes print precision options', () => {
    const T1 = scoreMany(PEARLIN_MASTERY, [Array(7).fill(4), Array(7).fill(1)]); // 13, 22
    const [row] = appendixTable(
      [{ definition: PEARLIN_MASTERY, waves: { T1 }, label: 'Mastery' }],
      {
        study: SOS_2017,
        meanDigits: 1,
        sdDigits: 2,
      },
    );
    // mean 17.5, sd 9/√2 = 6.3640
    expect([
      row!.label,
      row!.max,
      row!.waves[0]!.belowCut,
      row!.waves.map((c) => c.text),
      row!.waves[1]!.n,
    ]).toEqual(['Mastery', 28, null, ['17.5 (6.36)', '–'], 0]);
  });

  it('takes any study: three waves, columns in its order, a chosen subset', () => {
    const study = defineStudy({
      id: 'three',
      title: 'Three waves',
      pilots: [{ id: 'a', name: 'A' }],
      cohorts: [{ id: 'c', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
      waves: [
        { id: 'baseline', label: 'Baseline' },
        { id: 'six-months', label: 'Six months' },
        { id: 'twelve-months', label: 'Twelve months' },
      ],
      tools: [{ id: 't', name: 'T' }],
    });
    const waves = {
      'twelve-months': scoreMany(LSNS_6, [lsns(18)]),
      baseline: scoreMany(LSNS_6, [lsns(9)]),
    };
    const [all] = appendixTable([{ definition: LSNS_6, waves }], { study });
    expect(all!.waves.map((c) => [c.label, c.mean, c.n])).toEqual([
      ['Baseline', 9, 1],
      ['Six months', null, 0],
      ['Twelve months', 18, 1],
    ]);
    const [some] = appendixTable([{ definition: LSNS_6, waves }], {
      study,
      waves: ['twelve-months', 'baseline'],
    });
    expect(some!.waves.map((c) => c.wave)).toEqual(['baseline', 'twelve-months']);
    expect(() =>
      appendixTable([{ definition: LSNS_6, waves: { T1: [] } }], { study }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: entries[0].waves has "T1", which is not a wave of study "three"]`,
    );
    expect(() => appendixTable([], {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy, got undefined]`,
    );
  });
});
