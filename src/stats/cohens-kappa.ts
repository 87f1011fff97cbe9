import { assertOpenUnit, showValue } from '../_lib/args.js';
import { sum } from '../_lib/numeric/sum.js';
import { normalQuantile } from '../_lib/numeric/distributions.js';
import { margins, readTable } from './_table.js';

/** Options for {@link cohensKappa}. */
export interface CohensKappaOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * The result of {@link cohensKappa}.
 *
 * @category Effect sizes
 * @example
 * ```ts
 * import { cohensKappa } from 'sos-eval/stats';
 * cohensKappa([[20, 5], [10, 15]]).n //=> 50
 * ```
 */
export interface CohensKappaResult {
  /** Cohen's kappa, (po − pe) / (1 − pe). */
  readonly kappa: number;
  /** Large-sample (asymptotic) standard error of Fleiss, Cohen & Everitt (1969). */
  readonly se: number;
  /** kappa ± z·se, clamped to [−1, 1] as `vcd`'s `confint` does. */
  readonly confInt: readonly [number, number];
  /** Number of items rated. */
  readonly n: number;
  /** Proportion of items both raters put in the same category, po. */
  readonly observedAgreement: number;
  /** Agreement expected by chance from the margins, pe. */
  readonly expectedAgreement: number;
}

/**
 * Cohen's (unweighted) kappa for a k × k agreement table — rows are coder 1's categories, columns
 * coder 2's, e.g. two auditors rating the same case records for whether a safety plan meets the
 * practice standard. The standard error is the large-sample one of Fleiss, Cohen & Everitt (1969),
 * the same as R's `vcd::Kappa(table)` "ASE", and the interval is `confint()` of that object.
 *
 * @param table - A square table of whole-number counts, at least 2 × 2.
 * @returns A frozen {@link CohensKappaResult}.
 * @throws TypeError or RangeError for a table that is not square counts, an empty table, a
 *   confLevel outside (0, 1), or chance agreement of 1 (both coders used one category only, so
 *   kappa is undefined).
 * @category Effect sizes
 * @example
 * ```ts
 * import { cohensKappa } from 'sos-eval/stats';
 * // po = 35/50 = 0.7, pe = (25·30 + 25·20) / 50² = 0.5, kappa = (0.7 − 0.5) / 0.5 = 0.4
 * const k = cohensKappa([[20, 5], [10, 15]]);
 * k.kappa //=> 0.4
 * k.expectedAgreement //=> 0.5
 * ```
 */
export function cohensKappa(
  table: readonly (readonly number[])[],
  options: CohensKappaOptions = {},
): CohensKappaResult {
  const t = readTable('table', table);
  if (t[0]!.length !== t.length) {
    throw new RangeError(
      `table must be square (k × k), got ${t.length} rows and ${t[0]!.length} columns`,
    );
  }
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const { rows, cols, total: n } = margins(t);
  if (n === 0)
    throw new RangeError(`table must contain at least one rating, got total ${showValue(n)}`);
  const rowP = rows.map((r) => r / n);
  const colP = cols.map((c) => c / n);
  const po = t.reduce((s, row, i) => s + row[i]!, 0) / n;
  const pe = sum(rowP.map((r, i) => r * colP[i]!));
  if (pe === 1)
    throw new RangeError(
      'chance agreement is 1 (every rating in one category), so kappa is undefined',
    );
  const kappa = (po - pe) / (1 - pe);
  // Fleiss, Cohen & Everitt (1969): Σ p_ij [δ_ij − (p_.i + p_j.)(1 − κ)]² − [κ − pe(1 − κ)]²,
  // over n(1 − pe)²; the indices follow vcd::Kappa. The terms are formed as vcd forms them, with
  // p = table / n and its margins summed from p, and added in R's column-major order with a
  // compensated sum (R's sum() is long double): when the raters agree perfectly the
  // difference is exactly 0 in R (se 0), and a plain double sum left it at −1e-16 (se NaN), for
  // [[2, 0, 0, 0], [0, 2, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]].
  const k = t.length;
  const p = t.map((row) => row.map((count) => count / n));
  const pCol = p[0]!.map((_, j) => sum(p.map((row) => row[j]!)));
  const pRow = p.map((row) => sum(row));
  const terms: number[] = [];
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < k; i++) {
      const w = (i === j ? 1 : 0) - pCol[i]! * (1 - kappa) - pRow[j]! * (1 - kappa);
      terms.push(p[i]![j]! * w * w);
    }
  }
  const se = Math.sqrt((sum(terms) - (kappa - pe * (1 - kappa)) ** 2) / (1 - pe) ** 2 / n);
  const z = normalQuantile((1 + confLevel) / 2);
  return Object.freeze({
    kappa,
    se,
    confInt: Object.freeze([Math.max(-1, kappa - z * se), Math.min(1, kappa + z * se)] as const),
    n,
    observedAgreement: po,
    expectedAgreement: pe,
  });
}
