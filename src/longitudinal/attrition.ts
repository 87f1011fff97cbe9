import { assertArray, assertOpenUnit, showValue } from '../_lib/args.js';
import type { AnyStudy } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { TestResult } from '../stats/test-result.js';
import { median } from '../_lib/numeric/median.js';
import { numberOrNull } from './_row.js';
import { readGroup } from './_sample.js';
import { compareTwoSamples, FISHER_BELOW } from './_two-sample.js';
import { readStudy, readWavePair } from './_study.js';
import { readMeasure } from './_values.js';
import { readPairsInput } from './_wave-input.js';
import type { PairedWaves } from './pair-waves.js';

/**
 * A baseline variable to check for attrition bias: its name, kind and how to read it from a
 * record at the wave families were lost after.
 *
 * @category Attrition
 */
export interface BaselineVariable<R> {
  /** The variable's name in the rows. */
  readonly name: string;
  /** `binary` (yes/no), `categorical` (labels) or `numeric` (counts, scores). */
  readonly kind: 'binary' | 'categorical' | 'numeric';
  /** Reads the value from a record at the `from` wave; `null`/`undefined` for missing. */
  readonly value: (record: R) => unknown;
}

/**
 * One baseline variable, families retained to the later wave against families lost after the
 * earlier one, as a tidy row. Estimates are retained minus lost.
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
  /** Invalid values (paths `['paired', i, 'from']` / `['lost', i]` in the pairWaves result) and undefined tests. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Options for {@link attrition}.
 *
 * @category Attrition
 */
export interface AttritionOptions<S extends AnyStudy, R> {
  /** The study, whose wave order says that `to` is later than `from`. */
  readonly study: S;
  /** The baseline variables to compare, each declared with its kind. */
  readonly variables: readonly BaselineVariable<R>[];
  /** Confidence level of the intervals; default 0.95. */
  readonly confLevel?: number;
}

/**
 * Checks whether the families lost after one wave of a study differed at that wave from those
 * retained to a later one, one row per variable, from a {@link pairWaves} result: the retained
 * are its `paired` families (values read from their `from` records), the lost its `lost`
 * records. Any wave may be the baseline and any later wave the follow-up. The test follows the
 * declared kind:
 *
 * - `binary`: R's `prop.test` (continuity-corrected), or Fisher's exact test (R's `fisher.test`)
 *   when the smallest expected count of the retained/lost × yes/no table is below 5 (Cochran's
 *   rule, the point at which `chisq.test` warns); the estimate is the difference in proportions
 *   with Newcombe's hybrid score interval either way;
 * - `categorical`: Pearson's chi-square (R's `chisq.test`), no estimate;
 * - `numeric`: Mann–Whitney (R's `wilcox.test(retained, lost)`) and the difference in medians.
 *
 * A small p-value warns that the later sample may not represent the earlier one on that
 * variable; a large one is not proof that it does.
 *
 * @param paired - The two waves paired by {@link pairWaves}, `from` the earlier.
 * @param options - `study`, `variables`, and optionally `confLevel`.
 * @throws TypeError or RangeError for broken arguments (not a pairWaves result, its `to` wave not
 *   later than its `from` wave, a variable without a name, kind or value).
 * @category Attrition
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { attrition, pairWaves } from 'sos-eval/longitudinal';
 *
 * const study = defineStudy({
 *   id: 'demo', title: 'Demo', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'baseline', label: 'Baseline' }, { id: 'twelve-months', label: 'Twelve months' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * // Agency worker at baseline: 3 of 12 families seen again at twelve months, 5 of 8 not seen.
 * const baseline = Array.from({ length: 20 }, (_, i) => ({
 *   familyId: `F${i}`, wave: 'baseline', agencyWorker: i < 12 ? i < 3 : i < 17,
 * }));
 * const later = baseline.slice(0, 12).map((r) => ({ familyId: r.familyId, wave: 'twelve-months' }));
 * const p = pairWaves([...baseline, ...later], { study, from: 'baseline', to: 'twelve-months' });
 * const [row] = attrition(p, { study, variables: [{ name: 'agency', kind: 'binary', value: (r) => r.agencyWorker }] });
 * [row.retained, row.lost, row.nRetained, row.nLost] //=> [0.25, 0.625, 12, 8]
 * // Smallest expected count 8 × 8 / 20 = 3.2 < 5, so Fisher: R fisher.test(matrix(c(3, 5, 9, 3), 2))
 * row.method //=> "Fisher's Exact Test for Count Data"
 * row.pValue //=> 0.1675
 * ```
 */
export function attrition<S extends AnyStudy, R>(
  paired: PairedWaves<string, R>,
  options: AttritionOptions<S, R>,
): AttritionRow[] {
  const input = readPairsInput<R>('paired', paired, false);
  if (input.from === undefined || !Array.isArray((paired as { lost?: unknown }).lost)) {
    throw new TypeError(
      `paired must be a pairWaves result (with from, to, paired and lost), got ${showValue(paired)}`,
    );
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `options must be an object with study and variables, got ${showValue(options)}`,
    );
  }
  const study = readStudy(options.study);
  const [from, to] = readWavePair(study, input.from, input.to);
  const order = study.ids.waves;
  if (order.indexOf(to) < order.indexOf(from)) {
    throw new RangeError(
      `paired.to must be a later wave than paired.from for attrition, got ${showValue(from)} to ${showValue(to)}`,
    );
  }
  assertArray('variables', options.variables);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const baseline = input.pairs.map((p) => p.from);
  const gone = paired.lost;

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
    const issues: ValidationIssue[] = [...input.issues];
    const r = readGroup(baseline, kind, reader, 'retained', issues, (i) => input.path(i, 'from'));
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
      // Entries of a hand-made paired list that were not pairs are missing too (issue 13).
      nMissingRetained: r.nMissing + input.issues.length,
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
