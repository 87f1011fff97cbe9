import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { assertArray, assertFinite, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { mean } from '../_lib/numeric/mean.js';
import { percentileInterval, resample } from '../_lib/numeric/bootstrap.js';
import { effectSe } from './_effect.js';
import { readBootstrap, readLevel } from './_summarise.js';
import type { EffectSummary } from './cost-effectiveness.js';
import type { BootstrapOptions } from './mean-interval.js';

/**
 * What {@link costPerOutcome} returns.
 *
 * @category Value for money
 */
export interface CostPerOutcome {
  /** The cost: the number given, or the mean of the costs given. */
  readonly cost: number;
  /** The outcome change. */
  readonly effect: number;
  /** Cost ÷ outcome change (£ per unit of outcome). */
  readonly estimate: number;
  /**
   * The simulation's percentile interval of the ratio, when every drawn outcome change has the
   * estimate's sign; else NaN limits (a ratio over a change that may be 0 has no interval).
   */
  readonly confInt: readonly [number, number];
  /** The share of draws in which the outcome change has the estimate's sign. */
  readonly sameSign: number;
  /** The confidence level. */
  readonly confLevel: number;
  /** The bootstrap used. */
  readonly bootstrap: Required<BootstrapOptions>;
}

/**
 * Cost per unit of outcome change, with no comparison arm: a cost (a known total, or one cost per
 * person, whose mean is bootstrapped) divided by an outcome change estimated elsewhere (an
 * `sos-eval/stats` or `sos-eval/impact` result, or a hand-made `{ estimate, se }`), with a
 * percentile interval from a seeded simulation — the costs resampled, the change drawn from a
 * normal with its standard error. Against a comparison, use {@link costEffectiveness}.
 *
 * @throws RangeError or TypeError naming a broken argument.
 * @category Value for money
 * @example
 * ```ts
 * import { costPerOutcome } from 'sos-eval/costs';
 *
 * // Synthetic: £250,000 of implementation for a 2.5-point gain (se 0.5) on an outcome scale.
 * const r = costPerOutcome(
 *   { cost: 250000, effect: { estimate: 2.5, se: 0.5 } },
 *   { bootstrap: { seed: 1, replicates: 2000 } },
 * );
 * r.estimate //=> 100000
 * r.sameSign //=> 1
 * ```
 */
export function costPerOutcome(
  input: {
    /** A total in pounds, or one cost per person (their mean is the cost). */
    readonly cost: number | readonly number[];
    /** The outcome change. */
    readonly effect: EffectSummary;
  },
  options: {
    /** The seeded simulation. */
    readonly bootstrap: BootstrapOptions;
    /** Confidence level; default 0.95. */
    readonly confLevel?: number;
  },
): CostPerOutcome {
  if (input === null || typeof input !== 'object')
    throw new TypeError(`input must be an object with cost and effect, got ${showValue(input)}`);
  const costs = typeof input.cost === 'number' ? undefined : input.cost;
  if (costs === undefined) assertFinite('input.cost', input.cost);
  else {
    assertArray('input.cost', costs);
    if (costs.length < 1) throw new RangeError('input.cost must hold at least one cost');
    costs.forEach((c, i) => assertFinite(`input.cost[${i}]`, c));
  }
  const effect = input.effect;
  if (effect === null || typeof effect !== 'object')
    throw new TypeError(
      `input.effect must be an object with an estimate, got ${showValue(effect)}`,
    );
  assertFinite('input.effect.estimate', effect.estimate);
  const se = effectSe(effect);
  if (options === null || typeof options !== 'object')
    throw new TypeError('options must be an object with a bootstrap');
  const boot = readBootstrap(options.bootstrap, 'percentile');
  if (boot === undefined) throw new TypeError('options.bootstrap must give a seed');
  const confLevel = readLevel(options.confLevel);

  const cost = costs === undefined ? (input.cost as number) : mean(costs);
  const B = boot.replicates;
  const ratios = new Float64Array(B);
  // The outcome's normal draws come from their own stream (seed + 1), as in costEffectiveness.
  const normalRng = xoroshiro128plus((boot.seed + 1) | 0);
  let same = 0;
  const sign = Math.sign(effect.estimate);
  resample([costs?.length ?? 1], B, boot.seed, ([idx], r) => {
    let c = cost;
    if (costs !== undefined) {
      let s = 0;
      for (let k = 0; k < idx!.length; k++) s += costs[idx![k]!]!;
      c = s / idx!.length;
    }
    const u = 1 - uniformFloat64(normalRng);
    const v = uniformFloat64(normalRng);
    const e = effect.estimate + se * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    if (Math.sign(e) === sign && e !== 0) same++;
    ratios[r] = c / e;
  });
  return deepFreeze({
    cost,
    effect: effect.estimate,
    estimate: cost / effect.estimate,
    confInt:
      same === B && sign !== 0
        ? percentileInterval(ratios, confLevel)
        : ([Number.NaN, Number.NaN] as const),
    sameSign: same / B,
    confLevel,
    bootstrap: boot,
  });
}
