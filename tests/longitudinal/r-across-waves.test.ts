// Every number here comes from R: tests/fixtures/r/cases/85-longitudinal-across-waves.R writes the
// JSON (Rscript tests/fixtures/r/runner.R 85-longitudinal-across-waves.R). Each case is a families
// × waves matrix; R tests the complete families (friedman.test, or Cochran's Q from its formula
// for 0/1 answers), then every pair of waves, later minus earlier (wilcox.test(paired = TRUE) or
// mcnemar.test), and Holm-adjusts the pairs (p.adjust). Here the matrix becomes interview records
// of a study with as many waves, labelled as a study would label them, laid out by wavePanel.
import { describe, expect, it } from 'vitest';
import { compareAcrossWaves, wavePanel, type Comparison } from 'sos-eval/longitudinal';
import { defineStudy } from 'sos-eval/models';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

type RNum = number | null;
interface RPair {
  from: number;
  to: number;
  estimate: RNum;
  conf_low?: RNum;
  conf_high?: RNum;
  statistic: RNum;
  p_value: RNum;
  method: string;
}
interface Case {
  name: string;
  kind: 'binary' | 'ordinal' | 'scale' | 'interval';
  waves: number;
  y: RNum[][];
  n: number;
  n_missing: number;
  omnibus: { statistic: number; df: number; p_value: number; method: string };
  pairwise: RPair[];
  p_adjusted: RNum[];
}

const undefinedInR = (x: RNum | undefined): boolean =>
  x === undefined || x === null || Number.isNaN(x);
const close = (actual: number | null, expected: RNum | undefined, label: string): void => {
  if (undefinedInR(expected)) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expectCloseToR(actual as number, expected as number, label);
};

const LABELS = ['Baseline', 'Three months', 'Six months', 'Nine months', 'One year', 'Two years'];

const studyOf = (k: number) =>
  defineStudy({
    id: `waves-${k}`,
    title: `A study with ${k} waves`,
    pilots: [{ id: 'north', name: 'North' }],
    cohorts: [{ id: 'all', referrals: { start: '2026-01-01', end: '2026-12-31' } }],
    waves: LABELS.slice(0, k).map((label, w) => ({ id: `wave-${w}`, label })),
    tools: [{ id: 'mapping', name: 'Mapping' }],
  });

describe('compareAcrossWaves matches R', () => {
  const { cases } = loadRFixture<Case>('longitudinal-across-waves');

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const study = studyOf(c.waves);
    const waves = study.ids.waves;
    // R's NA is a record with no value for even families and no record at all for odd ones; a
    // family with no record at any wave is not in the panel, so not among the missing either.
    const records = c.y.flatMap((row, f) =>
      row.flatMap((x, w) =>
        x === null && f % 2 === 1 ? [] : [{ familyId: `F${f}`, wave: waves[w]!, x }],
      ),
    );
    const absent = c.y.filter((row, f) => f % 2 === 1 && row.every((x) => x === null)).length;
    const rows = compareAcrossWaves(wavePanel(records, { study }), {
      study,
      measure: 'x',
      kind: c.kind,
    });
    const [omnibus, ...pairs] = rows as [Comparison, ...Comparison[]];
    expect([omnibus.n, omnibus.nMissing]).toEqual([c.n, c.n_missing - absent]);
    expect(omnibus.method).toBe(c.omnibus.method);
    expect(omnibus.comparison).toBe(LABELS.slice(0, c.waves).join(' vs '));
    close(omnibus.statistic, c.omnibus.statistic, 'omnibus statistic');
    close(omnibus.df, c.omnibus.df, 'omnibus df');
    close(omnibus.pValue, c.omnibus.p_value, 'omnibus p');
    expect(pairs).toHaveLength(c.pairwise.length);
    pairs.forEach((p, m) => {
      const e = c.pairwise[m]!;
      const label = `pair ${e.to} - ${e.from}`;
      expect(p.comparison).toBe(`${LABELS[e.to]} - ${LABELS[e.from]}`);
      expect([p.n, p.nMissing]).toEqual([omnibus.n, omnibus.nMissing]);
      close(p.estimate, e.estimate, `${label} estimate`);
      close(p.confLow, e.conf_low, `${label} confLow`);
      close(p.confHigh, e.conf_high, `${label} confHigh`);
      close(p.statistic, e.statistic, `${label} statistic`);
      close(p.pValue, e.p_value, `${label} p`);
      if (!undefinedInR(e.p_value)) expect(p.method, label).toBe(e.method);
      close(p.pAdjusted, c.p_adjusted[m], `${label} Holm`);
    });
  });
});
