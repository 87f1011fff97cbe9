import type { AnyStudy, StudyWaveId } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { readRecords } from './_iterable.js';
import { isValidKey } from './_key.js';
import {
  describeKey,
  forEachWaveRecord,
  readWaveRecordsArgs,
  type IndexedIssue,
} from './_read-wave-records.js';
import { readWavePair } from './_study.js';

/**
 * One family seen at both waves: its key, its record at the earlier-named wave (`from`) and its
 * record at the other (`to`).
 *
 * @category Pairing
 */
export interface WavePair<A, B = A> {
  /** The key both records share (by default the family id). */
  readonly key: string | number;
  /** The record at the `from` wave. */
  readonly from: A;
  /** The record at the `to` wave. */
  readonly to: B;
}

/**
 * How many records each of the two waves had, how many were paired, and the share of the `from`
 * wave retained.
 *
 * @category Pairing
 */
export interface PairRetention {
  /** Records at the `from` wave (all of them, including any reported as issues). */
  readonly from: number;
  /** Records at the `to` wave. */
  readonly to: number;
  /** Families paired across the two waves. */
  readonly paired: number;
  /** `paired / from`; `null` when the `from` wave had no records. */
  readonly rate: number | null;
}

/**
 * The result of {@link pairWaves}. Every record at the `from` wave is in exactly one of `paired`,
 * `lost` or `issues`; every record at the `to` wave in exactly one of `paired`, `joined` or
 * `issues`. Records at other waves of the study are left alone; a record at a wave the study does
 * not have is an issue.
 *
 * @category Pairing
 */
export interface PairedWaves<W extends string, A, B = A> {
  /** The wave paired from. */
  readonly from: W;
  /** The wave paired to. */
  readonly to: W;
  /** Families seen at both waves, in the order of their `from` records. */
  readonly paired: WavePair<A, B>[];
  /** Records at `from` with no record at `to` (lost, when `to` is later), in input order. */
  readonly lost: A[];
  /** Records at `to` with no record at `from` (joined, when `to` is later), in input order. */
  readonly joined: B[];
  /** Counts and the retention rate. */
  readonly retention: PairRetention;
  /**
   * Records set aside, one issue each, with path `[index]` in the input: `unknown_wave` (a wave
   * the study does not have), `invalid_key` (no usable key), `duplicate_key` (the key occurs more
   * than once at the record's own wave) or `partner_duplicate` (the key occurs more than once at
   * the other wave, so the record's partner cannot be chosen). In input order.
   */
  readonly issues: ValidationIssue[];
}

/**
 * Options for {@link pairWaves} and {@link pairWavesAsync}.
 *
 * @category Pairing
 */
export interface PairWavesOptions<S extends AnyStudy, R> {
  /** The study whose waves the records belong to. */
  readonly study: S;
  /** The wave to pair from (the earlier one, for attrition). */
  readonly from: StudyWaveId<S>;
  /** The wave to pair to; any other wave of the study. */
  readonly to: StudyWaveId<S>;
  /**
   * What identifies a family at every wave: a property name or a function of the record
   * returning a string or a finite number. Default `'familyId'`. The string `'7'` and the number
   * `7` are different keys.
   */
  readonly key?: (keyof R & string) | ((record: R) => unknown);
  /** Each record's wave id: a property name or a function. Default `'wave'`. */
  readonly wave?: (keyof R & string) | ((record: R) => unknown);
}

// Per-record outcome codes; a non-negative value is the partner's position in the other wave.
const UNMATCHED = -1;
const DUPLICATE = -2;
const PARTNER_DUPLICATE = -3;
const INVALID_KEY = -4;

