import { assertBoolean, assertOpenUnit } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { cohensDz } from '../stats/cohens-dz.js';
import { mcnemarTest } from '../stats/mcnemar-test.js';
import { newcombePairedInterval } from '../stats/newcombe-paired-interval.js';
import { pairedTTest } from '../stats/paired-t-test.js';
import { wilcoxonSignedRankTest } from '../stats/wilcoxon-signed-rank-test.js';
import { readRecords } from './_iterable.js';
import { median } from './_median.js';
import { comparisonOf } from './_row.js';
import { readCell, readKind, readMeasure, tryTest } from './_values.js';
import type { Comparison } from './comparison-row.js';
import type { MeasureOption } from './measure-kind.js';
import type { WavePair } from './pair-waves.js';

/**
 * The kinds of measure {@link compareWaves} can compare within families.
 *
 * @category Comparisons
 */
export type PairedMeasureKind = 'binary' | 'ordinal' | 'scale' | 'interval';

/**
 * Options for {@link compareWaves}.
 *
 * @category Comparisons
 */
export interface CompareWavesOptions<R> {
  /** Property name or function giving the measure's value for one wave's record. */
  readonly measure: MeasureOption<R>;
  /** The measure's kind, which chooses the test. */
  readonly kind: PairedMeasureKind;
  /** The measure's name in the row; default the property name, or the function's name. */
  readonly name?: string;
  /** Confidence level of the interval; default 0.95. */
  readonly confLevel?: number;
  /** For binary measures: McNemar's exact binomial version (as `mcnemarTest`); default `false`. */
  readonly exact?: boolean;
}

const PAIRED_KINDS: readonly PairedMeasureKind[] = ['binary', 'ordinal', 'scale', 'interval'];

/**
 * Compares a measure at Time 2 with Time 1 within the same families. Every estimate is Time 2
 * minus Time 1:
 *
 * - `binary`: McNemar's test on the table with rows T1 yes/no and columns T2 yes/no (R's
 *   `mcnemar.test`, continuity-corrected), the change in the proportion answering yes, and
 *   Newcombe's (1998) hybrid score interval for a paired difference (method 10);
 * - `ordinal`, `scale`: Wilcoxon signed-rank test on the differences (R's `wilcox.test(t2, t1,
 *   paired = TRUE)`) and the median of the differences, without an interval;
 * - `interval`: paired t-test (R's `t.test(t2, t1, paired = TRUE)`), the mean change with its
 *   t interval, and Cohen's d_z as `effectSize`.
 *
 * A pair with either value missing or invalid is set aside and counted in `nMissing` (invalid
 * values also as issues). When the data leave the test undefined (no discordant pairs, constant
 * differences, too few pairs) the row has `null` statistic and p-value and says why in `issues`.
 *
 * @param paired - Pairs from {@link pairWaves} (an array or any iterable).
 * @param options - `measure`, `kind`, and optionally `name`, `confLevel`, `exact`.
 * @throws TypeError or RangeError for broken arguments (not iterable, unknown kind, confLevel 1.5).
 * @category Comparisons
 * @example
 * ```ts
 * import { compareWaves } from 'sos-eval/longitudinal';
 *
 * // Ten families; scores 4,5,3,6,2,5,4,7,3,5 at T1 and 6,6,5,6,4,7,5,8,3,8 at T2.
 * const t1 = [4, 5, 3, 6, 2, 5, 4, 7, 3, 5];
 * const t2 = [6, 6, 5, 6, 4, 7, 5, 8, 3, 8];
 * const pairs = t1.map((s, i) => ({ key: i, t1: { safety: s }, t2: { safety: t2[i] } }));
 * const r = compareWaves(pairs, { measure: 'safety', kind: 'interval' });
 * // Differences 2,1,2,0,2,2,1,1,0,3: mean 1.4 (R: t.test(t2, t1, paired = TRUE)).
 * [r.estimate, r.df, r.n] //=> [1.4, 9, 10]
 * r.pValue //=> 0.0013
 * compareWaves(pairs, { measure: 'safety', kind: 'scale' }).estimate //=> 1.5
 * ```
 */
export function compareWaves<R>(
  paired: Iterable<WavePair<R>>,
  options: CompareWavesOptions<R>,
): Comparison {
  const pairs = readRecords<WavePair<R>>('paired', paired);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`options must be an object with measure and kind, got ${String(options)}`);
  }
  const kind = readKind(options.kind, PAIRED_KINDS);
  const { name, get } = readMeasure<R>(options.measure, options.name);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const exact = options.exact ?? false;
  assertBoolean('exact', exact);

  const issues: ValidationIssue[] = [];
  const x1: number[] = [];
  const x2: number[] = [];
  pairs.forEach((pair, i) => {
    if (pair === null || typeof pair !== 'object') {
      throw new TypeError(`paired[${i}] must be a pair { key, t1, t2 }, got ${String(pair)}`);
    }
    const v1 = readCell(kind, get(pair.t1), name, [i, 't1'], issues);
    const v2 = readCell(kind, get(pair.t2), name, [i, 't2'], issues);
    if (v1 !== null && v2 !== null) {
      x1.push(v1 as number);
      x2.push(v2 as number);
    }
  });
  const n = x1.length;
  const base = {
    measure: name,
    comparison: 'T2 - T1',
    kind,
    n,
    nMissing: pairs.length - n,
    issues,
  };

  if (kind === 'binary') {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (let i = 0; i < n; i++) {
      if (x1[i] === 1) {
        if (x2[i] === 1) a++;
        else b++;
      } else if (x2[i] === 1) c++;
      else d++;
    }
    const test = tryTest(
      () =>
        mcnemarTest(
          [
            [a, b],
            [c, d],
          ],
          { exact },
        ),
      [],
      issues,
    );
    const ci =
      n > 0
        ? newcombePairedInterval(
            [
              [a, b],
              [c, d],
            ],
            { confLevel },
          )
        : null;
    if (n === 0)
      issues.push({ path: [], code: 'no_data', message: `no complete pairs for ${name}` });
    return comparisonOf({
      ...base,
      estimate: ci?.estimate ?? null,
      confLow: ci?.lower ?? null,
      confHigh: ci?.upper ?? null,
      test,
      plannedMethod: exact
        ? 'Exact McNemar test (binomial test on discordant pairs)'
        : "McNemar's Chi-squared test with continuity correction",
    });
  }
  if (kind === 'interval') {
    const test = tryTest(() => pairedTTest(x2, x1, { confLevel }), [], issues);
    return comparisonOf({
      ...base,
      estimate: test?.estimate ?? (n > 0 ? mean(x2, x1) : null),
      confLow: test?.confInt[0] ?? null,
      confHigh: test?.confInt[1] ?? null,
      effectSize: test === null ? null : cohensDz(x2, x1),
      test,
      plannedMethod: 'Paired t-test',
    });
  }
  const test = tryTest(() => wilcoxonSignedRankTest(x2, x1), [], issues);
  return comparisonOf({
    ...base,
    estimate: n > 0 ? median(x2.map((v, i) => v - (x1[i] as number))) : null,
    confLow: null,
    confHigh: null,
    test,
    plannedMethod: 'Wilcoxon signed rank test',
  });
}

function mean(x2: readonly number[], x1: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x2.length; i++) s += (x2[i] as number) - (x1[i] as number);
  return s / x2.length;
}
