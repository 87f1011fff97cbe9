import { assertOpenUnit, showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { readRecords } from './_iterable.js';
import { comparisonOf } from './_row.js';
import { readGroup } from './_sample.js';
import { compareTwoSamples } from './_two-sample.js';
import { readKind, readMeasure } from './_values.js';
import type { Comparison } from './comparison-row.js';
import type { MeasureKind, MeasureOption } from './measure-kind.js';

/**
 * Options for {@link compareCohorts}.
 *
 * @category Comparisons
 */
export interface CompareCohortsOptions<R> {
  /** Property name or function giving the measure's value for one record. */
  readonly measure: MeasureOption<R>;
  /** The measure's kind, which chooses the test. */
  readonly kind: MeasureKind;
  /** The measure's name in the row; default the property name, or the function's name. */
  readonly name?: string;
  /** Names of the two cohorts for the `comparison` column and issue paths; default `['a', 'b']`. */
  readonly labels?: readonly [string, string];
  /** Confidence level of the interval; default 0.95. */
  readonly confLevel?: number;
}

/**
 * Compares a measure between two independent cohorts (say Cohort 1 and Cohort 2 at Time 1).
 * Estimates are the second cohort minus the first (`b − a`), as {@link compareWaves} gives later
 * minus earlier:
 *
 * - `binary`: R's `prop.test(c(xb, xa), c(nb, na))` (continuity-corrected) and Newcombe's hybrid
 *   score interval for the difference in proportions;
 * - `categorical`: Pearson's chi-square on the 2 × categories table, no estimate;
 * - `ordinal`, `scale`, `interval`: Mann–Whitney (R's `wilcox.test(b, a)`) and the difference in
 *   medians, without an interval.
 *
 * Missing and invalid values are counted in `nMissing` (invalid ones also as issues, path
 * `[label, index]`).
 *
 * @param a - The first cohort's records (an array or any iterable).
 * @param b - The second cohort's records.
 * @param options - `measure`, `kind`, and optionally `name`, `labels`, `confLevel`.
 * @throws TypeError or RangeError for broken arguments.
 * @category Comparisons
 * @example
 * ```ts
 * import { compareCohorts } from 'sos-eval/longitudinal';
 *
 * // Safety plan in place: 8 of 20 families in Cohort 1, 15 of 20 in Cohort 2.
 * const c1 = Array.from({ length: 20 }, (_, i) => ({ plan: i < 8 }));
 * const c2 = Array.from({ length: 20 }, (_, i) => ({ plan: i < 15 }));
 * const r = compareCohorts(c1, c2, { measure: 'plan', kind: 'binary', labels: ['cohort-1', 'cohort-2'] });
 * [r.comparison, r.estimate, r.n] //=> ['cohort-2 - cohort-1', 0.35, 40]
 * // R: prop.test(c(15, 8), c(20, 20))
 * [r.statistic, r.pValue] //=> [3.6829, 0.05497]
 * ```
 */
export function compareCohorts<R>(
  a: Iterable<R>,
  b: Iterable<R>,
  options: CompareCohortsOptions<R>,
): Comparison {
  const ra = readRecords<R>('a', a);
  const rb = readRecords<R>('b', b);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `options must be an object with measure and kind, got ${showValue(options)}`,
    );
  }
  const kind = readKind(options.kind, ['binary', 'categorical', 'ordinal', 'scale', 'interval']);
  const measure = readMeasure<R>(options.measure, options.name);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const [la, lb] = readLabels(options.labels);

  const issues: ValidationIssue[] = [];
  const ga = readGroup(ra, kind, measure, la, issues);
  const gb = readGroup(rb, kind, measure, lb, issues);
  const result = compareTwoSamples(kind, ga.values, gb.values, confLevel, issues);
  return comparisonOf({
    measure: measure.name,
    comparison: `${lb} - ${la}`,
    kind,
    ...result,
    n: ga.values.length + gb.values.length,
    nMissing: ga.nMissing + gb.nMissing,
    issues,
  });
}

function readLabels(value: unknown): [string, string] {
  if (value === undefined) return ['a', 'b'];
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((v) => typeof v === 'string' && v.length > 0) &&
    value[0] !== value[1]
  ) {
    return [value[0] as string, value[1] as string];
  }
  throw new TypeError(`labels must be two different non-empty strings, got ${showValue(value)}`);
}
