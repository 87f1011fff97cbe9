import type { ValidationIssue } from '../models/validation-issue.js';
import { readRecords } from './_iterable.js';
import { isValidKey, readKey } from './_key.js';

/**
 * One family seen at both waves: its key, its Time 1 record and its Time 2 record.
 *
 * @category Pairing
 */
export interface WavePair<A, B = A> {
  /** The key both records share (by default the family id). */
  readonly key: string | number;
  /** The Time 1 record. */
  readonly t1: A;
  /** The Time 2 record. */
  readonly t2: B;
}

/**
 * How many records each wave had, how many were paired, and the share of Time 1 retained.
 *
 * @category Pairing
 */
export interface Retention {
  /** Records given for Time 1 (all of them, including any reported as issues). */
  readonly t1: number;
  /** Records given for Time 2. */
  readonly t2: number;
  /** Families paired across the waves. */
  readonly paired: number;
  /** `paired / t1`; `null` when there were no Time 1 records. */
  readonly rate: number | null;
}

/**
 * The result of {@link pairWaves}. Every Time 1 record is in exactly one of `paired`,
 * `lostAfterT1` or an issue with path `['t1', index]`; every Time 2 record in exactly one of
 * `paired`, `newAtT2` or an issue with path `['t2', index]`.
 *
 * @category Pairing
 */
export interface PairedWaves<A, B = A> {
  /** Families seen at both waves, in Time 1 order. */
  readonly paired: WavePair<A, B>[];
  /** Time 1 records with no Time 2 record (attrition), in input order. */
  readonly lostAfterT1: A[];
  /** Time 2 records with no Time 1 record, in input order. */
  readonly newAtT2: B[];
  /** Counts and the retention rate. */
  readonly retention: Retention;
  /**
   * Records set aside, one issue each: `invalid_key` (no usable key), `duplicate_key` (the key
   * occurs more than once in the record's own wave) or `partner_duplicate` (the key occurs more
   * than once in the other wave, so the record's partner cannot be chosen).
   */
  readonly issues: ValidationIssue[];
}

/**
 * Options for {@link pairWaves}.
 *
 * @category Pairing
 */
export interface PairWavesOptions<A, B = A> {
  /**
   * What identifies a family in both waves: a property name or a function of the record returning
   * a string or a finite number. Default `'familyId'`. The string `'7'` and the number `7` are
   * different keys.
   */
  readonly key?: (keyof (A | B) & string) | ((record: A | B) => unknown);
}

// Per-record outcome codes; a non-negative value is the partner's index in the other wave.
const UNMATCHED = -1;
const DUPLICATE = -2;
const PARTNER_DUPLICATE = -3;
const INVALID_KEY = -4;

const describe = (k: unknown): string => (typeof k === 'string' ? JSON.stringify(k) : String(k));

/**
 * Pairs Time 1 and Time 2 records of the same families by key, in one pass over each wave with a
 * single `Map`. A key that occurs more than once within a wave cannot be paired safely (which
 * record is the family?), so none of its records in either wave is paired: each is set aside as
 * an issue, and none is counted as lost or new. Records with no usable key (missing, empty,
 * `NaN`, an object) are set aside the same way. Inputs are not changed; records are not copied.
 *
 * @param t1 - Time 1 records: an array or any iterable.
 * @param t2 - Time 2 records: an array or any iterable.
 * @param options - `key`: property name or function; default `'familyId'`.
 * @returns The pairs, the unpaired records of each wave, retention counts and issues.
 * @throws TypeError if `t1` or `t2` is not iterable, or `key` is neither a name nor a function.
 * @category Pairing
 * @example
 * ```ts
 * import { pairWaves } from 'sos-eval/longitudinal';
 *
 * const t1 = [{ familyId: 'F1', score: 3 }, { familyId: 'F2', score: 5 }, { familyId: 'F3', score: 4 }];
 * const t2 = [{ familyId: 'F3', score: 6 }, { familyId: 'F1', score: 4 }, { familyId: 'F9', score: 7 }];
 * const p = pairWaves(t1, t2);
 * p.paired.map((x) => [x.key, x.t1.score, x.t2.score]) //=> [['F1', 3, 4], ['F3', 4, 6]]
 * p.lostAfterT1 //=> [{ familyId: 'F2', score: 5 }]
 * p.newAtT2 //=> [{ familyId: 'F9', score: 7 }]
 * p.retention //=> { t1: 3, t2: 3, paired: 2, rate: 0.6667 }
 * pairWaves(t1, [...t2, { familyId: 'F1', score: 5 }]).issues.map((i) => i.code) //=> ['partner_duplicate', 'duplicate_key', 'duplicate_key']
 * ```
 */
