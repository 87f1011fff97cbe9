import type { AnyStudy, StudyWaveId } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { isValidKey } from './_key.js';
import {
  describeKey,
  forEachWaveRecord,
  readWaveRecordsArgs,
  type IndexedIssue,
} from './_read-wave-records.js';

/**
 * One family of a {@link WavePanel}: its key and its record at each wave it has.
 *
 * @category Pairing
 */
export interface PanelRow<W extends string, R> {
  /** The family's key (by default its id). */
  readonly key: string | number;
  /** The family's record at each wave it was seen at, by wave id. */
  readonly waves: Readonly<Partial<Record<W, R>>>;
}

/**
 * Retention at one wave of a {@link WavePanel}.
 *
 * @category Pairing
 */
export interface WaveRetention<W extends string> {
  /** The wave's id. */
  readonly wave: W;
  /** The wave's label from the study. */
  readonly label: string;
  /** Families with a record at this wave. */
  readonly n: number;
  /** Families with a record at this wave and at the study's first wave. */
  readonly fromFirst: number;
  /** Families with a record at this wave and at the wave before it; `null` at the first wave. */
  readonly fromPrevious: number | null;
  /** `fromFirst` over the first wave's `n`: the share of the first wave retained; `null` when the first wave has no families. */
  readonly rate: number | null;
}

/**
 * The result of {@link wavePanel}: one row per family with the waves it has, and retention wave
 * by wave. Every record is in exactly one row's `waves` or in exactly one issue.
 *
 * @category Pairing
 */
export interface WavePanel<W extends string, R> {
  /** The study's waves, in time order. */
  readonly waves: readonly W[];
  /** One row per family, in the order families were first seen. */
  readonly rows: PanelRow<W, R>[];
  /** Retention at each wave, in time order. */
  readonly retention: WaveRetention<W>[];
  /**
   * Records set aside, one issue each, with path `[index]` in the input and in input order:
   * `unknown_wave` (a wave the study does not have), `invalid_key` (no usable key) or
   * `duplicate_key` (the family has more than one record at that wave; none of them is used,
   * while its records at other waves are).
   */
  readonly issues: ValidationIssue[];
}

/**
 * Options for {@link wavePanel}.
 *
 * @category Pairing
 */
export interface WavePanelOptions<S extends AnyStudy, R> {
  /** The study whose waves the records belong to. */
  readonly study: S;
  /** What identifies a family: a property name or a function. Default `'familyId'`. */
  readonly key?: (keyof R & string) | ((record: R) => unknown);
  /** Each record's wave id: a property name or a function. Default `'wave'`. */
  readonly wave?: (keyof R & string) | ((record: R) => unknown);
}

/**
 * Lays out records of every wave of a study as a panel: one row per family holding its record at
 * each wave it has, and retention wave by wave (families at each wave, how many were also at the
 * first wave and at the wave before, and the share of the first wave retained). A family with more
 * than one record at a wave has none used at that wave (which record is the family?); each is set
 * aside as a `duplicate_key` issue, as are records without a usable key or at a wave the study
 * does not have. Nothing is thrown for bad records, and inputs are not changed or copied.
 *
 * The panel is what {@link compareAcrossWaves} compares, and {@link compareWaves} can pair any two
 * of its waves.
 *
 * @param records - Records of any waves: an array or any iterable.
 * @param options - `study`, and optionally `key` (default `'familyId'`) and `wave` (default `'wave'`).
 * @returns The rows, retention at each wave, and issues.
 * @throws TypeError if `records` is not iterable, `study` is not a study, or `key` or `wave` is
 *   neither a name nor a function.
 * @category Pairing
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { wavePanel } from 'sos-eval/longitudinal';
 *
 * const study = defineStudy({
 *   id: 'demo', title: 'Demo', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [
 *     { id: 'baseline', label: 'Baseline' },
 *     { id: 'six-months', label: 'Six months' },
 *     { id: 'twelve-months', label: 'Twelve months' },
 *   ],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const panel = wavePanel(
 *   [
 *     { familyId: 'F1', wave: 'baseline' }, { familyId: 'F2', wave: 'baseline' },
 *     { familyId: 'F3', wave: 'baseline' }, { familyId: 'F1', wave: 'six-months' },
 *     { familyId: 'F2', wave: 'six-months' }, { familyId: 'F1', wave: 'twelve-months' },
 *     { familyId: 'F3', wave: 'twelve-months' }, { familyId: 'F4', wave: 'twelve-months' },
 *     { familyId: 'F5', wave: 'one-year' },
 *   ],
 *   { study },
 * );
 * panel.rows.map((r) => [r.key, Object.keys(r.waves).length]) //=> [['F1', 3], ['F2', 2], ['F3', 2], ['F4', 1]]
 * panel.retention.map((r) => [r.label, r.n, r.fromFirst, r.fromPrevious, r.rate]) //=> [
 * //   ['Baseline', 3, 3, null, 1], ['Six months', 2, 2, 2, 0.6667], ['Twelve months', 3, 2, 1, 0.6667]]
 * panel.issues.map((i) => i.code) //=> ['unknown_wave']
 * ```
 */
