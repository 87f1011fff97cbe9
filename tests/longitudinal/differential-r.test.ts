// Differential sweep against R: every number here comes from R, written by
// tests/fixtures/r/cases/70-differential-scaling-longitudinal.R (Rscript tests/fixtures/r/runner.R
// 70-differential-scaling-longitudinal.R). The R calls behind each kind:
// - compareWaves: binary mcnemar.test(table(T1, T2)) (exact: binom.test(b, b + c)) with
//   Newcombe's paired interval; ordinal/scale wilcox.test(t2, t1, paired = TRUE) and the median
//   difference; interval t.test(t2, t1, paired = TRUE) and d_z = mean(d) / sd(d);
// - compareCohorts and compareGroups' pairwise rows (b − a): binary prop.test(c(xb, xa), c(nb, na))
//   with Newcombe's interval; categorical chisq.test; otherwise wilcox.test(b, a) and the
//   difference in medians; compareGroups' omnibus row chisq.test or kruskal.test, Holm's p.adjust;
// - attrition (retained − lost): as cohorts, with fisher.test for a binary variable whose smallest
//   expected count is below 5.
//
// Where R has no number, the row has null, which is how the API reports a quantity the data leave
// undefined:
// - R returns NA or NaN (McNemar with no discordant pairs, prop.test or chisq.test with an empty
//   column, a signed-rank test where every difference is zero, a paired t-test where every
//   difference is zero): the field is null, and a null or NaN p-value comes with a
//   `test_undefined` issue saying why;
// - R stops with an error (too few observations, an empty group, constant differences in t.test,
//   binom.test with no discordant pairs): there is no test (`test` null), statistic, df and p are
//   null, and an issue (`test_undefined` or `no_data`) says why — never a throw;
// - estimates R can compute without the test (a mean or median difference) are still given;
// - Fisher's test (attrition) is the exception to "an empty group has no test": R's fisher.test
//   gives p = 1 for a table with an empty row, and so do we, with a `no_data` issue beside it;
// - R's chisq.test on a table with one category silently becomes a goodness-of-fit test of the
//   group sizes; sos-eval/stats declines that (see chiSquareTest), so those rows have no test.
import { describe, expect, it } from 'vitest';
import {
  attrition,
  compareCohorts,
  compareGroups,
  compareWaves,
  type Comparison,
} from 'sos-eval/longitudinal';
import { SOS_2017 } from 'sos-eval/reference';
import { attritionPairs, cohortRecords } from './_r-inputs.js';
import { expectCloseToR, expectRWarnings, loadRFixture } from '../_support/r-fixtures.js';

type RNum = number | null;
// R's NA is null in the JSON and its NaN is revived as NaN: both are "no number". ±Inf must match.
const undefinedInR = (x: RNum | undefined): boolean =>
  x === undefined || x === null || Number.isNaN(x);

/** Ours must be null where R has NA or NaN, and agree with R to 1e-9 otherwise. */
const close = (actual: number | null, expected: RNum | undefined, label: string): void => {
  if (undefinedInR(expected)) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expectCloseToR(actual as number, expected as number, label);
};

const NAN_REASONS = [
  'every value is tied (or zero), so the normal approximation has zero variance and the p-value is undefined (NaN, as in R)',
  'every value is tied, so the statistic and p-value are undefined (NaN)',
  'no discordant pairs (b + c = 0): the statistic is 0/0, so it and the p-value are undefined (NaN, as in R)',
  /^x1 \+ x2 = \d+ of \d+, so an expected count is 0 and the statistic and p-value are undefined \(NaN, as in R\)$/,
];
const GOODNESS_OF_FIT = 'Chi-squared test for given probabilities';

/** The fields of an htest, as the R script records them, with R's warnings and error. */
interface RTest {
  statistic: RNum;
  df?: RNum;
  p_value: RNum;
  method: string | null;
  warnings: string[];
  error: string | null;
}
interface REstimate {
  estimate: RNum;
  conf_low: RNum;
  conf_high: RNum;
}

const checkTest = (
  row: {
    statistic: number | null;
    df: number | null;
    pValue: number | null;
    method: string;
    test: unknown;
    issues: readonly { code: string }[];
  },
  r: RTest,
  label: string,
  options: { df?: boolean; method?: boolean } = {},
): void => {
  if (r.method === GOODNESS_OF_FIT) {
    // R's chisq.test turns a table with a single column (every value in one category) into a
    // goodness-of-fit test of the group sizes, a different question; the test of independence
    // that the row stands for is undefined there (df = 0), so we give no test and say why.
    expect([row.statistic, row.df, row.pValue], label).toEqual([null, null, null]);
    expect(
      row.issues.map((i) => i.code),
      label,
    ).toContain('test_undefined');
    return;
  }
  close(row.statistic, r.statistic, `${label} statistic`);
  // Where R's test gives no p-value it still reports the df its test would have had (1 for
  // McNemar or prop.test with no discordant pairs or an empty column). Where our test stops there
  // (test null), df is null with the rest of it; where it runs (a paired t-test on zero
  // differences, Kruskal-Wallis on tied values) its df is R's.
  if (options.df !== false)
    close(
      row.df,
      undefinedInR(r.p_value) && row.test === null ? null : (r.df ?? null),
      `${label} df`,
    );
  close(row.pValue, r.p_value, `${label} p`);
  if (r.error !== null) {
    // R stops; we report the row with no test and say why.
    expect(row.test, `${label}: R stops with "${r.error}"`).toBeNull();
  }
  if (undefinedInR(r.p_value)) {
    const codes = row.issues.map((i) => i.code);
    expect(
      codes.includes('test_undefined') || codes.includes('no_data'),
      `${label}: an issue says why there is no p-value (R: ${r.error ?? r.p_value})`,
    ).toBe(true);
  }
  if (options.method !== false && r.method !== null && !undefinedInR(r.p_value))
    expect(row.method, `${label} method`).toBe(r.method);
  // R's warnings, in R's order, on the test object whenever we ran the test; sos-eval adds a
  // reason where R gives NaN without one.
  if (row.test !== null)
    expectRWarnings((row.test as { warning?: string }).warning, r.warnings, NAN_REASONS);
};

