import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { assertCount, assertFinite, assertUnit, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * Options of {@link synthesisePanel}. Every field but `seed` has a default.
 *
 * @category Synthetic data
 */
export interface SynthesisePanelOptions {
  /** A 32-bit integer: the same seed gives the same panel everywhere. */
  readonly seed: number;
  /** Authorities (default 150). */
  readonly units?: number;
  /** First period, a year (default 2011). */
  readonly firstPeriod?: number;
  /** Periods (default 10). */
  readonly periods?: number;
  /** The years in which adopting authorities start, spread evenly among them (default [2014, 2016, 2018]). */
  readonly adoptionPeriods?: readonly number[];
  /** Share of authorities that never adopt (default 0.4). */
  readonly neverShare?: number;
  /** The effect of adoption on the outcome from its first year on (default −0.13: 13 points down). */
  readonly effect?: number;
  /** Added to the effect for each year since adoption (default 0: a constant effect). */
  readonly effectGrowth?: number;
  /** Mean outcome before adoption (default 0.4, a proportion). */
  readonly baseline?: number;
  /**
   * Children per authority and year. Without it, one row per authority and year whose outcome is
   * the authority's proportion (with sampling noise); with it, one row per child whose outcome is
   * 0 or 1 (the linear probability model's data).
   */
  readonly children?: number;
}

/**
 * One row of a synthetic panel: an authority-year, or a child in one.
 *
 * @category Synthetic data
 */
export interface SyntheticPanelRow {
  /** Pseudonymous authority id, `LA001` …. */
  readonly unit: string;
  /** The year. */
  readonly period: number;
  /** The year the authority adopted, or null for never. */
  readonly firstTreated: number | null;
  /** True from the adoption year on. */
  readonly adopted: boolean;
  /** The outcome: a proportion (authority rows) or 0/1 (child rows). */
  readonly outcome: number;
}

/**
 * A synthetic panel and the truth it was made with.
 *
 * @category Synthetic data
 */
export interface SyntheticPanel {
  /** Says the data are synthetic. */
  readonly notice: string;
  /** The rows, by authority then year (then child). */
  readonly rows: readonly SyntheticPanelRow[];
  /** The effect built in: `effect + effectGrowth × (years since adoption)` from adoption on. */
  readonly truth: {
    /** The effect of adoption in its first year. */
    readonly effect: number;
    /** Added to the effect for each year since adoption. */
    readonly effectGrowth: number;
    /** The average effect over adopters' post-adoption authority-years (what `aggregateEffects(…, { type: 'simple' })` targets). */
    readonly averageEffect: number;
  };
}

/**
 * A seeded synthetic panel of authorities adopting a practice framework in staggered years, with
 * a known effect — for examples, tests, the guide and the benchmark. **Synthetic**: no real
 * authority or child is in it. Outcome = baseline + authority effect (sd 0.05) + year effect
 * (sd 0.02) + the effect of adoption, plus noise (authority rows: normal, sd 0.02; child rows: a
 * 0/1 draw with that probability, clamped to [0.01, 0.99], which the defaults never reach).
 * Parallel trends hold by construction, so every estimator in this module is unbiased for the
 * effect when it is constant; with `effectGrowth` two-way fixed effects is biased and
 * {@link groupTimeEffects} is not.
 *
 * @param options - {@link SynthesisePanelOptions}; `seed` is required.
 * @returns A frozen {@link SyntheticPanel}.
 * @throws TypeError or RangeError naming the option.
 * @category Synthetic data
 * @example
 * ```ts
 * import { synthesisePanel } from 'sos-eval/impact';
 * const panel = synthesisePanel({ seed: 2020, units: 20, periods: 6, adoptionPeriods: [2013, 2015] });
 * panel.rows.length //=> 120
 * panel.rows[0] //=> { unit: 'LA001', period: 2011, firstTreated: null, adopted: false, outcome: 0.6064 }
 * panel.truth.effect //=> -0.13
 * ```
 */
export function synthesisePanel(options: SynthesisePanelOptions): SyntheticPanel {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`options must be an object with a seed, got ${showValue(options)}`);
  }
  const { seed } = options;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32) {
    throw new RangeError(`options.seed must be a 32-bit integer, got ${showValue(seed)}`);
  }
  const units = options.units ?? 150;
  const firstPeriod = options.firstPeriod ?? 2011;
  const nPeriods = options.periods ?? 10;
  const adoption = options.adoptionPeriods ?? [2014, 2016, 2018];
  const neverShare = options.neverShare ?? 0.4;
  const effect = options.effect ?? -0.13;
  const growth = options.effectGrowth ?? 0;
  const baseline = options.baseline ?? 0.4;
  assertCount('options.units', units);
  if (units < 2) throw new RangeError(`options.units must be at least 2, got ${units}`);
  assertFinite('options.firstPeriod', firstPeriod);
  assertCount('options.periods', nPeriods);
  if (nPeriods < 2) throw new RangeError(`options.periods must be at least 2, got ${nPeriods}`);
  if (!Array.isArray(adoption) || adoption.some((a) => !Number.isFinite(a))) {
    throw new TypeError('options.adoptionPeriods must be an array of years');
  }
  assertUnit('options.neverShare', neverShare);
  assertFinite('options.effect', effect);
  assertFinite('options.effectGrowth', growth);
  assertFinite('options.baseline', baseline);
  if (options.children !== undefined) {
    assertCount('options.children', options.children);
    if (options.children < 1) throw new RangeError('options.children must be at least 1');
  }
  const rng = xoroshiro128plus(seed);
  const uniform = () => uniformFloat64(rng);
  const normal = (sd: number) => {
    const u = 1 - uniform();
    const v = uniform();
    return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const nNever = adoption.length === 0 ? units : Math.round(neverShare * units);
  const alpha = Array.from({ length: units }, () => normal(0.05));
  const lambda = Array.from({ length: nPeriods }, (_, t) => 0.005 * t + normal(0.02));
  const rows: SyntheticPanelRow[] = [];
  let effectSum = 0;
  let effectCount = 0;
  for (let u = 0; u < units; u++) {
    const unit = `LA${String(u + 1).padStart(3, '0')}`;
    const g = u < nNever ? null : adoption[(u - nNever) % adoption.length]!;
    for (let t = 0; t < nPeriods; t++) {
      const period = firstPeriod + t;
      const adopted = g !== null && period >= g;
      const tau = adopted ? effect + growth * (period - g) : 0;
      if (adopted) {
        effectSum += tau;
        effectCount++;
      }
      const p = baseline + alpha[u]! + lambda[t]! + tau;
      if (options.children === undefined) {
        rows.push({ unit, period, firstTreated: g, adopted, outcome: p + normal(0.02) });
      } else {
        const q = Math.min(0.99, Math.max(0.01, p));
        for (let c = 0; c < options.children; c++) {
          rows.push({ unit, period, firstTreated: g, adopted, outcome: uniform() < q ? 1 : 0 });
        }
      }
    }
  }
  return deepFreeze({
    notice: 'Synthetic data from sos-eval synthesisePanel: no real authority or child is in it.',
    rows,
    truth: {
      effect,
      effectGrowth: growth,
      averageEffect: effectCount === 0 ? 0 : effectSum / effectCount,
    },
  });
}
