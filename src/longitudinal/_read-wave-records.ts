// pairWaves and wavePanel read their arguments and their records the same way: the same argument
// errors, and the same issues (in the same order of checks) for a record that is not an object,
// cannot be read, or names a wave the study does not have. One reader keeps the two in step.
import { notARecord, unreadableRecord } from '../models/record-guard.js';
import { showValue } from '../_lib/args.js';
import type { AnyStudy } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { readRecords } from './_iterable.js';
import { readKey } from './_key.js';
import { readStudy, unknownWave } from './_study.js';

/** An issue and the index of its record, so issues can be sorted into input order at the end. */
export interface IndexedIssue {
  readonly at: number;
  readonly issue: ValidationIssue;
}

/** A key as an issue message shows it: strings quoted, anything else as `String` writes it. */
export const describeKey = (k: unknown): string =>
  typeof k === 'string' ? JSON.stringify(k) : String(k);

/** The arguments both functions share, read and checked. */
export interface WaveRecordsArgs<R, W> {
  readonly all: readonly R[];
  readonly study: AnyStudy;
  /** What `readWaves` made of the study (the waves to read). */
  readonly waves: W;
  readonly keyOf: (record: R) => unknown;
  readonly waveOf: (record: R) => unknown;
}

/**
 * Reads `records`, `options.study`, the waves (`readWaves`, called between the study and the key
 * so argument errors come in the order they always have), `options.key` (default `'familyId'`)
 * and `options.wave` (default `'wave'`); `wants` completes the message when `options` is not an
 * object.
 */
export function readWaveRecordsArgs<R, W>(
  records: unknown,
  options: unknown,
  wants: string,
  readWaves: (study: AnyStudy) => W,
): WaveRecordsArgs<R, W> {
  const all = readRecords<R>('records', records);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`options must be an object with ${wants}, got ${showValue(options)}`);
  }
  const o = options as { study?: unknown; key?: unknown; wave?: unknown };
  const study = readStudy(o.study);
  const waves = readWaves(study);
  const keyOf = readKey<R>('key', o.key ?? 'familyId');
  const waveOf = readKey<R>('wave', o.wave ?? 'wave');
  return { all, study, waves, keyOf, waveOf };
}

/**
 * Reads each record's wave, and its key only when `wanted(wave)`, once each, and passes them to
 * `visit` in input order. A record that is not an object, whose wave or key cannot be read (a
 * getter that throws, a revoked proxy), or whose wave the study does not have is pushed to
 * `issues` with its index instead (issue 13); a record at a wave of the study that is not wanted
 * is left alone.
 */
export function forEachWaveRecord<R>(
  args: WaveRecordsArgs<R, unknown>,
  wanted: (wave: unknown) => boolean,
  issues: IndexedIssue[],
  visit: (i: number, wave: unknown, key: unknown) => void,
): void {
  const { all, study, keyOf, waveOf } = args;
  const known = new Set<unknown>(study.ids.waves);
  for (let i = 0; i < all.length; i++) {
    const record = all[i] as R;
    const notRecord = notARecord(i, record);
    if (notRecord !== null) {
      issues.push({ at: i, issue: notRecord });
      continue;
    }
    let w: unknown;
    let k: unknown;
    let want: boolean;
    try {
      w = waveOf(record);
      want = wanted(w);
      if (want) k = keyOf(record);
    } catch (error) {
      issues.push({ at: i, issue: unreadableRecord(i, error) });
      continue;
    }
    if (want) visit(i, w, k);
    else if (!known.has(w)) issues.push({ at: i, issue: unknownWave(study, i, w) });
  }
}
