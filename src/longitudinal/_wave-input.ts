// What compareWaves and attrition accept as pairs: a list of { key, from, to }, a pairWaves
// result, or (compareWaves) a wave panel, read into one list of pairs with the path of each value.
// A hand-made list is data: an entry that is not a pair (null, a primitive, a hole, an object
// without from and to) is an issue at its index and left out, never a throw (issue 13).
import { showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { PairedWaves, WavePair } from './pair-waves.js';
import type { WavePanel } from './wave-panel.js';

export interface PairsInput<R> {
  readonly pairs: readonly WavePair<R>[];
  /** Entries of the input that were not pairs, left out of `pairs`. */
  readonly issues: readonly ValidationIssue[];
  /** Where the `side` value of pair `i` (of `pairs`) is in the input, for issues. */
  readonly path: (i: number, side: 'from' | 'to') => (string | number)[];
  /** The waves the input says it pairs, when it says so (a pairWaves result). */
  readonly from?: unknown;
  readonly to?: unknown;
  /** The input was a panel: pairs are built once the waves are known. */
  readonly panel?: WavePanel<string, R>;
}

const isIterable = (value: unknown): boolean =>
  value != null &&
  typeof value !== 'string' &&
  typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';

export function readPairsInput<R>(name: string, value: unknown, panels: boolean): PairsInput<R> {
  if (isIterable(value)) {
    const entries: unknown[] = [];
    // for…of over an array reads holes as undefined, so a sparse list's holes are reported too.
    for (const entry of value as Iterable<unknown>) entries.push(entry);
    return { ...keepPairs<R>(entries, []), from: undefined, to: undefined };
  }
  if (value !== null && typeof value === 'object') {
    const v = value as Partial<PairedWaves<string, R>> & Partial<WavePanel<string, R>>;
    if (Array.isArray(v.paired)) {
      return { ...keepPairs<R>(v.paired as unknown[], ['paired']), from: v.from, to: v.to };
    }
    if (panels && Array.isArray(v.rows) && Array.isArray(v.waves)) {
      return { pairs: [], issues: [], path: () => [], panel: v as WavePanel<string, R> };
    }
  }
  throw new TypeError(
    `${name} must be a list of pairs { key, from, to }, a pairWaves result${panels ? ' or a wavePanel' : ''}, got ${showValue(value)}`,
  );
}

function keepPairs<R>(
  entries: readonly unknown[],
  prefix: readonly string[],
): Pick<PairsInput<R>, 'pairs' | 'issues' | 'path'> {
  const pairs: WavePair<R>[] = [];
  const index: number[] = [];
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < entries.length; i++) {
    const pair = entries[i];
    if (pair !== null && typeof pair === 'object' && 'from' in pair && 'to' in pair) {
      pairs.push(pair as WavePair<R>);
      index.push(i);
    } else {
      const at = [...prefix, i];
      issues.push({
        path: at,
        code: 'invalid_type',
        message: `${at.map((p) => `[${p}]`).join('')}: expected a pair { key, from, to }, got ${showValue(pair)}; it is left out`,
      });
    }
  }
  return { pairs, issues, path: (i, side) => [...prefix, index[i] as number, side] };
}

/** The pairs of a panel at two waves: families with a record at both, in row order. */
export function panelPairs<R>(
  panel: WavePanel<string, R>,
  from: string,
  to: string,
): PairsInput<R> {
  const pairs: WavePair<R>[] = [];
  const rowOf: number[] = [];
  panel.rows.forEach((row, r) => {
    const waves = row.waves as Partial<Record<string, R>>;
    if (waves[from] !== undefined && waves[to] !== undefined) {
      pairs.push({ key: row.key, from: waves[from] as R, to: waves[to] as R });
      rowOf.push(r);
    }
  });
  return {
    pairs,
    issues: [],
    path: (i, side) => ['rows', rowOf[i] as number, 'waves', side === 'from' ? from : to],
  };
}
