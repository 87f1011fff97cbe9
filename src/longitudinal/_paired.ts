// Comparing one measure between two waves within the same families, given the complete pairs of
// values: the test its kind calls for, the estimate (later minus earlier) and its interval. Shared
// by compareWaves and compareAcrossWaves' pairwise follow-ups, so the two agree.
import type { ValidationIssue } from '../models/validation-issue.js';
import { cohensDz } from '../stats/cohens-dz.js';
import { mcnemarTest } from '../stats/mcnemar-test.js';
import { newcombePairedInterval } from '../stats/newcombe-paired-interval.js';
import { pairedTTest } from '../stats/paired-t-test.js';
import { wilcoxonSignedRankTest } from '../stats/wilcoxon-signed-rank-test.js';
import { mean } from '../_lib/numeric/mean.js';
import { median } from '../_lib/numeric/median.js';
import { comparisonOf } from './_row.js';
import { tryTest } from './_values.js';
import type { Comparison } from './comparison-row.js';
import type { MeasureKind } from './measure-kind.js';

/** Which paired test: McNemar (yes/no), Wilcoxon signed-rank (ranks) or the paired t-test. */
export type PairedTest = 'mcnemar' | 'signed-rank' | 't';

export interface PairedParts {
  measure: string;
  comparison: string;
  kind: MeasureKind;
  nMissing: number;
  issues: ValidationIssue[];
  confLevel: number;
  exact: boolean;
}

/** Compares `x2` (later) with `x1` (earlier), value by value; estimates are x2 − x1. */
export function comparePaired(
  test: PairedTest,
  x1: readonly number[],
  x2: readonly number[],
  p: PairedParts,
): Comparison {
  const n = x1.length;
  const { issues, confLevel, exact } = p;
  const base = {
    measure: p.measure,
    comparison: p.comparison,
    kind: p.kind,
    n,
    nMissing: p.nMissing,
    issues,
  };

  if (test === 'mcnemar') {
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
    const result = tryTest(
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
      issues.push({ path: [], code: 'no_data', message: `no complete pairs for ${p.measure}` });
    return comparisonOf({
      ...base,
      estimate: ci?.estimate ?? null,
      confLow: ci?.lower ?? null,
      confHigh: ci?.upper ?? null,
      test: result,
      plannedMethod: exact
        ? 'Exact McNemar test (binomial test on discordant pairs)'
        : "McNemar's Chi-squared test with continuity correction",
    });
  }
  if (test === 't') {
    const result = tryTest(() => pairedTTest(x2, x1, { confLevel }), [], issues);
    return comparisonOf({
      ...base,
      estimate: result?.estimate ?? (n > 0 ? meanDifference(x2, x1) : null),
      confLow: result?.confInt[0] ?? null,
      confHigh: result?.confInt[1] ?? null,
      effectSize: result === null ? null : cohensDz(x2, x1),
      test: result,
      plannedMethod: 'Paired t-test',
    });
  }
  const result = tryTest(() => wilcoxonSignedRankTest(x2, x1), [], issues);
  return comparisonOf({
    ...base,
    estimate: n > 0 ? median(x2.map((v, i) => v - (x1[i] as number))) : null,
    confLow: null,
    confHigh: null,
    test: result,
    plannedMethod: 'Wilcoxon signed rank test',
  });
}

function meanDifference(x2: readonly number[], x1: readonly number[]): number {
  return mean(x2.map((v, i) => v - (x1[i] as number)));
}
