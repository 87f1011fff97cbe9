import { assertCount, showValue } from '../_lib/args.js';
import type { ToolId } from '../models/tool.js';
import { assertIterable, isToolId } from './_usage-args.js';
import { TallyBuilder } from './_tally-builder.js';
import type { UsageTally } from './usage-tally.js';

/**
 * One row of counts aggregated elsewhere (an SQL `GROUP BY`, a worker thread, a published table)
 * for {@link usageTallyFromCounts}. The rows of {@link tallyRows} have this shape.
 *
 * @category Usage
 */
export interface UsageCountRow {
  /** The group's name. */
  readonly group: string;
  /** The tool. */
  readonly tool: ToolId;
  /** Workers using the tool with all families. */
  readonly all: number;
  /** Workers using it with some families. */
  readonly some: number;
  /** Workers not using it. */
  readonly none: number;
  /** Workers with no answer (default 0). */
  readonly missing?: number;
  /** Optional check: when given it must equal all + some + none. */
  readonly n?: number;
}

/**
 * Builds a {@link UsageTally} from counts aggregated elsewhere, so they merge with
 * {@link UsageTallyMonoid} like any other tally. Rows for the same group and tool are added
 * together. Counts are the caller's arithmetic, not survey data, so a broken count throws.
 *
 * @param rows - {@link UsageCountRow}s, in any order (an array or any iterable).
 * @throws TypeError if `rows` is not iterable or a group is not a string; RangeError naming the
 *   row and field for a count that is negative or fractional, an unknown tool, or an `n` that is
 *   not all + some + none.
 * @category Usage
 * @example
 * ```ts
 * import { tallyRows, usageTallyFromCounts } from 'sos-eval/usage';
 *
 * const tally = usageTallyFromCounts([
 *   { group: 'T2', tool: 'mapping', all: 40, some: 60, none: 4 },
 *   { group: 'T2', tool: 'mapping', all: 23, some: 36, none: 2, missing: 1 },
 * ]);
 * tallyRows(tally) //=> [{ group: 'T2', tool: 'mapping', all: 63, some: 96, none: 6, missing: 1, n: 165 }]
 * ```
 */
export function usageTallyFromCounts(rows: Iterable<UsageCountRow>): UsageTally {
  assertIterable('rows', rows);
  const builder = new TallyBuilder();
  let i = 0;
  for (const row of rows) {
    const at = `rows[${i++}]`;
    if (row === null || typeof row !== 'object') {
      throw new TypeError(`${at} must be an object of counts, got ${showValue(row)}`);
    }
    if (typeof row.group !== 'string') {
      throw new TypeError(`${at}.group must be a string, got ${showValue(row.group)}`);
    }
    if (!isToolId(row.tool)) {
      throw new RangeError(`${at}.tool must be a known tool id, got ${showValue(row.tool)}`);
    }
    const missing = row.missing ?? 0;
    assertCount(`${at}.all`, row.all);
    assertCount(`${at}.some`, row.some);
    assertCount(`${at}.none`, row.none);
    assertCount(`${at}.missing`, missing);
    const answered = row.all + row.some + row.none;
    if (row.n !== undefined && row.n !== answered) {
      throw new RangeError(
        `${at}.n must equal all + some + none (${answered}), got ${showValue(row.n)}`,
      );
    }
    builder.add(row.group, row.tool, { all: row.all, some: row.some, none: row.none, missing });
  }
  return builder.build();
}
