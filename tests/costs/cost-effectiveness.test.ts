import { describe, expect, it } from 'vitest';
import { costEffectiveness, costPerOutcome, meanInterval } from 'sos-eval/costs';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface WelchCase {
  x: number[];
  y: number[];
  confLevel: number;
  difference: number;
  lower: number;
  upper: number;
}

const boot = { seed: 17, replicates: 1000 };

describe('costEffectiveness: incremental cost with R’s Welch interval', () => {
  const { cases } = loadRFixture<WelchCase>('costs-welch');
  it.each(cases.map((c, i) => [`case ${i} at ${c.confLevel}`, c] as const))('%s', (_l, c) => {
    const ce = costEffectiveness(
      { intervention: { costs: c.x }, comparison: { costs: c.y }, effect: { estimate: 1 } },
      { bootstrap: { seed: 1, replicates: 10 }, confLevel: c.confLevel },
    );
    expectCloseToR(ce.deltaCost.estimate, c.difference, 'difference');
    expectCloseToR(ce.deltaCost.confInt[0], c.lower, 'lower');
    expectCloseToR(ce.deltaCost.confInt[1], c.upper, 'upper');
  });
});

describe('costEffectiveness: the bootstrap', () => {
  const input = {
    intervention: { costs: [1200, 950, 1800, 1400, 1100, 1650, 1300, 1250] },
    comparison: { costs: [900, 1000, 850, 1200, 950, 1100, 1000] },
    effect: { estimate: 0.8, confInt: [0.3, 1.3] as const },
  };
  it('ICER = ΔC / ΔE', () => {
    const ce = costEffectiveness(input, { bootstrap: boot });
    // ΔC = 10650/8 − 7000/7 = 1331.25 − 1000 = 331.25; ICER = 331.25 / 0.8 = 414.0625.
    expect(ce.deltaCost.estimate).toBeCloseTo(331.25, 10);
    expect(ce.icer).toBeCloseTo(414.0625, 10);
    expect(ce.deltaEffect.confInt).toEqual([0.3, 1.3]);
    expect(ce.rows.map((r) => [r.quantity, r.estimate])).toEqual([
      ['incremental cost', ce.deltaCost.estimate],
      ['incremental effect', 0.8],
      ['ICER', ce.icer],
    ]);
    expect(ce.rows[0]).toMatchObject({
      confLow: ce.deltaCost.confInt[0],
      bootHigh: ce.deltaCost.bootstrap[1],
    });
  });
  it('is reproducible per seed', () => {
    const a = costEffectiveness(input, { bootstrap: boot, willingnessToPay: [0, 300, 1000] });
    const b = costEffectiveness(input, { bootstrap: boot, willingnessToPay: [0, 300, 1000] });
    const c = costEffectiveness(input, {
      bootstrap: { ...boot, seed: 18 },
      willingnessToPay: [0, 300, 1000],
    });
    expect(a).toEqual(b);
    expect(a.deltaCost.bootstrap).not.toEqual(c.deltaCost.bootstrap);
  });
  it('quadrants sum to 1; the acceptability curve rises with willingness to pay', () => {
    const ce = costEffectiveness(input, {
      bootstrap: boot,
      willingnessToPay: [0, 100, 300, 1000, 10000],
    });
    const q = ce.quadrants;
    expect(q.northEast + q.northWest + q.southEast + q.southWest).toBeCloseTo(1, 12);
    const p = ce.acceptability.map((a) => a.probability);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThanOrEqual(p[i - 1]!);
    // At λ = 0 the net benefit is −ΔC: the share of replicates where the intervention saves money.
    expect(p[0]).toBeCloseTo(q.southEast + q.southWest, 12);
  });
  it('an effect known exactly: CEAC is P(ΔC* < λ·ΔE)', () => {
    const exact = costEffectiveness(
      { ...input, effect: { estimate: 0.8 } },
      { bootstrap: boot, willingnessToPay: [800] },
    );
    expect(exact.deltaEffect.bootstrap).toEqual([0.8, 0.8]);
    // ICER replicates are ΔC*/0.8: their interval is the ΔC interval / 0.8.
    expect(exact.icerInterval[0]).toBeCloseTo(exact.deltaCost.bootstrap[0] / 0.8, 9);
    expect(exact.icerInterval[1]).toBeCloseTo(exact.deltaCost.bootstrap[1] / 0.8, 9);
  });
  it('the ICER interval is NaN when replicate effects cross 0', () => {
    const ce = costEffectiveness(
      { ...input, effect: { estimate: 0.1, se: 0.5 } },
      { bootstrap: boot },
    );
    expect(ce.icerInterval).toEqual([Number.NaN, Number.NaN]);
    expect(ce.quadrants.northWest).toBeGreaterThan(0);
  });
  it('accepts impact-style rows (se, confLow, confHigh) and person-level outcomes', () => {
    const a = costEffectiveness(
      { ...input, effect: { estimate: 0.8, confLow: 0.3, confHigh: 1.3 } },
      { bootstrap: boot },
    );
    const b = costEffectiveness(input, { bootstrap: boot });
    expect(a.deltaEffect.bootstrap).toEqual(b.deltaEffect.bootstrap);
    const paired = costEffectiveness(
      {
        intervention: { costs: [100, 200, 300], effects: [2, 3, 4] },
        comparison: { costs: [100, 150, 200], effects: [1, 2, 2] },
      },
      { bootstrap: boot },
    );
    // ΔC = 200 − 150 = 50, ΔE = 3 − 5/3 = 4/3, ICER = 37.5.
    expect(paired.icer).toBeCloseTo(37.5, 10);
  });
  it('names broken arguments', () => {
    expect(() =>
      costEffectiveness(
        { intervention: { costs: [1] }, comparison: { costs: [1, 2] }, effect: { estimate: 1 } },
        { bootstrap: boot },
      ),
    ).toThrow('input.intervention.costs must hold at least 2 costs, got 1');
    expect(() =>
      costEffectiveness(
        { intervention: { costs: [1, 2] }, comparison: { costs: [1, 2] } },
        { bootstrap: boot },
      ),
    ).toThrow(/input\.intervention\.effects must be an array/);
    expect(() =>
      costEffectiveness(
        { ...input, effect: { estimate: 1, confInt: [0, 2], confLevel: 0.9 } },
        { bootstrap: boot },
      ),
    ).toThrow(/input\.effect\.confLevel must be 0\.95/);
  });
});

