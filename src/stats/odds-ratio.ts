import { assertOneOf, assertOpenUnit } from '../_lib/args.js';
import { normalQuantile } from '../_lib/numeric/distributions.js';
import { conditionalInterval, NoncentralHypergeometric } from './_noncentral-hypergeometric.js';
import { readTwoByTwo, type TwoByTwo } from './_table.js';
import type { EffectEstimate } from './effect-estimate.js';

/** Interval methods for {@link oddsRatio}. */
export type OddsRatioMethod = 'woolf' | 'conditional';

/** Options for {@link oddsRatio}. */
export interface OddsRatioOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
  /**
   * `'woolf'` (the default): ad / bc with exp(log OR ± z·√(1/a + 1/b + 1/c + 1/d)).
   * `'conditional'`: the conditional MLE and exact interval of R's `fisher.test`.
   */
  readonly method?: OddsRatioMethod;
}

/**
 * The odds ratio of a 2 × 2 table `[[a, b], [c, d]]` (rows = groups, columns = outcome yes/no),
 * with a confidence interval. Woolf's logit interval is the textbook one; it needs every cell
 * above 0, so use `'conditional'` (R's `fisher.test(table)$estimate` and `$conf.int`) for
 * sparse tables.
 *
 * @param table - `[[a, b], [c, d]]` of whole-number counts.
 * @returns A frozen {@link EffectEstimate}.
 * @throws TypeError or RangeError for a table that is not 2 × 2 counts, invalid options, or a zero
 *   cell with `method: 'woolf'` (its log odds ratio is infinite).
 * @category Effect sizes
 * @example
 * ```ts
 * import { oddsRatio } from 'sos-eval/stats';
 * // (12·9) / (5·7) = 108 / 35
 * oddsRatio([[12, 5], [7, 9]]).estimate //=> 3.0857
 * ```
 */
export function oddsRatio(table: TwoByTwo, options: OddsRatioOptions = {}): EffectEstimate {
  const [a, b, c, d] = readTwoByTwo('table', table);
  const confLevel = options.confLevel ?? 0.95;
  const method = options.method ?? 'woolf';
  assertOpenUnit('confLevel', confLevel);
  assertOneOf('method', method, ['woolf', 'conditional']);
  if (method === 'conditional') {
    const dist = new NoncentralHypergeometric(a, b, c, d);
    return Object.freeze({
      estimate: dist.mle(),
      confInt: conditionalInterval(dist, 'two.sided', confLevel),
      method,
    });
  }
  if (a === 0 || b === 0 || c === 0 || d === 0) {
    throw new RangeError(
      `table has a zero cell ([[${a}, ${b}], [${c}, ${d}]]), so Woolf's interval is undefined; use method: 'conditional'`,
    );
  }
  const logOr = Math.log((a * d) / (b * c));
  const half = normalQuantile((1 + confLevel) / 2) * Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return Object.freeze({
    estimate: (a * d) / (b * c),
    confInt: Object.freeze([Math.exp(logOr - half), Math.exp(logOr + half)] as const),
    method,
  });
}
