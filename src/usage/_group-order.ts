import { showValue } from '../_lib/args.js';
import { EmploymentSchema } from '../models/worker.js';
import type { UsageCatalogue } from './_catalogue.js';

/**
 * @internal How a tally's groups were made, as its `by` records it: one `'overall'` group, a
 * response field, a grouping of the study's sites, or names from a function or from counts made
 * elsewhere (`'custom'`, or `null` when not stated).
 */
export type ByKind = 'overall' | 'pilot' | 'wave' | 'employment' | 'grouping' | 'custom';

const FIELDS = ['pilot', 'wave', 'employment'] as const;

/** @internal The kind of a tally's `by`. Built-in names win over a grouping of the same id. */
export function kindOf(by: string | null, cat: UsageCatalogue): ByKind {
  if (by === null) return 'custom';
  if ((FIELDS as readonly string[]).includes(by)) return by as ByKind;
  if (cat.study.grouping(by) !== undefined) return 'grouping';
  return by === 'overall' ? 'overall' : 'custom';
}

/**
 * @internal Checks a `by` option naming a field or grouping. `extra` are further names accepted
 * (`'overall'` and `'custom'` for counts made elsewhere).
 */
export function assertByName(
  name: string,
  by: unknown,
  cat: UsageCatalogue,
  extra: readonly string[] = [],
): asserts by is string {
  const groupings = cat.study.ids.groupings;
  if (
    typeof by === 'string' &&
    ((FIELDS as readonly string[]).includes(by) || extra.includes(by) || groupings.includes(by))
  )
    return;
  const ofStudy = groupings.length
    ? `one of ${cat.name}'s groupings (${groupings.map((g) => `'${g}'`).join(', ')})`
    : `a grouping of ${cat.name} (it defines none)`;
  const choices = [...FIELDS, ...extra].map((f) => `'${f}'`);
  choices.push(ofStudy);
  if (extra.length === 0) choices.push('a function');
  throw new RangeError(
    `${name} must be ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}, got ${showValue(by)}`,
  );
}

/**
 * @internal The groups a `by` knows, in the order tables list them: sites and waves in the study's
 * order, a grouping's levels in its order, employment as `EmploymentSchema` lists it. Other
 * names (from a function, or counts made elsewhere) have no order of their own.
 */
export function knownGroups(by: string | null, cat: UsageCatalogue): readonly string[] {
  switch (kindOf(by, cat)) {
    case 'pilot':
      return cat.study.ids.pilots;
    case 'wave':
      return cat.study.ids.waves;
    case 'employment':
      return EmploymentSchema.options;
    case 'grouping':
      return cat.study.grouping(by!)!.levels.map((l) => l.id);
    default:
      return [];
  }
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * @internal Group names in table order: the known groups of `by` in their order, then any others
 * in code-unit order. The order depends only on the set of names, so tallies of the same answers
 * list their groups alike however the answers were chunked.
 */
export function orderGroups(
  names: Iterable<string>,
  by: string | null,
  cat: UsageCatalogue,
): string[] {
  const rank = new Map(knownGroups(by, cat).map((g, i) => [g, i]));
  return [...names].sort((a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return byCodeUnits(a, b);
  });
}
