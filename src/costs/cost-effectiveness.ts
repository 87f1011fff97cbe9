import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { assertArray, assertFinite, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { mean } from '../_lib/numeric/mean.js';
import { percentileInterval, resample } from '../_lib/numeric/bootstrap.js';
import { welchTTest } from '../stats/welch-t-test.js';
import { readBootstrap, readLevel } from './_summarise.js';
import { effectSe } from './_effect.js';
import type { BootstrapOptions } from './mean-interval.js';

/**
 * An effect estimated elsewhere, as a plain object: `sos-eval/stats` results (`estimate`,
 * `confInt`), `sos-eval/impact` rows (`estimate`, `se`, `confLow`, `confHigh`) and hand-made
 * objects all fit. Its uncertainty is read from `se`, else from a 95% interval (se = width ÷
 * (2 × 1.959964)); an effect with neither is taken as known exactly.
 *
 * @category Value for money
 */
export interface EffectSummary {
  /** The effect (intervention minus comparison), in outcome units. */
  readonly estimate: number;
  /** Its standard error. */
  readonly se?: number;
  /** A confidence interval, as `sos-eval/stats` gives it. */
  readonly confInt?: readonly [number, number];
  /** Lower limit, as `sos-eval/impact` gives it. */
  readonly confLow?: number;
  /** Upper limit, as `sos-eval/impact` gives it. */
  readonly confHigh?: number;
  /** The interval's level; only 0.95 can be turned into a standard error (give `se` otherwise). */
  readonly confLevel?: number;
}

/**
 * One arm of a comparison: each person's (or case's) cost, and their outcome when it was measured
 * for each.
 *
 * @category Value for money
 */
export interface CostArm {
  /** Costs in pounds, one per person or case. */
  readonly costs: readonly number[];
  /** Outcomes, paired with `costs` by position; leave out to give the effect as a summary. */
  readonly effects?: readonly number[];
}

/**
 * Input of {@link costEffectiveness}.
 *
 * @category Value for money
 */
export interface CostEffectivenessInput {
  /** The intervention arm (Signs of Safety, say). */
  readonly intervention: CostArm;
  /** The comparison arm. */
  readonly comparison: CostArm;
  /** The incremental effect as a summary, when the arms carry no outcomes. */
  readonly effect?: EffectSummary;
}

/**
 * Options of {@link costEffectiveness}.
 *
 * @category Value for money
 */
export interface CostEffectivenessOptions {
  /** The seeded bootstrap (percentile intervals); required, as the uncertainty comes from it. */
  readonly bootstrap: BootstrapOptions;
  /** Confidence level; default 0.95. */
  readonly confLevel?: number;
  /** Willingness to pay per unit of outcome (£), for the acceptability curve; default none. */
  readonly willingnessToPay?: readonly number[];
}

/**
 * An incremental quantity with its intervals.
 *
 * @category Value for money
 */
export interface Increment {
  /** The estimate (intervention minus comparison). */
  readonly estimate: number;
  /** A t-interval (Welch, as R's `t.test(x, y)`) where one applies, else the normal interval given. */
  readonly confInt: readonly [number, number];
  /** The bootstrap percentile interval. */
  readonly bootstrap: readonly [number, number];
}

/**
 * What {@link costEffectiveness} returns.
 *
 * @category Value for money
 */
export interface CostEffectiveness {
  /** Incremental mean cost per person. */
  readonly deltaCost: Increment;
  /** Incremental effect. */
  readonly deltaEffect: Increment;
  /** The ICER: incremental cost ÷ incremental effect (£ per unit of outcome). */
  readonly icer: number;
  /**
   * The ICER's bootstrap percentile interval, only when every replicate's effect has the sign of
   * the estimate; else NaN limits (the ratio is not defined across 0 — read the quadrants and the
   * acceptability curve instead).
   */
  readonly icerInterval: readonly [number, number];
  /** Share of bootstrap replicates in each quadrant of the cost-effectiveness plane. */
  readonly quadrants: {
    /** More effective, more costly. */
    readonly northEast: number;
    /** Less effective, more costly (dominated). */
    readonly northWest: number;
    /** More effective, less costly (dominant). */
    readonly southEast: number;
    /** Less effective, less costly. */
    readonly southWest: number;
  };
  /** Cost-effectiveness acceptability curve: P(λ·ΔE − ΔC > 0) at each willingness to pay λ. */
  readonly acceptability: readonly {
    /** λ, £ per unit of outcome. */
    readonly willingnessToPay: number;
    /** The share of replicates with positive net monetary benefit. */
    readonly probability: number;
  }[];
  /**
   * The three quantities as tidy rows, for a table or `toCsv`: incremental cost, incremental
   * effect and ICER, each with its interval (`confLow`, `confHigh`: Welch for the cost, the given or
   * Welch interval for the effect, NaN for the ICER) and bootstrap percentile interval.
   */
  readonly rows: readonly {
    /** Which quantity. */
    readonly quantity: 'incremental cost' | 'incremental effect' | 'ICER';
    /** Its estimate. */
    readonly estimate: number;
    /** Lower confidence limit. */
    readonly confLow: number;
    /** Upper confidence limit. */
    readonly confHigh: number;
    /** Lower bootstrap percentile limit. */
    readonly bootLow: number;
    /** Upper bootstrap percentile limit. */
    readonly bootHigh: number;
  }[];
  /** The bootstrap used. */
  readonly bootstrap: Required<BootstrapOptions>;
  /** The confidence level. */
  readonly confLevel: number;
}

function readArm(name: string, arm: CostArm, needEffects: boolean): void {
  if (arm === null || typeof arm !== 'object')
    throw new TypeError(`input.${name} must be an object with costs, got ${showValue(arm)}`);
  assertArray(`input.${name}.costs`, arm.costs);
  if (arm.costs.length < 2)
    throw new RangeError(`input.${name}.costs must hold at least 2 costs, got ${arm.costs.length}`);
  arm.costs.forEach((c, i) => assertFinite(`input.${name}.costs[${i}]`, c));
  if (needEffects) {
    assertArray(`input.${name}.effects`, arm.effects);
    if (arm.effects.length !== arm.costs.length)
      throw new RangeError(
        `input.${name}.effects must have one outcome per cost (${arm.costs.length}), got ${arm.effects.length}`,
      );
    arm.effects.forEach((c, i) => assertFinite(`input.${name}.effects[${i}]`, c));
  }
}

/**
 * Value for money against a comparison: the incremental mean cost (intervention minus
 * comparison), the incremental effect, the incremental cost-effectiveness ratio (ICER, £ per unit
 * of outcome), and their uncertainty from a seeded nonparametric bootstrap — each arm resampled
 * on its own (costs and outcomes of a person kept together), the effect drawn from a normal with
 * its standard error when it is given as a summary (an `sos-eval/impact` or `sos-eval/stats`
 * result, say). The bootstrap gives percentile intervals, the share of replicates in each quadrant
 * of the cost-effectiveness plane and the acceptability curve (Briggs, Wonderling & Mooney 1997;
 * Fenwick, Claxton & Sculpher 2001). The incremental cost also has its Welch t-interval, R's
 * `t.test(x, y)`.
 *
 * @throws RangeError or TypeError naming a broken argument (fewer than 2 costs in an arm,
 * outcomes not paired with costs, no effect at all, a broken option).
 * @category Value for money
 * @example
 * ```ts
 * import { costEffectiveness } from 'sos-eval/costs';
 *
 * // Synthetic costs per family (£) and an effect from elsewhere: +0.8 points on a 0–10 scale.
 * const ce = costEffectiveness(
 *   {
 *     intervention: { costs: [1200, 950, 1800, 1400, 1100, 1650] },
 *     comparison: { costs: [900, 1000, 850, 1200, 950, 1100] },
 *     effect: { estimate: 0.8, confInt: [0.3, 1.3] },
 *   },
 *   { bootstrap: { seed: 2017, replicates: 999 }, willingnessToPay: [0, 500, 1000] },
 * );
 * ce.deltaCost.estimate //=> 350
 * // R: t.test(c(1200, 950, 1800, 1400, 1100, 1650), c(900, 1000, 850, 1200, 950, 1100))$conf.int
 * ce.deltaCost.confInt //=> [3.7223, 696.2777]
 * ce.icer //=> 437.5
 * ce.acceptability.map((a) => a.willingnessToPay) //=> [0, 500, 1000]
 * ce.rows.map((r) => r.quantity) //=> ['incremental cost', 'incremental effect', 'ICER']
 * ```
 */
export function costEffectiveness(
  input: CostEffectivenessInput,
  options: CostEffectivenessOptions,
): CostEffectiveness {
  if (input === null || typeof input !== 'object')
    throw new TypeError(`input must be an object with intervention and comparison arms`);
  const summary = input.effect;
  const paired = summary === undefined;
  readArm('intervention', input.intervention, paired);
  readArm('comparison', input.comparison, paired);
  if (!paired) assertFinite('input.effect.estimate', summary.estimate);
  if (options === null || typeof options !== 'object')
    throw new TypeError('options must be an object with a bootstrap');
  const boot = readBootstrap(options.bootstrap, 'percentile');
  if (boot === undefined) throw new TypeError('options.bootstrap must give a seed');
  const confLevel = readLevel(options.confLevel);
  const wtp = options.willingnessToPay ?? [];
  assertArray('options.willingnessToPay', wtp);
  wtp.forEach((w, i) => assertFinite(`options.willingnessToPay[${i}]`, w));

  const xi = input.intervention;
  const xc = input.comparison;
  const deltaCost = mean(xi.costs) - mean(xc.costs);
  const welch = welchTTest(xi.costs, xc.costs, { confLevel }).confInt;
  let deltaEffect: number;
  let effectCi: readonly [number, number];
  let se = 0;
  if (paired) {
    deltaEffect = mean(xi.effects!) - mean(xc.effects!);
    effectCi = welchTTest(xi.effects!, xc.effects!, { confLevel }).confInt;
  } else {
    deltaEffect = summary.estimate;
    se = effectSe(summary);
    effectCi =
      summary.confInt ??
      (summary.confLow !== undefined && summary.confHigh !== undefined
        ? [summary.confLow, summary.confHigh]
        : [deltaEffect, deltaEffect]);
  }

  const B = boot.replicates;
  const dc = new Float64Array(B);
  const de = new Float64Array(B);
  // The effect's normal draws come from their own stream (seed + 1), so the cost resamples are
  // the same whether the effect is a summary or paired outcomes.
  const normalRng = xoroshiro128plus((boot.seed + 1) | 0);
  resample([xi.costs.length, xc.costs.length], B, boot.seed, ([ii, ic], r) => {
    let si = 0;
    let ei = 0;
    for (let k = 0; k < ii!.length; k++) {
      si += xi.costs[ii![k]!]!;
      if (paired) ei += xi.effects![ii![k]!]!;
    }
    let sc = 0;
    let ec = 0;
    for (let k = 0; k < ic!.length; k++) {
      sc += xc.costs[ic![k]!]!;
      if (paired) ec += xc.effects![ic![k]!]!;
    }
    dc[r] = si / ii!.length - sc / ic!.length;
    if (paired) de[r] = ei / ii!.length - ec / ic!.length;
    else {
      // Box–Muller; 1 − u keeps log away from 0.
      const u = 1 - uniformFloat64(normalRng);
      const v = uniformFloat64(normalRng);
      de[r] = deltaEffect + se * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
  });

  let ne = 0;
  let nw = 0;
  let sw = 0;
  let seq = 0;
  let sameSign = true;
  const ratios = new Float64Array(B);
  for (let r = 0; r < B; r++) {
    const c = dc[r]!;
    const e = de[r]!;
    if (c >= 0 && e >= 0) ne++;
    else if (c >= 0) nw++;
    else if (e >= 0) seq++;
    else sw++;
    if (!(Math.sign(e) === Math.sign(deltaEffect) && e !== 0)) sameSign = false;
    ratios[r] = c / e;
  }
  const icerInterval: readonly [number, number] = sameSign
    ? percentileInterval(ratios, confLevel)
    : [Number.NaN, Number.NaN];
  const acceptability = wtp.map((lambda) => {
    let k = 0;
    for (let r = 0; r < B; r++) if (lambda * de[r]! - dc[r]! > 0) k++;
    return { willingnessToPay: lambda, probability: k / B };
  });
  const costBoot = percentileInterval(dc, confLevel);
  const effectBoot = percentileInterval(de, confLevel);
  const icer = deltaCost / deltaEffect;
  return deepFreeze({
    deltaCost: { estimate: deltaCost, confInt: welch, bootstrap: costBoot },
    deltaEffect: { estimate: deltaEffect, confInt: effectCi, bootstrap: effectBoot },
    icer,
    icerInterval,
    quadrants: { northEast: ne / B, northWest: nw / B, southEast: seq / B, southWest: sw / B },
    acceptability,
    rows: [
      {
        quantity: 'incremental cost' as const,
        estimate: deltaCost,
        confLow: welch[0],
        confHigh: welch[1],
        bootLow: costBoot[0],
        bootHigh: costBoot[1],
      },
      {
        quantity: 'incremental effect' as const,
        estimate: deltaEffect,
        confLow: effectCi[0],
        confHigh: effectCi[1],
        bootLow: effectBoot[0],
        bootHigh: effectBoot[1],
      },
      {
        quantity: 'ICER' as const,
        estimate: icer,
        confLow: Number.NaN,
        confHigh: Number.NaN,
        bootLow: icerInterval[0],
        bootHigh: icerInterval[1],
      },
    ],
    bootstrap: boot,
    confLevel,
  });
}
