import { describe, expect, it } from 'vitest';
import { aggregateEffects, groupTimeEffects, type ControlGroup } from 'sos-eval/impact';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface Aggregate {
  att: number[];
  se: number[];
  overall: number;
  overall_se: number;
}
interface StaggeredCase {
  name: string;
  control: 'never' | 'notyet';
  data: { unit: number[]; time: number[]; g: (number | null)[]; y: number[] };
  n_units: number;
  n_dropped: number;
  group: number[];
  time: number[];
  att: number[];
  se: number[];
  n_treated: number[];
  n_control: number[];
  pretest: { statistic: number; df: number; p_value: number };
  simple: { att: number; se: number };
  dynamic: Aggregate & { e: number[] };
  group_agg: Aggregate & { g: number[] };
  calendar: Aggregate & { t: number[] };
}

const cases = loadRFixture<StaggeredCase>('impact-staggered').cases;
const rowsOf = (d: StaggeredCase['data']) =>
  d.y.map((y, i) => ({ la: `LA${d.unit[i]}`, year: d.time[i]!, g: d.g[i] ?? null, y }));
const fitOf = (c: StaggeredCase, extra: object = {}) =>
  groupTimeEffects(rowsOf(c.data), {
    outcome: 'y',
    unit: 'la',
    time: 'year',
    firstTreated: 'g',
    control: (c.control === 'never' ? 'never' : 'notYet') as ControlGroup,
    ...extra,
  });

describe('groupTimeEffects: ATT(g, t) as group-time mean differences computed in R', () => {
  for (const c of cases) {
    it(c.name, () => {
      const fit = fitOf(c);
      expect(fit.nUnits).toBe(c.n_units);
      expect(fit.nUnitsDropped).toBe(c.n_dropped);
      expect(fit.effects.map((e) => [e.group, e.time])).toEqual(
        c.group.map((g, j) => [g, c.time[j]]),
      );
      fit.effects.forEach((e, j) => {
        const label = `ATT(${e.group}, ${e.time})`;
        expectCloseToR(e.estimate, c.att[j]!, `${label} estimate`, 1e-9);
        // The influence-function SE, computed in R as sqrt(v_T / n_T + v_C / n_C).
        expectCloseToR(e.se, c.se[j]!, `${label} se`, 1e-9);
        expect([e.nTreated, e.nControl]).toEqual([c.n_treated[j], c.n_control[j]]);
        expect(e.post).toBe(e.time >= e.group);
      });
      expect(fit.preTrend).not.toBeNull();
      expectCloseToR(fit.preTrend!.statistic, c.pretest.statistic, 'pre-test W', 1e-8);
      expect(fit.preTrend!.df).toBe(c.pretest.df);
      expectCloseToR(fit.preTrend!.pValue, c.pretest.p_value, 'pre-test p', 1e-7);
    });
  }
});

describe('aggregateEffects agrees with did::aggte transcribed in R', () => {
  for (const c of cases) {
    it(c.name, () => {
      const fit = fitOf(c);
      const simple = aggregateEffects(fit, { type: 'simple' });
      expectCloseToR(simple.overall.estimate, c.simple.att, 'simple', 1e-9);
      expectCloseToR(simple.overall.se, c.simple.se, 'simple se', 1e-9);
      expect(simple.effects).toEqual([]);
      const check = (type: 'dynamic' | 'group' | 'calendar', r: Aggregate, at: number[]) => {
        const a = aggregateEffects(fit, { type });
        expect(a.effects.map((e) => e.at)).toEqual(at);
        a.effects.forEach((e, j) => {
          expectCloseToR(e.estimate, r.att[j]!, `${type} ${e.at}`, 1e-9);
          expectCloseToR(e.se, r.se[j]!, `${type} ${e.at} se`, 1e-9);
        });
        expectCloseToR(a.overall.estimate, r.overall, `${type} overall`, 1e-9);
        expectCloseToR(a.overall.se, r.overall_se, `${type} overall se`, 1e-9);
      };
      check('dynamic', c.dynamic, c.dynamic.e);
      check('group', c.group_agg, c.group_agg.g);
      check('calendar', c.calendar, c.calendar.t);
    });
  }
});

describe('groupTimeEffects: data handling, bands and arguments', () => {
  const c = cases[2]!;

  it('reports each dropped or recoded unit as an issue', () => {
    const fit = fitOf(c);
    const codes = fit.issues.map((i) => i.code);
    expect(
      codes.filter((x) => x === 'unbalanced_unit' || x === 'treated_before_panel').length,
    ).toBe(c.n_dropped);
    expect(codes).toContain('treated_after_panel');
  });

  it('gives the same bands for the same seed, wider than the pointwise intervals', () => {
    const a = fitOf(cases[0]!, { bootstrap: { seed: 7, iterations: 499 } });
    const b = fitOf(cases[0]!, { bootstrap: { seed: 7, iterations: 499 } });
    expect(a.effects).toEqual(b.effects);
    const z = 1.959963984540054; // qnorm(0.975)
    expect(a.bootstrap!.criticalValue).toBeGreaterThan(z);
    // Simultaneous over 21 estimates: below the Bonferroni value qnorm(1 − 0.025 / 21) = 3.04.
    expect(a.bootstrap!.criticalValue).toBeLessThan(3.1);
    for (const e of a.effects) {
      expect(e.bandHigh! - e.bandLow!).toBeGreaterThan(0);
      // Bootstrap and analytic SEs estimate the same thing: within 25% at 499 draws.
      const bootSe = (e.bandHigh! - e.bandLow!) / (2 * a.bootstrap!.criticalValue);
      expect(Math.abs(bootSe / e.se - 1)).toBeLessThan(0.25);
    }
    const d = aggregateEffects(a, { type: 'dynamic', bootstrap: { seed: 1, iterations: 299 } });
    expect(d.criticalValue).toBeGreaterThan(z);
    expect(d.effects.every((e) => e.bandLow! < e.estimate && e.estimate < e.bandHigh!)).toBe(true);
  });

  it('refuses no treated units, no never-treated units with never controls, and copies', () => {
    const rows = rowsOf(c.data);
    const o = { outcome: 'y', unit: 'la', time: 'year', firstTreated: 'g' } as const;
    expect(() => groupTimeEffects(rows, { ...o, firstTreated: () => null })).toThrow(
      /no treated units/,
    );
    const allTreated = rows.map((r) => ({ ...r, g: r.g === null || r.g > 2020 ? 2016 : r.g }));
    expect(() => groupTimeEffects(allTreated, o)).toThrow(/no unit is never treated/);
    expect(
      groupTimeEffects(allTreated, { ...o, control: 'notYet' }).effects.length,
    ).toBeGreaterThan(0);
    expect(() => groupTimeEffects([...rows, rows[0]!], o)).toThrow(/two rows for period/);
    expect(() => groupTimeEffects(rows, { ...o, control: 'later' as never })).toThrow(
      /options.control/,
    );
    const fit = groupTimeEffects(rows, o);
    expect(() => aggregateEffects({ ...fit }, { type: 'simple' })).toThrow(TypeError);
    expect(() => aggregateEffects(fit, { type: 'mean' as never })).toThrow(/options.type/);
  });
});
