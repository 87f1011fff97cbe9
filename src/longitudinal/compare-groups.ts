import { notARecord, unreadableRecord } from '../models/record-guard.js';
import { assertOpenUnit, showValue } from '../_lib/args.js';
import type { AnyStudy, StudyGrouping, StudyGroupingId } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { adjustPValues } from '../stats/adjust-p-values.js';
import { independenceTest } from './_independence-test.js';
import { kruskalWallisTest } from '../stats/kruskal-wallis-test.js';
import { readRecords } from './_iterable.js';
import { readKey } from './_key.js';
import { comparisonOf } from './_row.js';
import { readGroup } from './_sample.js';
import { difference, readStudy } from './_study.js';
import { categoriesOf, compareTwoSamples, countTable } from './_two-sample.js';
import { readKind, readMeasure, tryTest, type Cell } from './_values.js';
import type { Comparison } from './comparison-row.js';
import type { MeasureKind, MeasureOption } from './measure-kind.js';

/**
 * Options for {@link compareGroups}.
 *
 * @category Comparisons
 */
export interface CompareGroupsOptions<S extends AnyStudy, R> {
  /** Property name or function giving the measure's value for one record. */
  readonly measure: MeasureOption<R>;
  /** The measure's kind, which chooses the test. */
  readonly kind: MeasureKind;
  /**
   * When `groups` is a list of records grouped by a function of your own: the property name or
   * function giving each record's group (a string). Records without one are reported as
   * `missing_group` issues. Not with `grouping`.
   */
  readonly by?: MeasureOption<R>;
  /** The study whose `grouping` groups the records; required with `grouping`. */
  readonly study?: S;
  /**
   * A grouping of the study's sites: groups are its levels, in the study's order, named by their
   * labels. A list of records is grouped through each record's site (see `pilot`); a record of
   * groups must be keyed by level ids. Only levels with records are compared.
   */
  readonly grouping?: StudyGroupingId<S>;
  /** With `grouping` and a list of records: each record's site id, a property name or a function. Default `'pilotId'`. */
  readonly pilot?: MeasureOption<R>;
  /** Group order for the rows with `by` or a record of groups; default the record's key order, or order of first appearance. Not with `grouping`. */
  readonly order?: readonly string[];
  /** The measure's name in the rows; default the property name, or the function's name. */
  readonly name?: string;
  /** Confidence level of pairwise intervals; default 0.95. */
  readonly confLevel?: number;
}

