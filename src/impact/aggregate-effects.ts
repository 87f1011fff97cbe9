import { assertOneOf, assertOpenUnit } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { multiplierBootstrap } from '../_lib/numeric/multiplier-bootstrap.js';
import { normalQuantile } from '../_lib/numeric/distributions.js';
import { zTwoSided } from './_distributions.js';
import { INFLUENCE, seOf, type Influence } from './_influence.js';
import type { MultiplierBootstrapOptions, GroupTimeEffectsResult } from './group-time-effects.js';

/**
 * How {@link aggregateEffects} summarises ATT(g, t), as R's `did::aggte(type = …)`:
 * `'simple'` one number, the post-period ATT(g, t) weighted by group size; `'dynamic'` by time
 * since adoption (an event study); `'group'` by adoption cohort; `'calendar'` by period.
 *
 * @category Staggered adoption
 * @example
 * ```ts
 * import { AGGREGATION_TYPES } from 'sos-eval/impact';
 * AGGREGATION_TYPES //=> ['simple', 'dynamic', 'group', 'calendar']
 * ```
 */
export type AggregationType = 'simple' | 'dynamic' | 'group' | 'calendar';

/**
 * The aggregations {@link aggregateEffects} knows.
 *
 * @category Staggered adoption
 * @example
 * ```ts
 * import { AGGREGATION_TYPES } from 'sos-eval/impact';
 * AGGREGATION_TYPES.length //=> 4
 * ```
 */
export const AGGREGATION_TYPES: readonly AggregationType[] = Object.freeze([
  'simple',
  'dynamic',
  'group',
  'calendar',
]);

/**
 * Options of {@link aggregateEffects}.
 *
 * @category Staggered adoption
 */
export interface AggregateEffectsOptions {
  /** Which aggregation ({@link AggregationType}). */
  readonly type: AggregationType;
  /** Confidence level; default the one the effects were estimated with. */
  readonly confLevel?: number;
  /** Simultaneous bands over the aggregated rows (dynamic, group, calendar). */
  readonly bootstrap?: MultiplierBootstrapOptions;
}

/**
 * One aggregated effect: its estimate with influence-function inference (normal, as `did`).
 *
 * @category Staggered adoption
 */
export interface AggregatedEffect {
  /** What the row averages over: the event time e (dynamic), the group g (group), the period t (calendar); null for the overall row. */
  readonly at: number | null;
  /** The aggregated effect. */
  readonly estimate: number;
  /** Standard error from the aggregated influence function. */
  readonly se: number;
  /** estimate / se. */
  readonly statistic: number;
  /** Two-sided p-value from the normal distribution. */
  readonly pValue: number;
  /** Lower pointwise confidence limit, estimate − z·se. */
  readonly confLow: number;
  /** Upper pointwise confidence limit, estimate + z·se. */
  readonly confHigh: number;
  /** Simultaneous band; null without `bootstrap` (and always for the overall row). */
  readonly bandLow: number | null;
  /** Upper limit of the simultaneous band. */
  readonly bandHigh: number | null;
}

/**
 * The result of {@link aggregateEffects}.
 *
 * @category Staggered adoption
 */
export interface AggregatedEffects {
  /** What was computed, in words. */
  readonly method: string;
  /** The aggregation asked for. */
  readonly type: AggregationType;
  /** The overall summary: `did`'s `overall.att` with its standard error. */
  readonly overall: AggregatedEffect;
  /** One row per event time, group or period (none for `'simple'`). */
  readonly effects: readonly AggregatedEffect[];
  /** Confidence level of the intervals and bands. */
  readonly confLevel: number;
  /** Bootstrap critical value of the bands; null without `bootstrap`. */
  readonly criticalValue: number | null;
}

interface Piece {
  at: number | null;
  estimate: number;
  psi: Float64Array;
}

