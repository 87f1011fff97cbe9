import { describe, expect, it } from 'vitest';
import {
  aggregateEffects,
  differenceInDifferences,
  formatImpact,
  groupTimeEffects,
  synthesisePanel,
  twoWayFixedEffects,
  eventStudy,
} from 'sos-eval/impact';

describe('synthesisePanel', () => {
  it('is deterministic, frozen and says it is synthetic', () => {
    const a = synthesisePanel({ seed: 5, units: 12, periods: 4 });
    const b = synthesisePanel({ seed: 5, units: 12, periods: 4 });
    expect(a).toEqual(b);
    expect(a.rows).toHaveLength(48);
    expect(Object.isFrozen(a.rows[0])).toBe(true);
    expect(a.notice).toMatch(/Synthetic/);
    expect(synthesisePanel({ seed: 6, units: 12, periods: 4 }).rows).not.toEqual(a.rows);
  });

  it('child rows are 0/1, one per child per authority-year', () => {
    const p = synthesisePanel({
      seed: 1,
      units: 4,
      periods: 3,
      children: 5,
      adoptionPeriods: [2012],
    });
    expect(p.rows).toHaveLength(60);
    expect(p.rows.every((r) => r.outcome === 0 || r.outcome === 1)).toBe(true);
  });

  it('refuses broken options, naming them', () => {
    expect(() => synthesisePanel({ seed: 1.5 })).toThrow(/options.seed/);
    expect(() => synthesisePanel({ seed: 1, units: 1 })).toThrow(/options.units/);
    expect(() => synthesisePanel({ seed: 1, neverShare: 2 })).toThrow(/options.neverShare/);
  });

  // The built-in effect is recovered by every estimator, inside its 95% interval, on a few seeds.
  it.each([1, 2, 3])('every estimator covers the built-in effect (seed %i)', (seed) => {
    const p = synthesisePanel({ seed });
    const o = { outcome: 'outcome', unit: 'unit', time: 'period' } as const;
    const covers = (lo: number, hi: number) => {
      expect(lo).toBeLessThan(p.truth.effect);
      expect(hi).toBeGreaterThan(p.truth.effect);
    };
    const twfe = twoWayFixedEffects(p.rows, { ...o, treatment: 'adopted' });
    covers(...twfe.confInt);
    const att = groupTimeEffects(p.rows, { ...o, firstTreated: 'firstTreated' });
    const simple = aggregateEffects(att, { type: 'simple' }).overall;
    covers(simple.confLow, simple.confHigh);
    // 2 × 2 on the 2016 adopters against the never-adopters, 2015 against 2016.
    const two = p.rows.filter(
      (r) =>
        (r.firstTreated === 2016 || r.firstTreated === null) &&
        (r.period === 2015 || r.period === 2016),
    );
    const did = differenceInDifferences(two, {
      outcome: 'outcome',
      treated: (r) => r.firstTreated !== null,
      post: (r) => r.period === 2016,
      cluster: 'unit',
    });
    covers(...did.confInt);
    const es = eventStudy(p.rows, { ...o, firstTreated: 'firstTreated', window: [-3, 2] });
    expect(es.preTrend!.pValue).toBeGreaterThan(0.001);
    expect(formatImpact(es)).toContain('Pre-trends: F =');
  });

  it('with a growing effect, group-time effects recover the average and TWFE does not', () => {
    // Effects that grow with time since adoption bias TWFE (Goodman-Bacon 2021); ATT(g, t) does not.
    const p = synthesisePanel({ seed: 9, effectGrowth: -0.03, neverShare: 0.2 });
    const o = { outcome: 'outcome', unit: 'unit', time: 'period' } as const;
    const att = groupTimeEffects(p.rows, { ...o, firstTreated: 'firstTreated' });
    const simple = aggregateEffects(att, { type: 'simple' }).overall;
    expect(Math.abs(simple.estimate - p.truth.averageEffect)).toBeLessThan(2 * simple.se);
    const twfe = twoWayFixedEffects(p.rows, { ...o, treatment: 'adopted' });
    expect(Math.abs(twfe.estimate - p.truth.averageEffect)).toBeGreaterThan(
      Math.abs(simple.estimate - p.truth.averageEffect),
    );
    expect(formatImpact(att)).toContain('Pre-test of parallel trends');
    expect(formatImpact(aggregateEffects(att, { type: 'dynamic' }))).toContain('event time');
  });
});