/**
 * Compares a measure across several independent groups (the levels of one of a study's
 * groupings, say), then follows up every pair of groups with Holm-adjusted p-values. The first row is the omnibus
 * test, the rest are pairwise in group order, each with `pAdjusted`:
 *
 * - `binary`, `categorical`: Pearson's chi-square on the groups × answers table (R's
 *   `chisq.test`); pairwise, binary uses R's `prop.test` with Newcombe's interval for the
 *   difference in proportions, categorical a chi-square on the two groups' table;
 * - `ordinal`, `scale`, `interval`: Kruskal–Wallis (R's `kruskal.test`); pairwise Mann–Whitney
 *   (R's `wilcox.test`) with the difference in medians.
 *
 * Groups come from a grouping of the study (`{ study, grouping }`: levels in the study's order,
 * rows named by their labels; a list of records is grouped by each record's site, and a record
 * whose site the study does not have is an `unknown_pilot` issue), from a function or property of
 * your own (`by`), or as a record of group name → records. Pairwise estimates are the later group
 * minus the earlier, labelled `'<later> - <earlier>'`. Holm's method (R's
 * `p.adjust(p, 'holm')`) is applied over the pairwise rows only; a pair whose test is undefined
 * keeps `null` and is left out of the adjustment.
 *
 * @param groups - A list of records with `grouping` or `by`, or a record of group name → records.
 * @param options - `measure`, `kind`, and `study` with `grouping`, or `by`, and optionally
 *   `pilot`, `order`, `name`, `confLevel`.
 * @throws TypeError or RangeError for broken arguments (fewer than two groups, unknown kind,
 *   neither `grouping` nor `by` for a list, both, a grouping the study does not have, an `order`
 *   that does not name each group once).
 * @category Comparisons
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { compareGroups } from 'sos-eval/longitudinal';
 *
 * const study = defineStudy({
 *   id: 'demo', title: 'Demo',
 *   pilots: [
 *     { id: 'north', name: 'North', groups: { adoption: 'early' } },
 *     { id: 'south', name: 'South', groups: { adoption: 'late' } },
 *   ],
 *   groupings: [{ id: 'adoption', label: 'Adoption', levels: [{ id: 'early', label: 'Early adopters' }, { id: 'late', label: 'Late adopters' }] }],
 *   cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'baseline', label: 'Baseline' }, { id: 'twelve-months', label: 'Twelve months' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const families = [
 *   { pilotId: 'south', s: 6 }, { pilotId: 'north', s: 1 }, { pilotId: 'north', s: 2 },
 *   { pilotId: 'south', s: 5 }, { pilotId: 'north', s: 3 }, { pilotId: 'south', s: 7 },
 * ];
 * const byAdoption = compareGroups(families, { study, grouping: 'adoption', measure: 's', kind: 'scale' });
 * byAdoption.map((r) => r.comparison) //=> ['Early adopters vs Late adopters', 'Late adopters - Early adopters']
 * byAdoption[1].estimate //=> 4
 *
 * // Groups of your own, as a record of name → records.
 * const rows = compareGroups(
 *   { small: [{ s: 1 }, { s: 2 }], medium: [{ s: 3 }, { s: 4 }], large: [{ s: 5 }, { s: 6 }] },
 *   { measure: 's', kind: 'scale' },
 * );
 * rows.map((r) => r.comparison) //=> ['small vs medium vs large', 'medium - small', 'large - small', 'large - medium']
 * // Ranks 1–2, 3–4, 5–6: H = 32/7 on 2 df (R: kruskal.test(list(1:2, 3:4, 5:6))).
 * rows[0].statistic //=> 4.5714
 * rows[1].estimate //=> 2
 * // Each pair: exact Mann–Whitney p = 2/6; Holm: 3 × 1/3 = 1.
 * rows.slice(1).map((r) => r.pAdjusted) //=> [1, 1, 1]
 * ```
 */
export function compareGroups<S extends AnyStudy, R>(
  groups: Readonly<Record<string, Iterable<R>>> | Iterable<R>,
  options: CompareGroupsOptions<S, R>,
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
  const grouping = readGrouping(options);
  const named =
    grouping === null
      ? splitGroups<R>(groups, options.by, issues)
      : splitByGrouping<R>(groups, grouping, options.pilot, issues);
  const names =
    grouping === null
      ? orderGroups([...named.keys()], options.order)
      : grouping.grouping.levels.map((l) => l.id).filter((l) => named.has(l));
  if (names.length < 2) {
    throw new RangeError(`groups must hold at least 2 groups, got ${names.length}`);
  }
  const label = (g: string): string =>
    grouping?.grouping.levels.find((l) => l.id === g)?.label ?? g;

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
    comparison: names.map(label).join(' vs '),
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
          comparison: difference(label(gj), label(gi)),
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
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as R;
    const g = readRow(r, i, groupOf, issues);
    if (g === UNREAD) {
      unassigned++;
      continue;
    }
    if (typeof g !== 'string' || g.length === 0) {
      unassigned++;
      issues.push({
        path: [i],
        code: 'missing_group',
        message: `[${i}]: group is ${showValue(g)}, not a non-empty string; record left out and counted as missing`,
      });
      continue;
    }
    const list = named.get(g);
    if (list) list.push(r);
    else named.set(g, [r]);
  }
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

