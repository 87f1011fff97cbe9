// What the two Wilcoxon tests share: their options, validated once with R's defaults; their
// p-value and method string (exact or normal approximation); and their warnings.
import { assertBoolean, assertFinite, assertOpenUnit } from '../_lib/args.js';
import { normalLower, normalUpper } from '../_lib/numeric/distributions.js';
import { alternativeOption, type Alternative } from './alternative.js';

/**
 * Options of {@link wilcoxonSignedRankTest} and {@link mannWhitneyTest} (R's names and defaults).
 *
 * @category Rank tests
 */
export interface RankTestOptions {
  /** The alternative hypothesis; default `'two.sided'`. */
  readonly alternative?: Alternative;
  /** The location shift under the null hypothesis; default 0. */
  readonly mu?: number;
  /** Force (`true`) or forbid (`false`) the exact distribution; default: R's rule. */
  readonly exact?: boolean;
  /**
   * Continuity correction in the normal approximation; default `true`. With `confInt`, it applies
   * to the interval's limits but not to the estimate (as in R).
   */
  readonly correct?: boolean;
  /**
   * R's `conf.int`: add the Hodges–Lehmann `estimate`, a `confInt` and its `confLevel` to the
   * result; default `false`. Exact when the p-value is (sorted Walsh averages or pairwise
   * differences, O(n²) memory: n(n + 1)/2 or n₁n₂ numbers), else R's root search on the normal
   * approximation (O(n log n) per step, no n² array; n = 10⁴ takes well under a second).
   */
  readonly confInt?: boolean;
  /**
   * R's `conf.level`: the confidence level of `confInt`, strictly between 0 and 1; default 0.95.
   * The result's `confLevel` is the level achieved, lower when the requested one is not
   * achievable (R's warning "requested conf.level not achievable").
   */
  readonly confLevel?: number;
}

export function readRankTestOptions(options: unknown): {
  alternative: Alternative;
  mu: number;
  exact: boolean | undefined;
  correct: boolean;
  confInt: boolean;
  confLevel: number;
} {
  if (options != null && typeof options !== 'object') {
    throw new TypeError(`options must be an object, got ${typeof options}`);
  }
  const o = (options ?? {}) as Record<string, unknown>;
  const alternative = alternativeOption(o['alternative']);
  const mu = o['mu'] ?? 0;
  assertFinite('mu', mu);
  const exact = o['exact'] ?? undefined;
  if (exact !== undefined) assertBoolean('exact', exact);
  const correct = o['correct'] ?? true;
  assertBoolean('correct', correct);
  const confInt = o['confInt'] ?? false;
  assertBoolean('confInt', confInt);
  const confLevel = o['confLevel'] ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  return { alternative, mu, exact, correct, confInt, confLevel };
}

// The statistic's null distribution, as each Wilcoxon test knows it: its centre (the mean under
// the null), its tails for the exact test, and its standard deviation (tie-corrected) for the
// normal approximation, computed only when that is used.
export interface RankTestNull {
  readonly statistic: number;
  readonly centre: number;
  readonly upperFrom: (s: number) => number;
  readonly lowerTo: (s: number) => number;
  readonly sigma: () => number;
}

// The p-value and R's method string of both Wilcoxon tests (`test` is R's 'Wilcoxon rank sum' or
// 'Wilcoxon signed rank'), from the exact distribution or the normal approximation, so the two
// tests choose and name them in one place.
export function rankTestPValue(
  test: string,
  exact: boolean,
  alternative: Alternative,
  correct: boolean,
  nul: RankTestNull,
): { method: string; pValue: number } {
  const { statistic, centre } = nul;
  if (exact) {
    return {
      method: `${test} exact test`,
      pValue: exactPValue(statistic, centre, alternative, nul.upperFrom, nul.lowerTo),
    };
  }
  return {
    method: correct ? `${test} test with continuity correction` : `${test} test`,
    pValue: normalApproximationPValue(statistic - centre, nul.sigma(), alternative, correct),
  };
}

// The exact p-value both Wilcoxon tests read from their null distributions, as R does: one tail for
// a one-sided test; for two-sided, twice the tail on the statistic's side of the centre, capped at 1.
function exactPValue(
  statistic: number,
  centre: number,
  alternative: Alternative,
  upperFrom: (s: number) => number,
  lowerTo: (s: number) => number,
): number {
  if (alternative === 'greater') return upperFrom(statistic);
  if (alternative === 'less') return lowerTo(statistic);
  return Math.min(2 * (statistic > centre ? upperFrom(statistic) : lowerTo(statistic)), 1);
}

// The normal approximation both Wilcoxon tests fall back on: z = (S − E − correction) / σ.
function normalApproximationPValue(
  centred: number,
  sigma: number,
  alternative: Alternative,
  correct: boolean,
): number {
  const correction = !correct
    ? 0
    : alternative === 'two.sided'
      ? Math.sign(centred) * 0.5
      : alternative === 'greater'
        ? 0.5
        : -0.5;
  const z = (centred - correction) / sigma;
  if (alternative === 'less') return normalLower(z);
  if (alternative === 'greater') return normalUpper(z);
  return 2 * Math.min(normalLower(z), normalUpper(z));
}

// R warns (never throws) when the exact distribution was wanted but ties or zeroes rule it out;
// with conf.int, the interval's own warnings come first and each p-value warning is followed by
// its confidence-interval twin (`ciTwin`: R says "interval" for the signed rank test and
// "intervals" for the rank sum test).
// When every value ties, the normal approximation has zero variance and R's two-sided p-value is
// NaN (0/0), with no word of why; we say why. Results carry one `warning` string, never console
// output.
export function rankTestWarning(
  wantedExact: boolean,
  ties: boolean,
  zeroes: boolean,
  pValue: number,
  confInt?: { readonly warnings: readonly string[]; readonly ciTwin: string },
): { warning: string } | Record<string, never> {
  const messages: string[] = [...(confInt?.warnings ?? [])];
  if (wantedExact && ties) {
    messages.push('cannot compute exact p-value with ties');
    if (confInt) messages.push(`cannot compute exact ${confInt.ciTwin} with ties`);
  }
  if (wantedExact && zeroes) {
    messages.push('cannot compute exact p-value with zeroes');
    if (confInt) messages.push(`cannot compute exact ${confInt.ciTwin} with zeroes`);
  }
  if (Number.isNaN(pValue)) {
    messages.push(
      'every value is tied (or zero), so the normal approximation has zero variance and the p-value is undefined (NaN, as in R)',
    );
  }
  return messages.length === 0 ? {} : { warning: messages.join('; ') };
}