/**
 * Pairs the records of two waves of a study by family, in one pass over the records and a single
 * `Map`. The records of every wave come in one list (an interview file, say), each naming its
 * wave; records at other waves of the study are left alone. A key that occurs more than once
 * within one of the two waves cannot be paired safely (which record is the family?), so none of
 * its records at either wave is paired: each is set aside as an issue, and none is counted as lost
 * or joined. Records with no usable key (missing, empty, `NaN`, an object) or at a wave the study
 * does not have are set aside the same way. Inputs are not changed; records are not copied.
 *
 * `from` and `to` may be any two different waves; `lost` and `joined` are seen from `from` (for
 * attrition, `from` is the earlier wave).
 *
 * @param records - Records of any waves: an array or any iterable.
 * @param options - `study`, `from`, `to`, and optionally `key` (default `'familyId'`) and `wave`
 *   (default `'wave'`).
 * @returns The pairs, the unpaired records of each wave, retention counts and issues.
 * @throws TypeError if `records` is not iterable, `study` is not a study, or `key` or `wave` is
 *   neither a name nor a function; RangeError if `from` or `to` is not a wave of the study, or
 *   both are the same wave.
 * @category Pairing
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { pairWaves } from 'sos-eval/longitudinal';
 *
 * const study = defineStudy({
 *   id: 'demo', title: 'Demo', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'baseline', label: 'Baseline' }, { id: 'twelve-months', label: 'Twelve months' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const records = [
 *   { familyId: 'F1', wave: 'baseline', score: 3 },
 *   { familyId: 'F2', wave: 'baseline', score: 5 },
 *   { familyId: 'F3', wave: 'baseline', score: 4 },
 *   { familyId: 'F3', wave: 'twelve-months', score: 6 },
 *   { familyId: 'F1', wave: 'twelve-months', score: 4 },
 *   { familyId: 'F9', wave: 'twelve-months', score: 7 },
 * ];
 * const p = pairWaves(records, { study, from: 'baseline', to: 'twelve-months' });
 * p.paired.map((x) => [x.key, x.from.score, x.to.score]) //=> [['F1', 3, 4], ['F3', 4, 6]]
 * p.lost //=> [{ familyId: 'F2', wave: 'baseline', score: 5 }]
 * p.joined //=> [{ familyId: 'F9', wave: 'twelve-months', score: 7 }]
 * p.retention //=> { from: 3, to: 3, paired: 2, rate: 0.6667 }
 * const again = [...records, { familyId: 'F1', wave: 'twelve-months', score: 5 }];
 * const codes = pairWaves(again, { study, from: 'baseline', to: 'twelve-months' }).issues.map((i) => i.code);
 * codes //=> ['partner_duplicate', 'duplicate_key', 'duplicate_key']
 * ```
 */