interface Grouping {
  readonly study: AnyStudy;
  readonly grouping: StudyGrouping;
}

function readGrouping(options: {
  study?: unknown;
  grouping?: unknown;
  by?: unknown;
  order?: unknown;
  pilot?: unknown;
}): Grouping | null {
  if (options.grouping === undefined) {
    if (options.pilot !== undefined) {
      throw new TypeError("pilot applies only with grouping, to find each record's site");
    }
    return null;
  }
  const study = readStudy(options.study);
  const grouping =
    typeof options.grouping === 'string' ? study.grouping(options.grouping) : undefined;
  if (grouping === undefined) {
    const ids = study.ids.groupings;
    throw new RangeError(
      `grouping must be one of the study's groupings${ids.length ? ` (${ids.map((g) => `'${g}'`).join(', ')})` : ' (it defines none)'}, got ${showValue(options.grouping)}`,
    );
  }
  if (options.by !== undefined) {
    throw new TypeError('by and grouping are alternatives: give one of them');
  }
  if (options.order !== undefined) {
    throw new TypeError(
      "order applies only without grouping: a grouping's levels are in the study's order",
    );
  }
  return { study, grouping };
}

function splitByGrouping<R>(
  groups: unknown,
  { study, grouping }: Grouping,
  pilot: unknown,
  issues: ValidationIssue[],
): Named<R> {
  const levels = grouping.levels.map((l) => l.id);
  const isIterable =
    groups != null &&
    typeof (groups as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  if (groups !== null && typeof groups === 'object' && !isIterable) {
    if (pilot !== undefined) {
      throw new TypeError(
        'pilot applies only when groups is a list of records, not a record of groups',
      );
    }
    const named = splitGroups<R>(groups, undefined, issues);
    for (const name of named.keys()) {
      if (!levels.includes(name)) {
        throw new RangeError(
          `groups must be keyed by levels of grouping '${grouping.id}' (${levels.map((l) => `'${l}'`).join(', ')}), got ${showValue(name)}`,
        );
      }
    }
    return named;
  }
  const records = readRecords<R>('groups', groups);
  const pilotOf = readKey<R>('pilot', pilot ?? 'pilotId');
  const named: Named<R> = new Map();
  let unassigned = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as R;
    const p = readRow(r, i, pilotOf, issues);
    if (p === UNREAD) {
      unassigned++;
      continue;
    }
    const site = typeof p === 'string' ? study.pilot(p) : undefined;
    // Own keys only: a grouping called `constructor` is not the object's constructor.
    const level =
      site === undefined || !Object.hasOwn(site.groups, grouping.id)
        ? undefined
        : site.groups[grouping.id];
    if (level === undefined) {
      unassigned++;
      issues.push(
        site === undefined
          ? {
              path: [i],
              code: 'unknown_pilot',
              message: `[${i}]: site ${showValue(p)} is not one of the study's sites; record left out and counted as missing`,
            }
          : {
              path: [i],
              code: 'missing_group',
              message: `[${i}]: site ${showValue(p)} has no level of grouping '${grouping.id}'; record left out and counted as missing`,
            },
      );
      continue;
    }
    const list = named.get(level);
    if (list) list.push(r);
    else named.set(level, [r]);
  }
  named.unassigned = unassigned;
  return named;
}

const UNREAD = Symbol('unread');

/**
 * Reads a record's group field; a record that is not an object, or whose field cannot be read (a
 * getter that throws, a revoked proxy), is an issue with its index (issue 13).
 */
function readRow<R>(
  record: R,
  i: number,
  read: (record: R) => unknown,
  issues: ValidationIssue[],
): unknown {
  const notRecord = notARecord(i, record);
  if (notRecord !== null) {
    issues.push(notRecord);
    return UNREAD;
  }
  try {
    return read(record);
  } catch (error) {
    issues.push(unreadableRecord(i, error));
    return UNREAD;
  }
}
