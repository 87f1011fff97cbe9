import { TOOL_IDS, type ToolId } from '../models/tool.js';
import { assertTally } from './_usage-args.js';
import type { UsageTally } from './usage-tally.js';

/**
 * One tidy row of a usage tally: a group × tool with its counts, and `n` = all + some + none
 * (the workers who answered; `missing` is outside it).
 *
 * @category Usage
 */
export interface UsageTallyRow {
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
  /** Workers with no answer. */
  readonly missing: number;
  /** Workers who answered: all + some + none. */
  readonly n: number;
}

/** @internal Each group × tool cell of a tally, groups in tally order, tools in TOOL_IDS order. */
export function tallyCells(tally: UsageTally): UsageTallyRow[] {
  return Object.entries(tally.groups).flatMap(([group, tools]) =>
    TOOL_IDS.flatMap((tool) => {
      const c = tools[tool];
      return c
        ? [
            {
              group,
              tool,
              all: c.all,
              some: c.some,
              none: c.none,
              missing: c.missing,
              n: c.all + c.some + c.none,
            },
          ]
        : [];
    }),
  );
}

/**
 * A tally as tidy rows, one per group × tool, ready for a notebook table.
 *
 * @category Usage
 * @example
 * ```ts
 * import { tallyRows, tallyUsage } from 'sos-eval/usage';
 *
 * const base = { pilotId: 'norfolk', wave: 'T2', employment: 'permanent', trainingDays: 5, sosSupervision: true, confidence: 6 } as const;
 * const tally = tallyUsage([
 *   { ...base, workerId: 'SW-1', usage: { 'three-houses': 'some' } },
 *   { ...base, workerId: 'SW-2', usage: {} },
 * ], { tools: ['three-houses'] });
 * tallyRows(tally) //=> [{ group: 'overall', tool: 'three-houses', all: 0, some: 1, none: 0, missing: 1, n: 1 }]
 * ```
 */
export function tallyRows(tally: UsageTally): UsageTallyRow[] {
  assertTally('tally', tally);
  return tallyCells(tally).map((row) => Object.freeze(row));
}
