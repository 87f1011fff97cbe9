import { assertOpenUnit, showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { adjustPValues } from '../stats/adjust-p-values.js';
import { independenceTest } from './_independence-test.js';
import { kruskalWallisTest } from '../stats/kruskal-wallis-test.js';
import { readRecords } from './_iterable.js';
import { readKey } from './_key.js';
import { comparisonOf } from './_row.js';
import { readGroup } from './_sample.js';
import { categoriesOf, compareTwoSamples, countTable } from './_two-sample.js';
import { readKind, readMeasure, tryTest, type Cell } from './_values.js';
import type { Comparison } from './comparison-row.js';
import type { MeasureKind, MeasureOption } from './measure-kind.js';

/**
 * Options for {@link compareGroups}.
 *
 * @category Comparisons
 */
export interface CompareGroupsOptions<R> {
  /** Property name or function giving the measure's value for one record. */
  readonly measure: MeasureOption<R>;
  /** The measure's kind, which chooses the test. */
  readonly kind: MeasureKind;
  /**
   * When `groups` is a list of records: the property name or function giving each record's
   * group (a string). Records without one are reported as `missing_group` issues.
   */
  readonly by?: MeasureOption<R>;
  /** Group order for the rows; default the record's key order, or order of first appearance. */
  readonly order?: readonly string[];
  /** The measure's name in the rows; default the property name, or the function's name. */
  readonly name?: string;
  /** Confidence level of pairwise intervals; default 0.95. */
  readonly confLevel?: number;
}

/**
 * Compares a measure across several independent groups (the three experience groupings, say),
 * then follows up every pair of groups with Holm-adjusted p-values. The first row is the omnibus
 * test, the rest are pairwise in group order, each with `pAdjusted`:
 *
 * - `binary`, `categorical`: Pearson's chi-square on the groups × answers table (R's
 *   `chisq.test`); pairwise, binary uses R's `prop.test` with Newcombe's interval for the
 *   difference in proportions, categorical a chi-square on the two groups' table;
 * - `ordinal`, `scale`, `interval`: Kruskal–Wallis (R's `kruskal.test`); pairwise Mann–Whitney
 *   (R's `wilcox.test`) with the difference in medians.
 *
 * Pairwise estimates are the later group in `order` minus the earlier. Holm's method (R's
 * `p.adjust(p, 'holm')`) is applied over the pairwise rows only; a pair whose test is undefined
 * keeps `null` and is left out of the adjustment.
 *
 * @param groups - A record of group name → records, or a list of records with `by`.
 * @param options - `measure`, `kind`, and optionally `by`, `order`, `name`, `confLevel`.
 * @throws TypeError or RangeError for broken arguments (fewer than two groups, unknown kind, `by`
 *   missing for a list, an `order` that does not name each group once).
 * @category Comparisons
 * @example
 * ```ts
 * import { compareGroups } from 'sos-eval/longitudinal';
 *
 * const rows = compareGroups(
 *   { new: [{ s: 1 }, { s: 2 }], '2 years': [{ s: 3 }, { s: 4 }], '2+ years': [{ s: 5 }, { s: 6 }] },
 *   { measure: 's', kind: 'scale' },
 * );
 * rows.map((r) => r.comparison) //=> ['new vs 2 years vs 2+ years', '2 years - new', '2+ years - new', '2+ years - 2 years']
 * // Ranks 1–2, 3–4, 5–6: H = 32/7 on 2 df (R: kruskal.test(list(1:2, 3:4, 5:6))).
 * rows[0].statistic //=> 4.5714
 * rows[1].estimate //=> 2
 * // Each pair: exact Mann–Whitney p = 2/6; Holm: 3 × 1/3 = 1.
 * rows.slice(1).map((r) => r.pAdjusted) //=> [1, 1, 1]
 * ```
 */
export function compareGroups<R>(
  groups: Readonly<Record<string, Iterable<R>>> | Iterable<R>,
  options: CompareGroupsOptions<R>,
): Comparison[] {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `options must be an object with measure and kind, got ${showValue(options)}`,
    );
  }
  const kind = readKind(options.kind, ['binary', 'categorical', 'ordinal', 'scale', 'interval']);
  const measure = readMeasure<R>(options.measure, options.name);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const issues: ValidationIssue[] = [];
  const named = splitGroups(groups, options.by, issues);
  const names = orderGroups([...named.keys()], options.order);
  if (names.length < 2) {
    throw new RangeError(`groups must hold at least 2 groups, got ${names.length}`);
  }

  const read = names.map((g) => readGroup(named.get(g) as R[], kind, measure, g, issues));
  const values = read.map((r) => r.values);
  const n = values.reduce((s, v) => s + v.length, 0);
  const nMissing = read.reduce((s, r) => s + r.nMissing, 0) + (named.unassigned ?? 0);
  const omnibusIssues = [...issues];
  const omnibusTest = ['binary', 'categorical'].includes(kind)
    ? tryTest(() => independenceTest(countTable(values, categoriesOf(values))), [], omnibusIssues)
    : tryTest(() => kruskalWallisTest(values as number[][]), [], omnibusIssues);
  const omnibus = comparisonOf({
    measure: measure.name,
    comparison: names.join(' vs '),
    kind,
    estimate: null,
    confLow: null,
    confHigh: null,
    test: omnibusTest,
    plannedMethod: ['binary', 'categorical'].includes(kind)
      ? "Pearson's Chi-squared test"
      : 'Kruskal-Wallis rank sum test',
    n,
    nMissing,
    issues: omnibusIssues,
  });

  const pairs: Comparison[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const gi = names[i] as string;
      const gj = names[j] as string;
      const pairIssues = issues.filter((x) => x.path[0] === gi || x.path[0] === gj);
      const result = compareTwoSamples(
        kind,
        values[i] as Cell[],
        values[j] as Cell[],
        confLevel,
        pairIssues,
      );
      pairs.push(
        comparisonOf({
          measure: measure.name,
          comparison: `${gj} - ${gi}`,
          kind,
          ...result,
          n: (values[i] as Cell[]).length + (values[j] as Cell[]).length,
          nMissing:
            (read[i] as { nMissing: number }).nMissing + (read[j] as { nMissing: number }).nMissing,
          issues: pairIssues,
        }),
      );
    }
  }
  const adjusted = adjustPValues(
    pairs.map((p) => p.pValue),
    'holm',
  );
  return [omnibus, ...pairs.map((p, k) => ({ ...p, pAdjusted: adjusted[k] ?? null }))];
}

