import { showValue } from '../_lib/args.js';
import type { AnyStudy } from '../models/study/study.js';

import type { DiaryGroupBy as GroupBy } from './diary-group-by.js';

/** @internal A resolved grouping: the key of a row and the order keys are listed in. */
export interface Grouper {
  key(row: { workerId: string; pilotId: string; wave?: string }): string | null;
  order(keys: Iterable<string>): string[];
}

/** @internal Resolves `options.by` against a study; undefined groups everything as `'all'`. */
export function grouper(study: AnyStudy, by: GroupBy | undefined, name = 'options.by'): Grouper {
  const firstSeen = (keys: Iterable<string>) => [...new Set(keys)];
  const ordered = (levels: readonly string[]) => (keys: Iterable<string>) => {
    const present = new Set(keys);
    return [
      ...levels.filter((l) => present.has(l)),
      ...[...present].filter((k) => !levels.includes(k)),
    ];
  };
  if (by === undefined) return { key: () => 'all', order: firstSeen };
  if (typeof by === 'function') {
    return {
      key: (row) => {
        const k = by(row);
        return k === null || k === undefined ? null : String(k);
      },
      order: firstSeen,
    };
  }
  if (by === 'pilot') return { key: (row) => row.pilotId, order: ordered(study.ids.pilots) };
  if (by === 'wave') return { key: (row) => row.wave ?? null, order: ordered(study.ids.waves) };
  const grouping = typeof by === 'string' ? study.grouping(by) : undefined;
  if (grouping === undefined) {
    throw new RangeError(
      `${name} must be 'pilot', 'wave', a grouping of study ${JSON.stringify(study.id)} (${study.ids.groupings.join(', ') || 'none'}) or a function, got ${showValue(by)}`,
    );
  }
  return {
    key: (row) => study.groupOf(row.pilotId, grouping.id),
    order: ordered(grouping.levels.map((l) => l.id)),
  };
}
