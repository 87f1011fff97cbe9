import { deepFreeze } from '../_lib/deep-freeze.js';
import type { DiaryStudy } from './define-diary-study.js';

/**
 * Options for `readCsv` (from `sos-eval/io`) that read a time-diary export: the usual headers
 * mapped to the fields, and the catalogue's activities, the study's sites and waves by id, label
 * or alias. Plain data of the shape `ReadCsvOptions` takes, so it can be spread and overridden.
 *
 * @category Time diaries
 */
export interface DiaryCsvOptions {
  /** Header → field. */
  readonly columns: Readonly<Record<string, string>>;
  /** Each field's values and the other names a cell may give them. */
  readonly choices: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/**
 * The `readCsv` options (`sos-eval/io`) for a diary study's two exports: `entry` for diary rows
 * (`Worker ID, Date, Start, End, Minutes, Activity, Case ID, Case type`, with common variants such
 * as `Start time`, `Duration (minutes)`, `Child ID`) and `period` for the days each worker kept it
 * (`Worker ID, Local authority, First day, Last day, Wave`). Activities read by id, label or alias
 * (`Direct work with children and families`, `Case notes`), sites and waves by id or name.
 * Pass them with the diary study's schemas: `readCsv(text, diary.schemas.entry,
 * diaryCsvPreset(diary).entry)`, then {@link checkDiaries} on the rows read.
 *
 * @category Time diaries
 * @example
 * ```ts
 * import { defineDiaryStudy, diaryCsvPreset } from 'sos-eval/costs';
 * import { readCsv } from 'sos-eval/io';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic', title: 'Synthetic', pilots: [{ id: 'north', name: 'North Shire' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'T1', label: 'Time 1' }, { id: 'T2', label: 'Time 2' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * const diary = defineDiaryStudy({ study });
 * const text = [
 *   'Worker ID,Date,Start time,End time,Activity,Child ID',
 *   'SW-1,07/03/2016,9:00,10:30,Direct work with children and families,C-1',
 *   'SW-1,07/03/2016,10:30,11:00,Case notes,C-1',
 * ].join('\n');
 * const { rows, issues } = readCsv(text, diary.schemas.entry, diaryCsvPreset(diary).entry);
 * issues //=> []
 * rows[1] //=> { workerId: 'SW-1', date: '2016-03-07', start: '10:30', end: '11:00', activity: 'recording', caseId: 'C-1' }
 * ```
 */
export function diaryCsvPreset(diary: DiaryStudy): {
  /** Options for diary entries. */
  readonly entry: DiaryCsvOptions;
  /** Options for diary periods. */
  readonly period: DiaryCsvOptions;
} {
  if (diary === null || typeof diary !== 'object' || !Array.isArray(diary.activities))
    throw new TypeError('diary must be a diary study made by defineDiaryStudy');
  const activity: Record<string, string[]> = {};
  for (const a of diary.activities) activity[a.id] = [a.label, ...(a.aliases ?? [])];
  const pilotId: Record<string, string[]> = {};
  for (const p of diary.study.pilots) pilotId[p.id] = [p.name];
  const wave: Record<string, string[]> = {};
  for (const w of diary.study.waves) wave[w.id] = [w.label];
  return deepFreeze({
    entry: {
      columns: {
        'Worker ID': 'workerId',
        'Social worker': 'workerId',
        Date: 'date',
        Day: 'date',
        Start: 'start',
        'Start time': 'start',
        From: 'start',
        End: 'end',
        'End time': 'end',
        Finish: 'end',
        To: 'end',
        Minutes: 'minutes',
        'Duration (minutes)': 'minutes',
        Duration: 'minutes',
        Activity: 'activity',
        'Activity type': 'activity',
        'Case ID': 'caseId',
        'Child ID': 'caseId',
        'Family ID': 'caseId',
        'Case type': 'caseType',
        'Case stage': 'caseType',
        Stage: 'caseType',
      },
      choices: { activity },
    },
    period: {
      columns: {
        'Worker ID': 'workerId',
        'Social worker': 'workerId',
        'Local authority': 'pilotId',
        Authority: 'pilotId',
        Site: 'pilotId',
        Pilot: 'pilotId',
        'First day': 'start',
        'Start date': 'start',
        From: 'start',
        'Last day': 'end',
        'End date': 'end',
        To: 'end',
        Wave: 'wave',
        'Time point': 'wave',
      },
      choices: { pilotId, wave },
    },
  });
}
