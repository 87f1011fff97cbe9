import { notARecord, unreadableRecord } from '../models/record-guard.js';
import { assertOpenUnit, showValue } from '../_lib/args.js';
import type { AnyStudy, StudyCohortId } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { readRecords } from './_iterable.js';
import { readKey } from './_key.js';
import { comparisonOf } from './_row.js';
import { readGroup } from './_sample.js';
import { readStudy, difference } from './_study.js';
import { compareTwoSamples } from './_two-sample.js';
import { readKind, readMeasure } from './_values.js';
import type { Comparison } from './comparison-row.js';
import type { MeasureKind, MeasureOption } from './measure-kind.js';

/**
 * Options for {@link compareCohorts}.
 *
 * @category Comparisons
 */
export interface CompareCohortsOptions<S extends AnyStudy, R> {
  /** The study, whose cohorts the records belong to and whose labels name the comparison. */
  readonly study: S;
  /**
   * The two cohorts compared, first and second (estimates are second minus first). Default the
   * study's cohorts when it has exactly two; required otherwise.
   */
  readonly cohorts?: readonly [StudyCohortId<S>, StudyCohortId<S>];
  /** Each record's cohort id: a property name or a function. Default `'cohort'`. */
  readonly cohort?: (keyof R & string) | ((record: R) => unknown);
  /** Property name or function giving the measure's value for one record. */
  readonly measure: MeasureOption<R>;
  /** The measure's kind, which chooses the test. */
  readonly kind: MeasureKind;
  /** The measure's name in the row; default the property name, or the function's name. */
  readonly name?: string;
  /** Confidence level of the interval; default 0.95. */
  readonly confLevel?: number;
}

/**
 * Compares a measure between two independent cohorts of a study (families referred in different
 * windows, say, interviewed at the same wave). Records of every cohort come in one list, each
 * naming its cohort; records of the study's other cohorts are left alone. Estimates are the second
 * cohort minus the first, and the row's `comparison` names them by their labels,
 * `'<second label> - <first label>'`:
 *
 * - `binary`: R's `prop.test(c(x2, x1), c(n2, n1))` (continuity-corrected) and Newcombe's hybrid
 *   score interval for the difference in proportions;
 * - `categorical`: Pearson's chi-square on the 2 × categories table, no estimate;
 * - `ordinal`, `scale`, `interval`: Mann–Whitney (R's `wilcox.test(second, first)`) and the
 *   difference in medians, without an interval.
 *
 * Missing and invalid values are counted in `nMissing` (invalid ones also as issues, path
 * `[index]` in the input). A record with no cohort (`missing_cohort`) or one the study does not
 * have (`unknown_cohort`) is an issue and counted in `nMissing` too.
 *
 * @param records - Records of the cohorts (an array or any iterable).
 * @param options - `study`, `measure`, `kind`, and optionally `cohorts`, `cohort`, `name`,
 *   `confLevel`.
 * @throws TypeError or RangeError for broken arguments (an unknown kind, `cohorts` not two
 *   different cohorts of the study, or left out when the study does not have exactly two).
 * @category Comparisons
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { compareCohorts } from 'sos-eval/longitudinal';
 *
 * const study = defineStudy({
 *   id: 'demo', title: 'Demo', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [
 *     { id: 'spring', label: 'Spring referrals', referrals: { start: '2026-01-01', end: '2026-03-31' } },
 *     { id: 'autumn', label: 'Autumn referrals', referrals: { start: '2026-09-01', end: '2026-11-30' } },
 *   ],
 *   waves: [{ id: 'baseline', label: 'Baseline' }, { id: 'twelve-months', label: 'Twelve months' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * // Safety plan in place: 8 of 20 spring families, 15 of 20 autumn ones.
 * const records = [
 *   ...Array.from({ length: 20 }, (_, i) => ({ cohort: 'spring', plan: i < 8 })),
 *   ...Array.from({ length: 20 }, (_, i) => ({ cohort: 'autumn', plan: i < 15 })),
 * ];
 * const r = compareCohorts(records, { study, measure: 'plan', kind: 'binary' });
 * [r.comparison, r.estimate, r.n] //=> ['Autumn referrals - Spring referrals', 0.35, 40]
 * // R: prop.test(c(15, 8), c(20, 20))
 * [r.statistic, r.pValue] //=> [3.6829, 0.05497]
 * ```
 */