describe('costPerOutcome', () => {
  it('a known cost over an outcome change, with a seeded interval', () => {
    const a = costPerOutcome(
      { cost: 250000, effect: { estimate: 2.5, se: 0.5 } },
      { bootstrap: { seed: 1, replicates: 2000 } },
    );
    expect(a.estimate).toBe(100000);
    // 250000 / (2.5 ± 1.96 · 0.5): the ratio's limits lie near 250000/3.48 and 250000/1.52.
    expect(a.confInt[0]).toBeGreaterThan(250000 / 3.8);
    expect(a.confInt[0]).toBeLessThan(250000 / 3.2);
    expect(a.confInt[1]).toBeGreaterThan(250000 / 1.8);
    expect(a.confInt[1]).toBeLessThan(250000 / 1.3);
    const b = costPerOutcome(
      { cost: 250000, effect: { estimate: 2.5, se: 0.5 } },
      { bootstrap: { seed: 1, replicates: 2000 } },
    );
    expect(b).toEqual(a);
  });
  it('costs per person are bootstrapped; an effect known exactly gives the cost interval / effect', () => {
    const costs = [100, 300, 250, 900, 150, 400];
    const r = costPerOutcome(
      { cost: costs, effect: { estimate: 2 } },
      { bootstrap: { seed: 3, replicates: 999 } },
    );
    expect(r.cost).toBeCloseTo(350, 12);
    expect(r.estimate).toBeCloseTo(175, 12);
    const m = meanInterval(costs, {
      bootstrap: { seed: 3, replicates: 999, method: 'percentile' },
    });
    expect(r.confInt[0]).toBeCloseTo(m.bootstrap!.confInt[0] / 2, 9);
    expect(r.confInt[1]).toBeCloseTo(m.bootstrap!.confInt[1] / 2, 9);
  });
  it('no interval when the change may be 0', () => {
    const r = costPerOutcome(
      { cost: 1000, effect: { estimate: 0.2, confInt: [-0.3, 0.7] } },
      { bootstrap: { seed: 1, replicates: 500 } },
    );
    expect(r.confInt).toEqual([Number.NaN, Number.NaN]);
    expect(r.sameSign).toBeGreaterThan(0.5);
    expect(r.sameSign).toBeLessThan(1);
    expect(() =>
      costPerOutcome({ cost: Number.NaN, effect: { estimate: 1 } }, { bootstrap: { seed: 1 } }),
    ).toThrow(/input\.cost must be a finite number/);
  });
});
