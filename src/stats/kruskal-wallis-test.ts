import { assertArray } from '../_lib/args.js';
import { averageRanks, tieSum } from './_ranks.js';
import { assertEnough, preciseSum, readSample, type SampleInput } from './_samples.js';
import { chiSquareUpper } from './_distributions.js';

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

// R's tie correction counts ties with table(x), which compares values as as.character() prints
// them, to 15 significant digits, while rank() compares them exactly: 10000.0000012345671 and
// 10000.0000012345674 are one tie group to R. Rounding is monotone, so such groups are runs in
// sorted order; adjacent values are compared as text only when they are that close.
function tableTieSizes(values: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  const sizes: number[] = [];
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] as number;
    const previous = sorted[i - 1] as number;
    const same =
      i > 0 &&
      (v === previous ||
        (Math.abs(v - previous) <= 1e-13 * Math.max(Math.abs(v), Math.abs(previous)) &&
          v.toPrecision(15) === previous.toPrecision(15)));
    if (same) run++;
    else {
      if (run > 0) sizes.push(run);
      run = 1;
    }
  }
  if (run > 0) sizes.push(run);
  return sizes;
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
  // R's sum() of Rᵢ²/nᵢ accumulates in long double: rounded once, not once per group.
  const sum = preciseSum(terms);
  const ties = tableTieSizes(pooled);
  const statistic =
    ((12 * sum) / (N * (N + 1)) - 3 * (N + 1)) / (1 - tieSum(ties) / (N * N * N - N));
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