const checkEstimate = (row: Comparison | REstimateRow, r: REstimate, label: string): void => {
  close(row.estimate, r.estimate, `${label} estimate`);
  close(row.confLow, r.conf_low, `${label} confLow`);
  close(row.confHigh, r.conf_high, `${label} confHigh`);
};
interface REstimateRow {
  estimate: number | null;
  confLow: number | null;
  confHigh: number | null;
}

describe('compareWaves agrees with R on random and edge pairs', () => {
  type Case = RTest &
    REstimate & {
      name: string;
      kind: 'binary' | 'ordinal' | 'scale' | 'interval';
      t1: RNum[];
      t2: RNum[];
      conf_level: number;
      exact: boolean;
      effect_size: RNum;
      n: number;
      n_missing: number;
    };
  const { cases } = loadRFixture<Case>('differential-waves');

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const pairs = c.t1.map((v, i) => ({ key: i, from: { x: v }, to: { x: c.t2[i] } }));
    const row = compareWaves(pairs, {
      study: SOS_2017,
      from: 'T1',
      to: 'T2',
      measure: 'x',
      kind: c.kind,
      confLevel: c.conf_level,
      exact: c.exact,
    });
    expect([row.n, row.nMissing]).toEqual([c.n, c.n_missing]);
    checkEstimate(row, c, c.name);
    // The exact McNemar test is R's binom.test(b, b + c): its statistic is b and it has no df;
    // sos-eval names it as McNemar's test rather than R's "Exact binomial test".
    checkTest(row, c, c.name, { df: !c.exact, method: !c.exact });
    if (c.kind === 'interval') close(row.effectSize, c.effect_size, `${c.name} d_z`);
    else expect(row.effectSize).toBeNull();
  });
});

describe('compareCohorts agrees with R on random and edge samples', () => {
  type Case = RTest &
    REstimate & {
      name: string;
      kind: 'binary' | 'categorical' | 'ordinal' | 'scale' | 'interval';
      a: RNum[];
      b: RNum[];
      conf_level: number;
      n: number;
      n_missing: number;
    };
  const { cases } = loadRFixture<Case>('differential-cohorts');

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const row = compareCohorts(cohortRecords(c.a, c.b), {
      study: SOS_2017,
      measure: 'x',
      kind: c.kind,
      confLevel: c.conf_level,
    });
    expect([row.n, row.nMissing]).toEqual([c.n, c.n_missing]);
    checkEstimate(row, c, c.name);
    checkTest(row, c, c.name);
  });
});

describe('compareGroups agrees with R on random and edge groups', () => {
  type Pairwise = RTest & REstimate;
  interface Case {
    name: string;
    kind: 'binary' | 'categorical' | 'ordinal' | 'scale' | 'interval';
    conf_level: number;
    groups: Record<string, RNum[]>;
    n: number;
    n_missing: number;
    omnibus: RTest;
    pairwise: Pairwise[];
    p_adjusted: RNum[];
  }
  const { cases } = loadRFixture<Case>('differential-groups');

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const groups = Object.fromEntries(
      Object.entries(c.groups).map(([g, xs]) => [g, xs.map((x) => ({ x }))]),
    );
    const [omnibus, ...pairs] = compareGroups(groups, {
      measure: 'x',
      kind: c.kind,
      confLevel: c.conf_level,
    });
    expect([omnibus!.n, omnibus!.nMissing]).toEqual([c.n, c.n_missing]);
    checkTest(omnibus!, c.omnibus, `${c.name} omnibus`);
    expect(pairs).toHaveLength(c.pairwise.length);
    pairs.forEach((p, k) => {
      const e = c.pairwise[k]!;
      checkEstimate(p, e, `${c.name} pair ${k}`);
      checkTest(p, e, `${c.name} pair ${k}`);
      // R's p.adjust keeps NA where a test gave none and adjusts over the others.
      close(p.pAdjusted, c.p_adjusted[k]!, `${c.name} pair ${k} Holm`);
    });
  });
});

describe('attrition agrees with R on random and edge samples', () => {
  type Case = RTest &
    REstimate & {
      name: string;
      kind: 'binary' | 'categorical' | 'numeric';
      retained_values: RNum[];
      lost_values: RNum[];
      conf_level: number;
      retained: RNum;
      lost: RNum;
      n_retained: number;
      n_lost: number;
      n_missing_retained: number;
      n_missing_lost: number;
    };
  const { cases } = loadRFixture<Case>('differential-attrition');

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const [row] = attrition(attritionPairs(c.retained_values, c.lost_values), {
      study: SOS_2017,
      variables: [{ name: 'x', kind: c.kind, value: (r) => r.x }],
      confLevel: c.conf_level,
    });
    expect([row!.nRetained, row!.nLost, row!.nMissingRetained, row!.nMissingLost]).toEqual([
      c.n_retained,
      c.n_lost,
      c.n_missing_retained,
      c.n_missing_lost,
    ]);
    close(row!.retained, c.retained, 'retained');
    close(row!.lost, c.lost, 'lost');
    checkEstimate(row!, c, c.name);
    checkTest(row!, c, c.name);
  });
});