export function pairWaves<S extends AnyStudy, R>(
  records: Iterable<R>,
  options: PairWavesOptions<S, R>,
): PairedWaves<StudyWaveId<S>, R> {
  const args = readWaveRecordsArgs<R, [string, string]>(
    records,
    options,
    'study, from and to',
    (study) => readWavePair(study, options.from, options.to),
  );
  const { all } = args;
  const [from, to] = args.waves;

  const issues: IndexedIssue[] = [];
  const at1: number[] = [];
  const at2: number[] = [];
  // Each record's key, read once.
  const keyAt: unknown[] = new Array<unknown>(all.length);
  forEachWaveRecord(
    args,
    (w) => w === from || w === to,
    issues,
    (i, w, k) => {
      keyAt[i] = k;
      if (w === from) at1.push(i);
      else at2.push(i);
    },
  );

  const n1 = at1.length;
  const n2 = at2.length;
  const keys1: unknown[] = new Array<unknown>(n1);
  const keys2: unknown[] = new Array<unknown>(n2);
  const match1 = new Int32Array(n1).fill(UNMATCHED);
  const match2 = new Int32Array(n2).fill(UNMATCHED);
  // key → `from` position (≥ 0), or −1 once the key is duplicated at `from`, or −2 − j for a key
  // first seen at `to` position j, or −Infinity once duplicated at `to` with no `from` record.
  const index = new Map<unknown, number>();
  const duplicated1 = new Set<unknown>();
  const seenWithDuplicated1 = new Map<unknown, number>();

  for (let i = 0; i < n1; i++) {
    const k = keyAt[at1[i] as number];
    keys1[i] = k;
    if (!isValidKey(k)) {
      match1[i] = INVALID_KEY;
      continue;
    }
    const size = index.size;
    index.set(k, i);
    if (index.size === size) {
      // Rare path: the earlier position was overwritten, so duplicates are marked by key afterwards.
      duplicated1.add(k);
      index.set(k, -1);
    }
  }
  if (duplicated1.size > 0) {
    for (let i = 0; i < n1; i++) if (duplicated1.has(keys1[i])) match1[i] = DUPLICATE;
  }

  for (let j = 0; j < n2; j++) {
    const k = keyAt[at2[j] as number];
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

  const paired: WavePair<R, R>[] = [];
  const lost: R[] = [];
  const joined: R[] = [];
  for (let i = 0; i < n1; i++) {
    const m = match1[i] as number;
    const at = at1[i] as number;
    if (m >= 0)
      paired.push({
        key: keys1[i] as string | number,
        from: all[at] as R,
        to: all[at2[m] as number] as R,
      });
    else if (m === UNMATCHED) lost.push(all[at] as R);
    else issues.push({ at, issue: keyIssue(at, m, keys1[i], from, to) });
  }
  for (let j = 0; j < n2; j++) {
    const m = match2[j] as number;
    const at = at2[j] as number;
    if (m === UNMATCHED) joined.push(all[at] as R);
    else if (m < 0) issues.push({ at, issue: keyIssue(at, m, keys2[j], to, from) });
  }
  issues.sort((a, b) => a.at - b.at);
  return {
    from: from as StudyWaveId<S>,
    to: to as StudyWaveId<S>,
    paired,
    lost,
    joined,
    retention: {
      from: n1,
      to: n2,
      paired: paired.length,
      rate: n1 === 0 ? null : paired.length / n1,
    },
    issues: issues.map((x) => x.issue),
  };
}

function keyIssue(
  i: number,
  outcome: number,
  key: unknown,
  wave: string,
  other: string,
): ValidationIssue {
  const where = `[${i}]`;
  if (outcome === INVALID_KEY) {
    return {
      path: [i],
      code: 'invalid_key',
      message: `${where}: key ${describeKey(key)} is not a non-empty string or finite number; record not paired`,
    };
  }
  if (outcome === DUPLICATE) {
    return {
      path: [i],
      code: 'duplicate_key',
      message: `${where}: key ${describeKey(key)} occurs more than once at wave '${wave}'; none of its records is paired`,
    };
  }
  return {
    path: [i],
    code: 'partner_duplicate',
    message: `${where}: key ${describeKey(key)} occurs more than once at wave '${other}'; record not paired`,
  };
}

/**
 * {@link pairWaves} for records that arrive as an async iterable (a database cursor, an async
 * generator, a Node stream in object mode) or a plain iterable. A join returns its records, so
 * memory is proportional to the records, not to a number of groups: the records are read into an
 * array and paired exactly as `pairWaves` pairs them. To aggregate more families than fit in
 * memory, join by key in an engine such as DuckDB and pass the paired rows on.
 *
 * @param records - Records of any waves: an async iterable or any iterable.
 * @param options - As for {@link pairWaves}.
 * @returns A promise of the same {@link PairedWaves} as `pairWaves`.
 * @throws TypeError or RangeError (as a rejected promise) as `pairWaves` throws them.
 * @category Pairing
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { pairWavesAsync } from 'sos-eval/longitudinal';
 *
 * const study = defineStudy({
 *   id: 'demo', title: 'Demo', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'baseline', label: 'Baseline' }, { id: 'twelve-months', label: 'Twelve months' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * async function* interviews() {
 *   yield { familyId: 'F1', wave: 'baseline' };
 *   yield { familyId: 'F2', wave: 'baseline' };
 *   yield { familyId: 'F2', wave: 'twelve-months' };
 *   yield { familyId: 'F3', wave: 'twelve-months' };
 * }
 * const p = await pairWavesAsync(interviews(), { study, from: 'baseline', to: 'twelve-months' });
 * p.retention //=> { from: 2, to: 2, paired: 1, rate: 0.5 }
 * ```
 */
export async function pairWavesAsync<S extends AnyStudy, R>(
  records: AsyncIterable<R> | Iterable<R>,
  options: PairWavesOptions<S, R>,
): Promise<PairedWaves<StudyWaveId<S>, R>> {
  return pairWaves(await collect('records', records), options);
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