export function compareCohorts<S extends AnyStudy, R>(
  records: Iterable<R>,
  options: CompareCohortsOptions<S, R>,
): Comparison {
  const all = readRecords<R>('records', records);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `options must be an object with study, measure and kind, got ${showValue(options)}`,
    );
  }
  const study = readStudy(options.study);
  const kind = readKind(options.kind, ['binary', 'categorical', 'ordinal', 'scale', 'interval']);
  const measure = readMeasure<R>(options.measure, options.name);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const [first, second] = readCohorts(study, options.cohorts);
  const cohortOf = readKey<R>('cohort', options.cohort ?? 'cohort');

  const issues: ValidationIssue[] = [];
  const groups: [R[], R[]] = [[], []];
  const at: [number[], number[]] = [[], []];
  let unassigned = 0;
  // A plain loop, not forEach: a hole is a record too. One that is not an object, or whose cohort
  // cannot be read, is an issue with its index and counted as missing (issue 13).
  for (let i = 0; i < all.length; i++) {
    const record = all[i] as R;
    const notRecord = notARecord(i, record);
    let c: unknown;
    if (notRecord === null) {
      try {
        c = cohortOf(record);
      } catch (error) {
        unassigned++;
        issues.push(unreadableRecord(i, error));
        continue;
      }
    } else {
      unassigned++;
      issues.push(notRecord);
      continue;
    }
    if (c === first || c === second) {
      const g = c === first ? 0 : 1;
      groups[g].push(record);
      at[g].push(i);
    } else if (typeof c !== 'string' || study.cohort(c) === undefined) {
      unassigned++;
      const missing = c === null || c === undefined || c === '';
      issues.push({
        path: [i],
        code: missing ? 'missing_cohort' : 'unknown_cohort',
        message: missing
          ? `[${i}]: cohort is ${showValue(c)}; record left out and counted as missing`
          : `[${i}]: cohort ${showValue(c)} is not one of the study's cohorts (${study.ids.cohorts
              .map((x) => `'${x}'`)
              .join(', ')}); record left out and counted as missing`,
      });
    }
  }
  const ga = readGroup(groups[0], kind, measure, first, issues, (j) => [at[0][j] as number]);
  const gb = readGroup(groups[1], kind, measure, second, issues, (j) => [at[1][j] as number]);
  issues.sort((x, y) => (x.path[0] as number) - (y.path[0] as number));
  const result = compareTwoSamples(kind, ga.values, gb.values, confLevel, issues);
  const label = (id: string) => study.cohort(id)?.label ?? id;
  return comparisonOf({
    measure: measure.name,
    comparison: difference(label(second), label(first)),
    kind,
    ...result,
    n: ga.values.length + gb.values.length,
    nMissing: ga.nMissing + gb.nMissing + unassigned,
    issues,
  });
}

function readCohorts(study: AnyStudy, value: unknown): [string, string] {
  const ids = study.ids.cohorts;
  const listed = ids.map((c) => `'${c}'`).join(', ');
  if (value === undefined) {
    if (ids.length === 2) return [ids[0] as string, ids[1] as string];
    throw new RangeError(
      `cohorts is required when the study has ${ids.length} cohort${ids.length === 1 ? '' : 's'} (${listed}): name the two to compare`,
    );
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((c) => typeof c === 'string' && ids.includes(c)) &&
    value[0] !== value[1]
  ) {
    return [value[0] as string, value[1] as string];
  }
  throw new RangeError(
    `cohorts must be two different cohorts of the study (${listed}), got ${showValue(value)}`,
  );
}
