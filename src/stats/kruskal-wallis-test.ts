import { assertArray } from '../_lib/args.js';
import { averageRanks } from '../_lib/numeric/ranks.js';
import { sum } from '../_lib/numeric/sum.js';
import { tieSizes, tieSum } from '../_lib/numeric/ties.js';
import { assertEnough, readSample, type SampleInput } from './_samples.js';
import { chiSquareUpper } from '../_lib/numeric/distributions.js';

/**
 * The result of {@link kruskalWallisTest}.
 *
 * @category Rank tests
 */
export interface KruskalWallisResult {
  /** Always `'Kruskal-Wallis rank sum test'`. */
  readonly method: 'Kruskal-Wallis rank sum test';
  /** The tie-corrected H statistic. */
  readonly statistic: number;
  /** Always `'Kruskal-Wallis chi-squared'`. */
  readonly statisticName: 'Kruskal-Wallis chi-squared';
  /** Degrees of freedom: number of groups − 1. */
  readonly df: number;
  /** Upper χ² tail of the statistic. */
  readonly pValue: number;
  /** Non-missing values in each group. */
  readonly n: readonly number[];
  /** Values dropped because they were missing (`null` or `NaN`), over all groups. */
  readonly nMissing: number;
  /** Why `statistic` and `pValue` are `NaN` when every value is tied (as in R). */
  readonly warning?: string;
}

/**
 * Kruskal–Wallis rank-sum test that several independent groups share a location: R's
 * `kruskal.test(groups)` for a list of samples. H = 12/(N(N+1)) Σ Rᵢ²/nᵢ − 3(N+1), divided by the
 * tie correction 1 − Σ(t³ − t)/(N³ − N), referred to χ² with (groups − 1) df. As in R, the tie
 * groups t are those of `table(x)`: values equal to 15 significant digits.
 *
 * @param groups - Two or more samples, each with at least one non-missing value.
 * @category Rank tests
 * @example
 * ```ts
 * import { kruskalWallisTest } from 'sos-eval/stats';
 * // Ranks 1–2, 3–4, 5–6: Σ Rᵢ²/nᵢ = (9 + 49 + 121)/2 = 89.5, H = 12·89.5/42 − 21 = 32/7.
 * const r = kruskalWallisTest([[1, 2], [3, 4], [5, 6]]);
 * r.statistic //=> 4.5714
 * r.df //=> 2
 * ```
 */
export function kruskalWallisTest(groups: readonly SampleInput[]): KruskalWallisResult {
  assertArray('groups', groups);
  if (groups.length < 2) {
    throw new RangeError(`groups must hold at least 2 samples, got ${groups.length}`);
  }
  const samples = groups.map((g, i) => {
    const s = readSample(`groups[${i}]`, g);
    assertEnough(`groups[${i}]`, s.values.length, 1, g);
    return s;
  });
  const pooled = samples.flatMap((s) => s.values);
  const N = pooled.length;
  const { ranks } = averageRanks(pooled);
  const terms: number[] = [];
  let offset = 0;
  for (const s of samples) {
    let r = 0; // half-integers: exact
    for (let i = 0; i < s.values.length; i++) r += ranks[offset + i] as number;
    terms.push((r * r) / s.values.length);
    offset += s.values.length;
  }
  // R's tie correction counts ties with table(x), on values written to 15 significant digits,
  // while rank() compares them exactly.
  const ties = tieSizes(Float64Array.from(pooled).sort(), 15);
  const statistic =
    ((12 * sum(terms)) / (N * (N + 1)) - 3 * (N + 1)) / (1 - tieSum(ties) / (N * N * N - N));
  const df = samples.length - 1;
  return Object.freeze({
    method: 'Kruskal-Wallis rank sum test',
    statistic,
    statisticName: 'Kruskal-Wallis chi-squared',
    df,
    pValue: chiSquareUpper(statistic, df),
    n: Object.freeze(samples.map((s) => s.values.length)),
    nMissing: samples.reduce((a, s) => a + s.nMissing, 0),
    // 0/0: with one tie group spanning every value the tie correction is zero.
    ...(ties.length === 1
      ? { warning: 'every value is tied, so the statistic and p-value are undefined (NaN)' }
      : {}),
  });
}
