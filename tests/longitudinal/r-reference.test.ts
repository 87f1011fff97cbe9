// Every number here comes from R: tests/fixtures/r/cases/40-longitudinal.R writes the JSON.
import { describe, expect, it } from 'vitest';
import { attrition, compareCohorts, compareGroups, compareWaves } from 'sos-eval/longitudinal';
import { SOS_2017 } from 'sos-eval/reference';
import type { ComparisonRow } from 'sos-eval/longitudinal';
import { attritionPairs, cohortRecords, experienceRecords } from './_r-inputs.js';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

type Num = number | null;
interface Expected {
  name: string;
  kind: 'binary' | 'categorical' | 'ordinal' | 'scale' | 'interval';
  estimate?: Num;
  conf_low?: Num;
  conf_high?: Num;
  statistic?: Num;
  df?: Num;
  p_value: number;
  method?: string;
  n?: number;
  n_missing?: number;
}

const close = (actual: Num, expected: Num | undefined, label: string, rel = 1e-9) => {
  if (expected === undefined || expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expectCloseToR(actual as number, expected, label, rel);
};

const checkRow = (row: ComparisonRow, c: Expected, skip: readonly string[] = []) => {
  close(row.estimate, c.estimate, `${c.name} estimate`);
  close(row.confLow, c.conf_low, `${c.name} confLow`);
  close(row.confHigh, c.conf_high, `${c.name} confHigh`);
  close(row.statistic, c.statistic, `${c.name} statistic`);
  if (!skip.includes('df')) close(row.df, c.df, `${c.name} df`);
  close(row.pValue, c.p_value, `${c.name} pValue`);
  if (c.method !== undefined) expect(row.method).toBe(c.method);
  if (c.n !== undefined) expect(row.n).toBe(c.n);
  if (c.n_missing !== undefined) expect(row.nMissing).toBe(c.n_missing);
};

describe('compareWaves matches R', () => {
  const { cases } = loadRFixture<
    Expected & { t1: Num[]; t2: Num[]; conf_level: number; effect_size?: number }
  >('longitudinal-waves');
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const pairs = c.t1.map((v, i) => ({ key: i, from: { x: v }, to: { x: c.t2[i] } }));
    const row = compareWaves(pairs, {
      study: SOS_2017,
      from: 'T1',
      to: 'T2',
      measure: 'x',
      kind: c.kind as 'binary',
      confLevel: c.conf_level,
    });
    checkRow(row, c);
    if (c.effect_size !== undefined) close(row.effectSize, c.effect_size, `${c.name} dz`);
    expect(row.issues).toEqual([]);
  });
});

describe('compareCohorts matches R', () => {
  const { cases } = loadRFixture<Expected & { a: Num[]; b: Num[] }>('longitudinal-cohorts');
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const row = compareCohorts(cohortRecords(c.a, c.b), {
      study: SOS_2017,
      measure: 'x',
      kind: c.kind,
    });
    checkRow(row, c);
    expect(row.comparison).toBe('Cohort 2 - Cohort 1');
  });
});

describe('compareGroups matches R', () => {
  interface Pairwise {
    estimate: number;
    conf_low?: number;
    conf_high?: number;
    statistic: number;
    p_value: number;
  }
  const { cases } = loadRFixture<
    Expected & { groups: Record<string, Num[]>; pairwise: Pairwise[]; p_adjusted: number[] }
  >('longitudinal-groups');
  // The same groups twice: by name, and as families of the 2017 pilots grouped by experience.
  const forms = cases.flatMap((c) => [
    [`${c.name} (groups by name)`, c, 'named'] as const,
    [`${c.name} (SOS_2017 experience grouping)`, c, 'grouping'] as const,
  ]);
  it.each(forms)('%s', (_name, c, form) => {
    const groups = Object.fromEntries(
      Object.entries(c.groups).map(([g, xs]) => [g, xs.map((x) => ({ x }))]),
    );
    const [omnibus, ...pairs] =
      form === 'named'
        ? compareGroups(groups, { measure: 'x', kind: c.kind })
        : compareGroups(experienceRecords(c.groups), {
            study: SOS_2017,
            grouping: 'experience',
            measure: 'x',
            kind: c.kind,
          });
    close(omnibus!.statistic, c.statistic!, `${c.name} omnibus statistic`);
    close(omnibus!.df, c.df!, `${c.name} omnibus df`);
    close(omnibus!.pValue, c.p_value, `${c.name} omnibus p`);
    expect(omnibus!.comparison).toBe('new vs 2 years vs 2+ years');
    expect(pairs.map((p) => p.comparison)).toEqual([
      '2 years - new',
      '2+ years - new',
      '2+ years - 2 years',
    ]);
    pairs.forEach((p, k) => {
      const e = c.pairwise[k]!;
      close(p.estimate, e.estimate, `${c.name} pair ${k} estimate`);
      close(p.confLow, e.conf_low, `${c.name} pair ${k} confLow`);
      close(p.confHigh, e.conf_high, `${c.name} pair ${k} confHigh`);
      close(p.statistic, e.statistic, `${c.name} pair ${k} statistic`);
      close(p.pValue, e.p_value, `${c.name} pair ${k} p`);
      close(p.pAdjusted, c.p_adjusted[k]!, `${c.name} pair ${k} Holm`);
    });
  });
});

describe('attrition matches R', () => {
  const { cases } = loadRFixture<
    Expected & {
      retained: Num[];
      lost: Num[];
      n_retained: number;
      n_lost: number;
      n_missing_retained: number;
      n_missing_lost: number;
    }
  >('longitudinal-attrition');
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const kind =
      c.kind === 'interval' ? 'numeric' : (c.kind as 'binary' | 'categorical' | 'numeric');
    const [row] = attrition(attritionPairs(c.retained, c.lost), {
      study: SOS_2017,
      variables: [{ name: 'x', kind, value: (r) => r.x }],
    });
    close(row!.estimate, c.estimate, `${c.name} estimate`);
    close(row!.confLow, c.conf_low, `${c.name} confLow`);
    close(row!.confHigh, c.conf_high, `${c.name} confHigh`);
    close(row!.statistic, c.statistic, `${c.name} statistic`);
    close(row!.pValue, c.p_value, `${c.name} p`);
    expect(row!.method).toBe(c.method);
    expect([row!.nRetained, row!.nLost, row!.nMissingRetained, row!.nMissingLost]).toEqual([
      c.n_retained,
      c.n_lost,
      c.n_missing_retained,
      c.n_missing_lost,
    ]);
  });
});