export function wavePanel<S extends AnyStudy, R>(
  records: Iterable<R>,
  options: WavePanelOptions<S, R>,
): WavePanel<StudyWaveId<S>, R> {
  const args = readWaveRecordsArgs<R, readonly string[]>(
    records,
    options,
    'study',
    (study) => study.ids.waves,
  );
  const { all, study, waves } = args;
  const nw = waves.length;
  const position = new Map<unknown, number>(waves.map((w, i) => [w, i]));

  const issues: IndexedIssue[] = [];
  const keys: (string | number)[] = [];
  const rowOf = new Map<string | number, number>();
  // cells[row * nw + wave]: the record's index + 1, 0 for none; −1 once duplicated.
  let cells = new Int32Array(64 * nw);
  // Every record of a duplicated (row, wave), for the issues.
  const duplicates = new Map<number, number[]>();

  forEachWaveRecord(
    args,
    (id) => position.has(id),
    issues,
    (i, id, k) => {
      const w = position.get(id) as number;
      if (!isValidKey(k)) {
        issues.push({
          at: i,
          issue: {
            path: [i],
            code: 'invalid_key',
            message: `[${i}]: key ${describeKey(k)} is not a non-empty string or finite number; record set aside`,
          },
        });
        return;
      }
      let row = rowOf.get(k);
      if (row === undefined) {
        row = keys.length;
        rowOf.set(k, row);
        keys.push(k);
        if ((row + 1) * nw > cells.length) {
          const grown = new Int32Array(cells.length * 2);
          grown.set(cells);
          cells = grown;
        }
      }
      const cell = row * nw + w;
      const v = cells[cell] as number;
      if (v === 0) {
        cells[cell] = i + 1;
      } else if (v > 0) {
        duplicates.set(cell, [v - 1, i]);
        cells[cell] = -1;
      } else {
        (duplicates.get(cell) as number[]).push(i);
      }
    },
  );
  for (const [cell, list] of duplicates) {
    const wave = waves[cell % nw] as string;
    const k = keys[Math.floor(cell / nw)];
    for (const at of list) {
      issues.push({
        at,
        issue: {
          path: [at],
          code: 'duplicate_key',
          message: `[${at}]: key ${describeKey(k)} occurs more than once at wave '${wave}'; none of its records at that wave is used`,
        },
      });
    }
  }

  const rows: PanelRow<string, R>[] = [];
  const n = new Array<number>(nw).fill(0);
  const fromFirst = new Array<number>(nw).fill(0);
  const fromPrevious = new Array<number>(nw).fill(0);
  for (let row = 0; row < keys.length; row++) {
    const byWave: Record<string, R> = {};
    let any = false;
    for (let w = 0; w < nw; w++) {
      const v = cells[row * nw + w] as number;
      if (v <= 0) continue;
      any = true;
      // defineProperty, not assignment: a wave called `__proto__` is an own key like any other.
      Object.defineProperty(byWave, waves[w] as string, {
        value: all[v - 1] as R,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      n[w]!++;
      if ((cells[row * nw] as number) > 0) fromFirst[w]!++;
      if (w > 0 && (cells[row * nw + w - 1] as number) > 0) fromPrevious[w]!++;
    }
    // A family seen only in duplicated records has nothing to show; its records are issues.
    if (any) rows.push({ key: keys[row] as string | number, waves: byWave });
  }
  const first = n[0] as number;
  issues.sort((a, b) => a.at - b.at);
  return {
    waves: waves as readonly StudyWaveId<S>[],
    rows: rows as PanelRow<StudyWaveId<S>, R>[],
    retention: waves.map((wave, w) => ({
      wave: wave as StudyWaveId<S>,
      label: study.wave(wave)?.label ?? wave,
      n: n[w] as number,
      fromFirst: fromFirst[w] as number,
      fromPrevious: w === 0 ? null : (fromPrevious[w] as number),
      rate: first === 0 ? null : (fromFirst[w] as number) / first,
    })),
    issues: issues.map((x) => x.issue),
  };
}
