// Two independent samples of one measure, compared by the test its kind calls for. Shared by
// compareCohorts, compareGroups' pairwise follow-ups and attrition, so all three agree.
import type { ValidationIssue } from '../models/validation-issue.js';
import { independenceTest } from './_independence-test.js';
import { fisherExactTest } from '../stats/fisher-exact-test.js';
import { mannWhitneyTest } from '../stats/mann-whitney-test.js';
import { newcombeInterval } from '../stats/newcombe-interval.js';
import type { TestResult } from '../stats/test-result.js';
import { twoProportionTest } from '../stats/two-proportion-test.js';
import { median } from '../_lib/numeric/median.js';
import type { Cell } from './_values.js';
import { tryTest } from './_values.js';
import type { MeasureKind } from './measure-kind.js';

export interface TwoSampleResult {
  estimate: number | null;
  confLow: number | null;
  confHigh: number | null;
  test: TestResult | null;
  plannedMethod: string;
}

/** Smallest expected count below which attrition checks switch from prop.test to Fisher. */
export const FISHER_BELOW = 5;

const PROP_TEST = '2-sample test for equality of proportions with continuity correction';
const CHI_SQUARE = "Pearson's Chi-squared test";
const MANN_WHITNEY = 'Wilcoxon rank sum test';

/** Category labels in order of first appearance across both samples. */
export function categoriesOf(samples: readonly (readonly Cell[])[]): Cell[] {
  const seen = new Set<Cell>();
  for (const s of samples) for (const v of s) seen.add(v);
  return [...seen];
}

export function countTable(
  samples: readonly (readonly Cell[])[],
  categories: readonly Cell[],
): number[][] {
  const at = new Map(categories.map((c, i) => [c, i]));
  return samples.map((s) => {
    const row = new Array<number>(categories.length).fill(0);
    for (const v of s) row[at.get(v) as number]! += 1;
    return row;
  });
}

/**
 * Compares sample `b` with sample `a`; estimates are b − a. With `fisherWhenSmall`, a binary
 * measure uses Fisher's exact test when an expected count is below {@link FISHER_BELOW}.
 */
export function compareTwoSamples(
  kind: MeasureKind,
  a: readonly Cell[],
  b: readonly Cell[],
  confLevel: number,
  issues: ValidationIssue[],
  fisherWhenSmall = false,
): TwoSampleResult {
  const empty = a.length === 0 || b.length === 0;
  if (kind === 'binary') {
    const xa = (a as number[]).reduce((s, v) => s + v, 0);
    const xb = (b as number[]).reduce((s, v) => s + v, 0);
    const na = a.length;
    const nb = b.length;
    const total = na + nb;
    const yes = xa + xb;
    const smallest = (Math.min(na, nb) * Math.min(yes, total - yes)) / total;
    const fisher = fisherWhenSmall && total > 0 && smallest < FISHER_BELOW;
    if (empty) {
      issues.push({
        path: [],
        code: 'no_data',
        message: fisher
          ? "a group has no non-missing values: Fisher's test gives p = 1, as R's fisher.test does, but nothing is compared"
          : 'a group has no non-missing values, so nothing can be compared',
      });
    }
    // R's fisher.test accepts a table with an empty row and gives p = 1 (prop.test stops), so
    // Fisher runs even then: before, attrition gave null where R gives 1.
    const test =
      empty && !fisher
        ? null
        : fisher
          ? tryTest(
              () =>
                fisherExactTest([
                  [xb, nb - xb],
                  [xa, na - xa],
                ]),
              [],
              issues,
            )
          : tryTest(() => twoProportionTest(xb, nb, xa, na, { confLevel }), [], issues);
    const ci = empty ? null : newcombeInterval(xb, nb, xa, na, { confLevel });
    return {
      estimate: ci?.estimate ?? null,
      confLow: ci?.lower ?? null,
      confHigh: ci?.upper ?? null,
      test,
      plannedMethod: fisher ? "Fisher's Exact Test for Count Data" : PROP_TEST,
    };
  }
  if (empty) {
    issues.push({
      path: [],
      code: 'no_data',
      message: 'a group has no non-missing values, so nothing can be compared',
    });
  }
  if (kind === 'categorical') {
    const table = countTable([b, a], categoriesOf([b, a]));
    const test = empty ? null : tryTest(() => independenceTest(table), [], issues);
    return { estimate: null, confLow: null, confHigh: null, test, plannedMethod: CHI_SQUARE };
  }
  const xa = a as number[];
  const xb = b as number[];
  const test = empty ? null : tryTest(() => mannWhitneyTest(xb, xa), [], issues);
  return {
    estimate: empty ? null : median(xb) - median(xa),
    confLow: null,
    confHigh: null,
    test,
    plannedMethod: MANN_WHITNEY,
  };
}