export function pairWaves<A, B = A>(
  t1: Iterable<A>,
  t2: Iterable<B>,
  options: PairWavesOptions<A, B> = {},
): PairedWaves<A, B> {
  const first = readRecords<A>('t1', t1);
  const second = readRecords<B>('t2', t2);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`options must be an object, got ${String(options)}`);
  }
  const keyOf = readKey<A | B>('key', options.key ?? 'familyId');
  const n1 = first.length;
  const n2 = second.length;
  const keys1: unknown[] = new Array<unknown>(n1);
  const keys2: unknown[] = new Array<unknown>(n2);
  const match1 = new Int32Array(n1).fill(UNMATCHED);
  const match2 = new Int32Array(n2).fill(UNMATCHED);
  // key → Time 1 index (≥ 0), or −1 once the key is duplicated at Time 1, or −2 − j for a key
  // first seen at Time 2 index j, or −Infinity once duplicated at Time 2 with no Time 1 record.
  const index = new Map<unknown, number>();
  const duplicated1 = new Set<unknown>();
  const seenWithDuplicated1 = new Map<unknown, number>();

  for (let i = 0; i < n1; i++) {
    const k = keyOf(first[i] as A);
    keys1[i] = k;
    if (!isValidKey(k)) {
      match1[i] = INVALID_KEY;
      continue;
    }
    const size = index.size;
    index.set(k, i);
    if (index.size === size) {
      // Rare path: the earlier index was overwritten, so duplicates are marked by key afterwards.
      duplicated1.add(k);
      index.set(k, -1);
    }
  }
  if (duplicated1.size > 0) {
    for (let i = 0; i < n1; i++) if (duplicated1.has(keys1[i])) match1[i] = DUPLICATE;
  }

  for (let j = 0; j < n2; j++) {
    const k = keyOf(second[j] as B);
    keys2[j] = k;
    if (!isValidKey(k)) {
      match2[j] = INVALID_KEY;
      continue;
    }
    const v = index.get(k);
    if (v === undefined) {
      index.set(k, -2 - j);
    } else if (v >= 0) {
      const partner = match1[v] as number;
      if (partner === UNMATCHED) {
        match1[v] = j;
        match2[j] = v;
      } else {
        if (partner >= 0) match2[partner] = DUPLICATE;
        match1[v] = PARTNER_DUPLICATE;
        match2[j] = DUPLICATE;
      }
    } else if (v === -1) {
      const earlier = seenWithDuplicated1.get(k);
      if (earlier === undefined) {
        seenWithDuplicated1.set(k, j);
        match2[j] = PARTNER_DUPLICATE;
      } else {
        match2[earlier] = DUPLICATE;
        match2[j] = DUPLICATE;
      }
    } else {
      if (v !== -Infinity) match2[-2 - v] = DUPLICATE;
      index.set(k, -Infinity);
      match2[j] = DUPLICATE;
    }
  }

  const paired: WavePair<A, B>[] = [];
  const lostAfterT1: A[] = [];
  const newAtT2: B[] = [];
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < n1; i++) {
    const m = match1[i] as number;
    if (m >= 0)
      paired.push({ key: keys1[i] as string | number, t1: first[i] as A, t2: second[m] as B });
    else if (m === UNMATCHED) lostAfterT1.push(first[i] as A);
    else issues.push(keyIssue('t1', i, m, keys1[i]));
  }
  for (let j = 0; j < n2; j++) {
    const m = match2[j] as number;
    if (m === UNMATCHED) newAtT2.push(second[j] as B);
    else if (m < 0) issues.push(keyIssue('t2', j, m, keys2[j]));
  }
  return {
    paired,
    lostAfterT1,
    newAtT2,
    retention: {
      t1: n1,
      t2: n2,
      paired: paired.length,
      rate: n1 === 0 ? null : paired.length / n1,
    },
    issues,
  };
}

function keyIssue(wave: 't1' | 't2', i: number, outcome: number, key: unknown): ValidationIssue {
  const other = wave === 't1' ? 't2' : 't1';
  const where = `${wave}[${i}]`;
  if (outcome === INVALID_KEY) {
    return {
      path: [wave, i],
      code: 'invalid_key',
      message: `${where}: key ${describe(key)} is not a non-empty string or finite number; record not paired`,
    };
  }
  if (outcome === DUPLICATE) {
    return {
      path: [wave, i],
      code: 'duplicate_key',
      message: `${where}: key ${describe(key)} occurs more than once in ${wave}; none of its records is paired`,
    };
  }
  return {
    path: [wave, i],
    code: 'partner_duplicate',
    message: `${where}: key ${describe(key)} occurs more than once in ${other}; record not paired`,
  };
}

/**
 * {@link pairWaves} for waves that arrive as async iterables (a database cursor, an async
 * generator, a Node stream in object mode) or plain iterables. A join returns its records, so
 * memory is proportional to the records, not to a number of groups: the two waves are read into
 * arrays (concurrently) and paired exactly as `pairWaves` pairs them. To aggregate more families
 * than fit in memory, join by key in an engine such as DuckDB and pass the paired rows here.
 *
 * @param t1 - Time 1 records: an async iterable or any iterable.
 * @param t2 - Time 2 records: an async iterable or any iterable.
 * @param options - `key`: property name or function; default `'familyId'`.
 * @returns A promise of the same {@link PairedWaves} as `pairWaves`.
 * @throws TypeError (as a rejected promise) if a wave is not iterable, or `key` is neither a
 *   name nor a function.
 * @category Pairing
 * @example
 * ```ts
 * import { pairWavesAsync } from 'sos-eval/longitudinal';
 *
 * async function* wave(ids: string[]) {
 *   for (const familyId of ids) yield { familyId };
 * }
 * const p = await pairWavesAsync(wave(['F1', 'F2']), wave(['F2', 'F3']));
 * p.retention //=> { t1: 2, t2: 2, paired: 1, rate: 0.5 }
 * ```
 */
export async function pairWavesAsync<A, B = A>(
  t1: AsyncIterable<A> | Iterable<A>,
  t2: AsyncIterable<B> | Iterable<B>,
  options: PairWavesOptions<A, B> = {},
): Promise<PairedWaves<A, B>> {
  const [first, second] = await Promise.all([collect('t1', t1), collect('t2', t2)]);
  return pairWaves(first, second, options);
}

async function collect<R>(
  name: string,
  value: AsyncIterable<R> | Iterable<R>,
): Promise<Iterable<R>> {
  if (
    value != null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  ) {
    const out: R[] = [];
    for await (const record of value as AsyncIterable<R>) out.push(record);
    return out;
  }
  return readRecords<R>(name, value);
}
