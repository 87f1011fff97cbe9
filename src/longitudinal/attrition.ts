import { assertArray, assertOpenUnit, showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { TestResult } from '../stats/test-result.js';
import { readRecords } from './_iterable.js';
import { median } from './_median.js';
import { numberOrNull } from './_row.js';
import { readGroup } from './_sample.js';
import { compareTwoSamples, FISHER_BELOW } from './_two-sample.js';
import { readMeasure } from './_values.js';
import type { WavePair } from './pair-waves.js';

/**
 * A baseline variable to check for attrition bias: its name, kind and how to read it from a
 * Time 1 record.
 *
 * @category Attrition
 */
export interface BaselineVariable<R> {
  /** The variable's name in the rows. */
  readonly name: string;
  /** `binary` (yes/no), `categorical` (labels) or `numeric` (counts, scores). */
  readonly kind: 'binary' | 'categorical' | 'numeric';
  /** Reads the value from a Time 1 record; `null`/`undefined` for missing. */
  readonly value: (record: R) => unknown;
}

/**
 * One baseline variable, families retained to Time 2 against families lost after Time 1, as a
 * tidy row. Estimates are retained minus lost.
 *
 * @category Attrition
 */
export interface AttritionRow {
  /** The variable's name. */
  readonly variable: string;
  /** Its kind. */
  readonly kind: 'binary' | 'categorical' | 'numeric';
  /** Proportion (binary) or median (numeric) among retained families; `null` for categorical. */
  readonly retained: number | null;
  /** Proportion (binary) or median (numeric) among lost families; `null` for categorical. */
  readonly lost: number | null;
  /** Retained minus lost: difference in proportions or in medians; `null` for categorical. */
  readonly estimate: number | null;
  /** Lower limit of Newcombe's interval for a binary difference; `null` otherwise. */
  readonly confLow: number | null;
  /** Upper limit of Newcombe's interval for a binary difference; `null` otherwise. */
  readonly confHigh: number | null;
  /** The test statistic; `null` for Fisher's test, or when the test could not be computed or R gives NaN. */
  readonly statistic: number | null;
  /** Degrees of freedom; `null` where the test has none. */
  readonly df: number | null;
  /** The p-value; `null` when the test could not be computed or R gives NA or NaN (an issue says why). */
  readonly pValue: number | null;
  /** The test used, after R. */
  readonly method: string;
  /** Retained families with a value. */
  readonly nRetained: number;
  /** Lost families with a value. */
  readonly nLost: number;
  /** Retained families missing the value (or with an invalid one). */
  readonly nMissingRetained: number;
  /** Lost families missing the value (or with an invalid one). */
  readonly nMissingLost: number;
  /** The full test result from `sos-eval/stats`; `null` when it could not be computed. */
  readonly test: TestResult | null;
  /** Invalid values (paths `['retained', i]` / `['lost', i]`) and undefined tests. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Options for {@link attrition}.
 *
 * @category Attrition
 */
export interface AttritionOptions<R> {
  /** The baseline variables to compare, each declared with its kind. */
  readonly variables: readonly BaselineVariable<R>[];
  /** Confidence level of the intervals; default 0.95. */
  readonly confLevel?: number;
}

/**
 * Checks whether the families lost after Time 1 differed at baseline from those retained, one
 * row per variable. The test follows the declared kind:
 *
 * - `binary`: R's `prop.test` (continuity-corrected), or Fisher's exact test (R's `fisher.test`)
 *   when the smallest expected count of the retained/lost × yes/no table is below 5 (Cochran's
 *   rule, the point at which `chisq.test` warns); the estimate is the difference in proportions
 *   with Newcombe's hybrid score interval either way;
 * - `categorical`: Pearson's chi-square (R's `chisq.test`), no estimate;
 * - `numeric`: Mann–Whitney (R's `wilcox.test(retained, lost)`) and the difference in medians.
 *
 * A small p-value warns that the Time 2 sample may not represent the Time 1 sample on that
 * variable; a large one is not proof that it does (in 2017, 184 of 270 families were retained).
 *
 * @param retained - Pairs retained to Time 2 (`pairWaves(...).paired`); values are read from `t1`.
 * @param lost - Time 1 records lost after Time 1 (`pairWaves(...).lostAfterT1`).
 * @param options - `variables`, and optionally `confLevel`.
 * @throws TypeError or RangeError for broken arguments (a variable without a name, kind or value).
 * @category Attrition
 * @example
 * ```ts
 * import { attrition } from 'sos-eval/longitudinal';
 *
 * // Agency worker at T1: 3 of 12 retained families, 5 of 8 lost ones.
 * const t1 = (agency: boolean) => ({ agencyWorker: agency });
 * const retained = Array.from({ length: 12 }, (_, i) => ({ key: i, t1: t1(i < 3), t2: t1(false) }));
 * const lost = Array.from({ length: 8 }, (_, i) => t1(i < 5));
 * const [row] = attrition(retained, lost, { variables: [{ name: 'agency', kind: 'binary', value: (r) => r.agencyWorker }] });
 * [row.retained, row.lost, row.nRetained, row.nLost] //=> [0.25, 0.625, 12, 8]
 * // Smallest expected count 8 × 8 / 20 = 3.2 < 5, so Fisher: R fisher.test(matrix(c(3, 5, 9, 3), 2))
 * row.method //=> "Fisher's Exact Test for Count Data"
 * row.pValue //=> 0.1675
 * ```
 */
export function attrition<R>(
  retained: Iterable<WavePair<R, unknown>>,
  lost: Iterable<R>,
  options: AttritionOptions<R>,
): AttritionRow[] {
  const kept = readRecords<WavePair<R, unknown>>('retained', retained);
  const gone = readRecords<R>('lost', lost);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`options must be an object with variables, got ${showValue(options)}`);
  }
  assertArray('variables', options.variables);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const baseline = kept.map((p, i) => {
    if (p === null || typeof p !== 'object' || !('t1' in p)) {
      throw new TypeError(`retained[${i}] must be a pair { key, t1, t2 }, got ${showValue(p)}`);
    }
    return p.t1;
  });

  return options.variables.map((v, k) => {
    if (v === null || typeof v !== 'object') {
      throw new TypeError(`variables[${k}] must be { name, kind, value }, got ${showValue(v)}`);
    }
    if (!['binary', 'categorical', 'numeric'].includes(v.kind)) {
      throw new RangeError(
        `variables[${k}].kind must be one of 'binary', 'categorical', 'numeric', got ${showValue(v.kind)}`,
      );
    }
    if (typeof v.value !== 'function') {
      throw new TypeError(`variables[${k}].value must be a function, got ${showValue(v.value)}`);
    }
    const reader = readMeasure<R>(v.value, v.name);
    const kind = v.kind === 'numeric' ? 'interval' : v.kind;
    const issues: ValidationIssue[] = [];
    const r = readGroup(baseline, kind, reader, 'retained', issues);
    const l = readGroup(gone, kind, reader, 'lost', issues);
    const result = compareTwoSamples(kind, l.values, r.values, confLevel, issues, true);
    const summary = (values: readonly unknown[]): number | null =>
      values.length === 0 || v.kind === 'categorical'
        ? null
        : v.kind === 'binary'
          ? (values as number[]).reduce((s, x) => s + x, 0) / values.length
          : median(values as number[]);
    // As comparisonOf does for the other rows: R's NaN (a Mann-Whitney test where every value
    // ties) is null here, with an issue saying why; before, the NaN was passed through unflagged.
    if (result.test !== null && Number.isNaN(result.test.pValue)) {
      issues.push({
        path: [],
        code: 'test_undefined',
        message: `${result.test.method} gives no p-value for these data (R: NaN)`,
      });
    }
    return {
      variable: reader.name,
      kind: v.kind,
      retained: summary(r.values),
      lost: summary(l.values),
      estimate: numberOrNull(result.estimate),
      confLow: numberOrNull(result.confLow),
      confHigh: numberOrNull(result.confHigh),
      statistic: numberOrNull(result.test?.statistic),
      df: numberOrNull(result.test?.df),
      pValue: numberOrNull(result.test?.pValue),
      method: result.test?.method ?? result.plannedMethod,
      nRetained: r.values.length,
      nLost: l.values.length,
      nMissingRetained: r.nMissing,
      nMissingLost: l.nMissing,
      test: result.test,
      issues,
    };
  });
}

/**
 * The smallest expected count below which {@link attrition} tests a binary variable with
 * Fisher's exact test instead of `prop.test` (Cochran's rule; R's `chisq.test` warns there too).
 *
 * @category Attrition
 * @example
 * ```ts
 * import { ATTRITION_FISHER_BELOW } from 'sos-eval/longitudinal';
 *
 * ATTRITION_FISHER_BELOW //=> 5
 * ```
 */
export const ATTRITION_FISHER_BELOW = FISHER_BELOW;