/**
 * Aggregates group-time effects as R's `did::aggte` does, with its influence functions — those of
 * the weights included (a group's share of units is itself estimated), so the standard errors are
 * `did`'s analytic ones (`bstrap = FALSE`); normal-theory intervals, and seeded simultaneous bands
 * when `bootstrap` is given. `'simple'`: Σ P(G=g)·ATT(g,t) / Σ P(G=g) over post periods.
 * `'dynamic'`: for each e = t − g, ATT(g, g+e) weighted by group size; overall, the mean over e ≥ 0.
 * `'group'`: for each g, the mean of its post-period ATT(g,t); overall, weighted by group size.
 * `'calendar'`: for each period t, post-period effects weighted by group size; overall, their mean.
 *
 * @param result - What {@link groupTimeEffects} returned (not a copy of it: the influence
 *   functions travel with the original object).
 * @param options - The type and optionally confLevel and bootstrap.
 * @returns A frozen {@link AggregatedEffects}.
 * @throws TypeError when `result` did not come from {@link groupTimeEffects}; RangeError when no
 *   post-period effect was estimated.
 * @category Staggered adoption
 * @example
 * ```ts
 * import { aggregateEffects, groupTimeEffects } from 'sos-eval/impact';
 * // Synthetic: A, B adopt in 2019, C in 2020, D, E never; the effect is 3 everywhere after adoption.
 * const first = [2019, 2019, 2020, null, null];
 * const rows = first.flatMap((g, u) =>
 *   [2017, 2018, 2019, 2020].map((year) => ({
 *     la: `LA${u}`, year, g,
 *     y: u + (year - 2017) * [0.9, 1.1, 1, 0.95, 1.05][u] + (g !== null && year >= g ? 3 : 0),
 *   })),
 * );
 * const att = groupTimeEffects(rows, { outcome: 'y', unit: 'la', time: 'year', firstTreated: 'g' });
 * aggregateEffects(att, { type: 'simple' }).overall.estimate //=> 3.0
 * aggregateEffects(att, { type: 'dynamic' }).effects.map((e) => e.at) //=> [-2, -1, 0, 1]
 * ```
 */
