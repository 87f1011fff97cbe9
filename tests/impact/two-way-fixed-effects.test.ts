import { describe, expect, it } from 'vitest';
import { eventStudy, twoWayFixedEffects } from 'sos-eval/impact';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface PanelData {
  unit: number[];
  time: number[];
  g: (number | null)[];
  region: number[];
  x: number[];
  y: number[];
}
interface TwfeCase {
  name: string;
  covariate: boolean;
  cluster: 'unit' | 'region';
  conf_level: number;
  data: PanelData;
  terms: string[];
  estimate: number[];
  se: number[];
  p_value: number[];
  conf_low: number[];
  conf_high: number[];
  df: number;
  n: number;
  n_clusters: number;
  n_units: number;
  n_times: number;
}
interface EventCase {
  name: string;
  window: [number, number];
  conf_level: number;
  data: PanelData;
  relative_time: number[];
  estimate: number[];
  se: number[];
  p_value: number[];
  conf_low: number[];
  conf_high: number[];
  df: number;
  n: number;
  n_clusters: number;
  pretrend: { statistic: number; df1: number; df2: number; p_value: number };
}

const rowsOf = (d: PanelData) =>
  d.y.map((y, i) => ({
    la: `LA${d.unit[i]}`,
    year: d.time[i]!,
    g: d.g[i] ?? null,
    region: d.region[i],
    x: d.x[i],
    y,
    adopted: d.g[i] !== null && d.time[i]! >= d.g[i]!,
  }));

describe('twoWayFixedEffects agrees with R lm + factor dummies + vcovCL(type = "HC1")', () => {
  for (const c of loadRFixture<TwfeCase>('impact-twfe').cases) {
    it(c.name, () => {
      const fit = twoWayFixedEffects(rowsOf(c.data), {
        outcome: 'y',
        treatment: (r) => (r.adopted ? 1 : 0),
        unit: 'la',
        time: 'year',
        cluster: c.cluster === 'unit' ? 'la' : 'region',
        covariates: c.covariate ? ['x'] : [],
        confLevel: c.conf_level,
      });
      expect([fit.n, fit.nClusters, fit.df, fit.nUnits, fit.nTimes]).toEqual([
        c.n,
        c.n_clusters,
        c.df,
        c.n_units,
        c.n_times,
      ]);
      fit.coefficients.forEach((row, j) => {
        const term = c.terms[j]!;
        expectCloseToR(row.estimate, c.estimate[j]!, `${term} estimate`, 1e-8);
        expectCloseToR(row.se, c.se[j]!, `${term} se`, 1e-8);
        expectCloseToR(row.pValue, c.p_value[j]!, `${term} p`, 1e-7);
        expectCloseToR(row.confLow, c.conf_low[j]!, `${term} lower`, 1e-8);
        expectCloseToR(row.confHigh, c.conf_high[j]!, `${term} upper`, 1e-8);
      });
      expectCloseToR(fit.estimate, c.estimate[0]!, 'estimate', 1e-8);
      expectCloseToR(fit.se, c.se[0]!, 'se', 1e-8);
    });
  }

  it('needs more than one sweep on an unbalanced panel and one (plus the check) on a balanced one', () => {
    const [unbalanced, , balanced] = loadRFixture<TwfeCase>('impact-twfe').cases;
    const fit = (c: TwfeCase) =>
      twoWayFixedEffects(rowsOf(c.data), {
        outcome: 'y',
        treatment: 'adopted',
        unit: 'la',
        time: 'year',
      });
    expect(fit(unbalanced!).iterations).toBeGreaterThan(2);
    expect(fit(balanced!).iterations).toBeLessThanOrEqual(2);
  });

  it('refuses one cluster, no treated or no untreated rows, and an absorbed treatment', () => {
    const rows = rowsOf(loadRFixture<TwfeCase>('impact-twfe').cases[0]!.data);
    const o = { outcome: 'y', treatment: 'adopted', unit: 'la', time: 'year' } as const;
    expect(() => twoWayFixedEffects(rows, { ...o, cluster: () => 1 })).toThrow(/only one cluster/);
    expect(() => twoWayFixedEffects(rows, { ...o, treatment: () => 0 })).toThrow(/no treated rows/);
    expect(() => twoWayFixedEffects(rows, { ...o, treatment: () => 1 })).toThrow(/no untreated/);
    // Treated for ever from the first year: constant within unit, absorbed by the unit effects.
    expect(() =>
      twoWayFixedEffects(rows, { ...o, treatment: (r) => (r.la === 'LA1' ? 1 : 0) }),
    ).toThrow(/collinear/);
  });
});

describe('eventStudy agrees with R lm on relative-time dummies + vcovCL, and its lead test', () => {
  for (const c of loadRFixture<EventCase>('impact-event-study').cases) {
    it(c.name, () => {
      const es = eventStudy(rowsOf(c.data), {
        outcome: 'y',
        unit: 'la',
        time: 'year',
        firstTreated: 'g',
        window: c.window,
        confLevel: c.conf_level,
      });
      expect([es.n, es.nClusters, es.df]).toEqual([c.n, c.n_clusters, c.df]);
      const estimated = es.effects.filter((e) => !e.reference);
      expect(estimated.map((e) => e.relativeTime)).toEqual(c.relative_time);
      expect(es.effects.find((e) => e.reference)?.relativeTime).toBe(-1);
      estimated.forEach((row, j) => {
        expectCloseToR(row.estimate, c.estimate[j]!, `${row.term} estimate`, 1e-8);
        expectCloseToR(row.se, c.se[j]!, `${row.term} se`, 1e-8);
        expectCloseToR(row.pValue, c.p_value[j]!, `${row.term} p`, 1e-7);
        expectCloseToR(row.confLow, c.conf_low[j]!, `${row.term} lower`, 1e-8);
        expectCloseToR(row.confHigh, c.conf_high[j]!, `${row.term} upper`, 1e-8);
      });
      expect(es.preTrend).not.toBeNull();
      expectCloseToR(es.preTrend!.statistic, c.pretrend.statistic, 'pre-trend F', 1e-8);
      expect([es.preTrend!.df1, es.preTrend!.df2]).toEqual([c.pretrend.df1, c.pretrend.df2]);
      expectCloseToR(es.preTrend!.pValue, c.pretrend.p_value, 'pre-trend p', 1e-7);
    });
  }

  it('refuses a window without the reference period and a changing first-treated period', () => {
    const rows = rowsOf(loadRFixture<EventCase>('impact-event-study').cases[0]!.data);
    const o = { outcome: 'y', unit: 'la', time: 'year', firstTreated: 'g' } as const;
    expect(() => eventStudy(rows, { ...o, window: [0, 3] })).toThrow(/options.window/);
    expect(() =>
      eventStudy(rows, { ...o, firstTreated: (r) => (r.g === null ? null : r.year) }),
    ).toThrow(/first-treated period/);
    expect(() => eventStudy(rows, { ...o, firstTreated: () => null })).toThrow(/no treated units/);
  });
});