type Named<R> = Map<string, R[]> & { unassigned?: number };

function splitGroups<R>(groups: unknown, by: unknown, issues: ValidationIssue[]): Named<R> {
  const named: Named<R> = new Map();
  const isIterable =
    groups != null &&
    typeof (groups as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  if (groups !== null && typeof groups === 'object' && !isIterable) {
    if (by !== undefined) {
      throw new TypeError(
        'by applies only when groups is a list of records, not a record of groups',
      );
    }
    for (const [name, records] of Object.entries(groups)) {
      named.set(name, [...readRecords<R>(`groups.${name}`, records)]);
    }
    return named;
  }
  const records = readRecords<R>('groups', groups);
  if (by === undefined) {
    throw new TypeError(
      'by is required when groups is a list of records: name the grouping property or give a function',
    );
  }
  const groupOf = readKey<R>('by', by);
  let unassigned = 0;
  records.forEach((r, i) => {
    const g = groupOf(r);
    if (typeof g !== 'string' || g.length === 0) {
      unassigned++;
      issues.push({
        path: [i],
        code: 'missing_group',
        message: `[${i}]: group is ${showValue(g)}, not a non-empty string; record left out and counted as missing`,
      });
      return;
    }
    const list = named.get(g);
    if (list) list.push(r);
    else named.set(g, [r]);
  });
  named.unassigned = unassigned;
  return named;
}

function orderGroups(names: string[], order: unknown): string[] {
  if (order === undefined) return names;
  if (
    !Array.isArray(order) ||
    order.length !== names.length ||
    new Set(order).size !== order.length ||
    !order.every((g) => names.includes(g as string))
  ) {
    throw new RangeError(
      `order must name each group exactly once (${names.map((g) => `'${g}'`).join(', ')}), got ${showValue(order)}`,
    );
  }
  return order as string[];
}