export function aggregateEffects(
  result: GroupTimeEffectsResult,
  options: AggregateEffectsOptions,
): AggregatedEffects {
  const inf = result !== null && typeof result === 'object' ? INFLUENCE.get(result) : undefined;
  if (inf === undefined) {
    throw new TypeError(
      'result must be what groupTimeEffects returned (its influence functions travel with that object, not with a copy)',
    );
  }
  if (options === null || typeof options !== 'object')
    throw new TypeError('options must be { type }');
  assertOneOf('options.type', options.type, AGGREGATION_TYPES);
  const confLevel = options.confLevel ?? result.confLevel;
  assertOpenUnit('options.confLevel', confLevel);
  const { n, matrix, unitGroup } = inf;
  const effects = result.effects;
  const att = effects.map((e) => e.estimate);
  const group = effects.map((e) => e.group);
  const time = effects.map((e) => e.time);
  // P(G = g) for each ATT(g, t)'s group, over all units (never treated included), as did's pg.
  const share = new Map<number, number>();
  for (const gg of unitGroup) if (gg !== Infinity) share.set(gg, (share.get(gg) ?? 0) + 1 / n);
  const pg = group.map((gg) => share.get(gg)!);
  const column = (j: number) => matrix.subarray(j * n, (j + 1) * n);
  const post = effects.flatMap((e, j) => (e.post ? [j] : []));
  if (post.length === 0) throw new RangeError('result has no post-period ATT(g, t) to aggregate');

  // did's get_agg_inf_func with its wif: the weighted ATT and its influence function.
  const weighted = (
    keep: readonly number[],
    withWeights: boolean,
  ): { estimate: number; psi: Float64Array } => {
    const total = keep.reduce((s, j) => s + pg[j]!, 0);
    const psi = new Float64Array(n);
    let estimate = 0;
    for (const j of keep) {
      const w = pg[j]! / total;
      estimate += w * att[j]!;
      const c = column(j);
      for (let i = 0; i < n; i++) psi[i] += w * c[i]!;
    }
    if (withWeights)
      addWeightInfluence(
        psi,
        keep.map((j) => ({ group: group[j]!, pg: pg[j]!, att: att[j]! })),
        unitGroup,
        n,
      );
    return { estimate, psi };
  };
  const mean = (pieces: readonly Piece[]): { estimate: number; psi: Float64Array } => {
    const psi = new Float64Array(n);
    let estimate = 0;
    for (const p of pieces) {
      estimate += p.estimate / pieces.length;
      for (let i = 0; i < n; i++) psi[i] += p.psi[i]! / pieces.length;
    }
    return { estimate, psi };
  };

  let overall: { estimate: number; psi: Float64Array };
  let pieces: Piece[] = [];
  switch (options.type) {
    case 'simple':
      overall = weighted(post, true);
      break;
    case 'dynamic': {
      const es = [...new Set(effects.map((e) => e.relativeTime))].sort((a, b) => a - b);
      pieces = es.map((e) => ({
        at: e,
        ...weighted(
          effects.flatMap((x, j) => (x.relativeTime === e ? [j] : [])),
          true,
        ),
      }));
      overall = mean(pieces.filter((p) => p.at! >= 0));
      break;
    }
    case 'group': {
      // Groups with a post-period effect (under not-yet controls the last cohort may have none).
      const gs = [...new Set(post.map((j) => group[j]!))].sort((a, b) => a - b);
      pieces = gs.map((gg) => ({
        at: gg,
        ...weighted(
          post.filter((j) => group[j] === gg),
          false,
        ),
      }));
      // Overall: the group effects weighted by group size, with the weights' influence.
      const psi = new Float64Array(n);
      const total = gs.reduce((s, gg) => s + share.get(gg)!, 0);
      let estimate = 0;
      pieces.forEach((p, r) => {
        const w = share.get(gs[r]!)! / total;
        estimate += w * p.estimate;
        for (let i = 0; i < n; i++) psi[i] += w * p.psi[i]!;
      });
      addWeightInfluence(
        psi,
        pieces.map((p, r) => ({ group: gs[r]!, pg: share.get(gs[r]!)!, att: p.estimate })),
        unitGroup,
        n,
      );
      overall = { estimate, psi };
      break;
    }
    case 'calendar': {
      let first = Infinity;
      for (const gg of share.keys()) first = Math.min(first, gg);
      const ts = result.periods.filter((t) => t >= first);
      pieces = ts.flatMap((t) => {
        const keep = post.filter((j) => time[j] === t);
        return keep.length === 0 ? [] : [{ at: t, ...weighted(keep, true) }];
      });
      overall = mean(pieces);
      break;
    }
  }
  const z = normalQuantile(1 - (1 - confLevel) / 2);
  let criticalValue: number | null = null;
  let bootSe: Float64Array | null = null;
  if (options.bootstrap !== undefined && pieces.length > 0) {
    const m = new Float64Array(n * pieces.length);
    pieces.forEach((p, r) => m.set(p.psi, r * n));
    const b = multiplierBootstrap(
      m,
      n,
      pieces.length,
      options.bootstrap.iterations ?? 999,
      options.bootstrap.seed,
      1 - confLevel,
    );
    criticalValue = b.criticalValue;
    bootSe = b.se;
  }
  const row = (
    p: { at: number | null; estimate: number; psi: Float64Array },
    r: number | null,
  ): AggregatedEffect => {
    const se = seOf(p.psi, n);
    const band =
      r !== null && bootSe !== null && criticalValue !== null ? criticalValue * bootSe[r]! : null;
    return {
      at: p.at,
      estimate: p.estimate,
      se,
      statistic: p.estimate / se,
      pValue: zTwoSided(p.estimate / se),
      confLow: p.estimate - z * se,
      confHigh: p.estimate + z * se,
      bandLow: band === null ? null : p.estimate - band,
      bandHigh: band === null ? null : p.estimate + band,
    };
  };
  return deepFreeze({
    method: `Aggregated group-time effects (${options.type}), as did::aggte`,
    type: options.type,
    overall: row({ at: null, ...overall }, null),
    effects: pieces.map((p, r) => row(p, r)),
    confLevel,
    criticalValue,
  });
}

// did's wif(): the influence of estimating the weights P(G = g) / Σ P(G = g) on a weighted ATT,
//   if1_k = (1[G = g_k] − pg_k) / Σpg,  if2 = (Σ_k (1[G = g_k] − pg_k)) · pg_k / (Σpg)²,
// added to ψ as Σ_k (if1_k − if2_k) · ATT_k.
function addWeightInfluence(
  psi: Float64Array,
  keep: readonly { group: number; pg: number; att: number }[],
  unitGroup: Influence['unitGroup'],
  n: number,
): void {
  const total = keep.reduce((s, k) => s + k.pg, 0);
  for (let i = 0; i < n; i++) {
    let sumDev = 0;
    for (const k of keep) sumDev += (unitGroup[i] === k.group ? 1 : 0) - k.pg;
    let s = 0;
    for (const k of keep) {
      const if1 = ((unitGroup[i] === k.group ? 1 : 0) - k.pg) / total;
      const if2 = (sumDev * k.pg) / (total * total);
      s += (if1 - if2) * k.att;
    }
    psi[i] += s;
  }
}
