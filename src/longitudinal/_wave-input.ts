// What compareWaves and attrition accept as pairs: a list of { key, from, to }, a pairWaves
// result, or (compareWaves) a wave panel, read into one list of pairs with the path of each value.
import { showValue } from '../_lib/args.js';
import type { PairedWaves, WavePair } from './pair-waves.js';
import type { WavePanel } from './wave-panel.js';

export interface PairsInput<R> {
  readonly pairs: readonly WavePair<R>[];
  /** Where the `side` value of pair `i` is in the input, for issues. */
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
    const pairs = Array.isArray(value)
      ? (value as WavePair<R>[])
      : [...(value as Iterable<WavePair<R>>)];
    pairs.forEach((p, i) => checkPair(`${name}[${i}]`, p));
    return { pairs, path: (i, side) => [i, side] };
  }
  if (value !== null && typeof value === 'object') {
    const v = value as Partial<PairedWaves<string, R>> & Partial<WavePanel<string, R>>;
    if (Array.isArray(v.paired)) {
      v.paired.forEach((p, i) => checkPair(`${name}.paired[${i}]`, p));
      return { pairs: v.paired, path: (i, side) => ['paired', i, side], from: v.from, to: v.to };
    }
    if (panels && Array.isArray(v.rows) && Array.isArray(v.waves)) {
      return { pairs: [], path: () => [], panel: v as WavePanel<string, R> };
    }
  }
  throw new TypeError(
    `${name} must be a list of pairs { key, from, to }, a pairWaves result${panels ? ' or a wavePanel' : ''}, got ${showValue(value)}`,
  );
}

function checkPair(where: string, pair: unknown): void {
  if (pair === null || typeof pair !== 'object' || !('from' in pair) || !('to' in pair)) {
    throw new TypeError(`${where} must be a pair { key, from, to }, got ${showValue(pair)}`);
  }
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
    path: (i, side) => ['rows', rowOf[i] as number, 'waves', side === 'from' ? from : to],
  };
}
