import type { ReadCsvOptions } from './read-csv-options.js';
import { slug, usageColumn } from './_tool-column.js';
import { squash } from './_coerce.js';

const table =
  (
    names: Readonly<Record<string, string>>,
    ...patterns: ((header: string) => string | undefined)[]
  ) =>
  (header: string): string | undefined =>
    names[squash(header)] ??
    patterns.reduce<string | undefined>((found, p) => found ?? p(header), undefined);

const YES_NO_UNKNOWN = { 'not known': null, unknown: null, 'n/k': null, 'n/a': null } as const;

/**
 * Reads a social-worker survey laid out the way survey tools export it: one row per worker per
 * wave, and **one usage column per tool**, headed with the tool's name (`Safety planning`,
 * `Three Houses`, `Words & Pictures`) or prefixed (`Usage: Mapping`, `Use of - FNM`). Answers such
 * as `All families`, `Some families` and `Not at all` become `all`, `some` and `none`; a prefixed
 * column naming no known tool is reported as `unknown_column`. Also maps `Local authority` to
 * `pilotId`, `Time point` to `wave` and `Supervision aligned with SoS` to `sosSupervision`. Use
 * with `WorkerSurveyResponseSchema`; spread it to override an option.
 *
 * @category CSV presets
 * @example
 * ```ts
 * import { readCsv, WORKER_SURVEY_CSV } from 'sos-eval/io';
 * import { WorkerSurveyResponseSchema } from 'sos-eval/models';
 *
 * const text = 'Worker ID,Local authority,Wave,Employment,Training days,SoS supervision,Confidence,Usage: Mapping,Three Houses\nSW-0001,Suffolk,T2,Permanent,5,Yes,8,All families,Not at all\n';
 * const { rows } = readCsv(text, WorkerSurveyResponseSchema, WORKER_SURVEY_CSV);
 * rows[0].usage //=> { mapping: 'all', 'three-houses': 'none' }
 * rows[0].sosSupervision //=> true
 * ```
 */
export const WORKER_SURVEY_CSV: ReadCsvOptions = Object.freeze({
  dateFormat: 'dd/MM/yyyy',
  columns: table(
    {
      worker: 'workerId',
      swid: 'workerId',
      socialworkerid: 'workerId',
      pilot: 'pilotId',
      localauthority: 'pilotId',
      authority: 'pilotId',
      la: 'pilotId',
      timepoint: 'wave',
      contract: 'employment',
      supervisionalignedwithsos: 'sosSupervision',
      sosalignedsupervision: 'sosSupervision',
      confidenceinsos: 'confidence',
      confidence110: 'confidence',
    },
    usageColumn,
  ),
  values: {
    'usage.*': {
      'all families': 'all',
      'with all families': 'all',
      'some families': 'some',
      'with some families': 'some',
      'not at all': 'none',
      never: 'none',
    },
    wave: { 'time 1': 'T1', 'time 2': 'T2' },
    employment: { locum: 'agency', 'agency worker': 'agency', employed: 'permanent' },
    sosSupervision: YES_NO_UNKNOWN,
  },
});

const CONCERNS = {
  'domestic violence': 'domestic-abuse',
  dv: 'domestic-abuse',
  'emotional abuse': 'emotional',
  'physical abuse': 'physical',
  'sexual abuse': 'sexual',
};

/**
 * Reads a family list as a case-management export lays it out: `Family ID`, `Local authority`,
 * `Cohort` (`Cohort 1`, `1`), `Referral date` (dd/mm/yyyy), `Previous referrals`, and concerns
 * listed in one cell (`Neglect; Domestic violence`). Use with `FamilySchema`.
 *
 * @category CSV presets
 * @example
 * ```ts
 * import { readCsv, FAMILY_CSV } from 'sos-eval/io';
 * import { FamilySchema } from 'sos-eval/models';
 *
 * const text = 'Family ID,Local authority,Cohort,Referral date,Previous referrals,Previous concerns,Current concerns\nF-0001,Brent,1,2/4/2015,1,Neglect,"Domestic violence; Neglect"\n';
 * readCsv(text, FamilySchema, FAMILY_CSV).rows[0].currentConcerns //=> ['domestic-abuse', 'neglect']
 * ```
 */
export const FAMILY_CSV: ReadCsvOptions = Object.freeze({
  dateFormat: 'dd/MM/yyyy',
  columns: table({
    familyid: 'id',
    family: 'id',
    pilot: 'pilotId',
    localauthority: 'pilotId',
    authority: 'pilotId',
    la: 'pilotId',
    referralcohort: 'cohort',
    dateofreferral: 'referralDate',
    numberofpreviousreferrals: 'previousReferrals',
  }),
  values: {
    cohort: { '1': 'cohort-1', '2': 'cohort-2' },
    previousConcerns: CONCERNS,
    currentConcerns: CONCERNS,
  },
});

const measureItem = (header: string): string | undefined => {
  const m = /^(.+?)\s*(?:item|q)\s*(\d+)$/i.exec(header.trim());
  return m && Number(m[2]) >= 1 ? `measures.${slug(m[1]!)}.${Number(m[2]) - 1}` : undefined;
};

const goalColumn = (header: string): string | undefined => {
  const m = /^goal\s*(\d+)\s*(score|rating|weight)$/i.exec(header.trim());
  if (!m || Number(m[1]) < 1) return undefined;
  return `goals.${Number(m[1]) - 1}.${m[2]!.toLowerCase() === 'weight' ? 'weight' : 'score'}`;
};

/**
 * Reads research interviews with families: `Family ID`, `Wave`, `Interview date` (dd/mm/yyyy),
 * `Worker changes`, `Agency worker` and `Still allocated` (yes/no), `Feeling` (`Very positive` …,
 * `No strong feelings` = `neutral`), measure items as `<measure> item <n>` (`LSNS-6 item 1` →
 * `measures['lsns-6'][0]`) and goal ratings as `Goal <n> score` / `Goal <n> weight`. Use with
 * `FamilyInterviewSchema`.
 *
 * @category CSV presets
 * @example
 * ```ts
 * import { readCsv, FAMILY_INTERVIEW_CSV } from 'sos-eval/io';
 * import { FamilyInterviewSchema } from 'sos-eval/models';
 *
 * const text = 'Family ID,Wave,Interview date,Worker changes,Agency worker,Still allocated,Feeling,LSNS-6 item 1,LSNS-6 item 2\nF-0001,T1,02/07/2015,1,N,Y,No strong feelings,3,\n';
 * const { rows } = readCsv(text, FamilyInterviewSchema, FAMILY_INTERVIEW_CSV);
 * rows[0].feeling //=> 'neutral'
 * rows[0].measures //=> { 'lsns-6': [3, null] }
 * ```
 */
export const FAMILY_INTERVIEW_CSV: ReadCsvOptions = Object.freeze({
  dateFormat: 'dd/MM/yyyy',
  columns: table(
    {
      family: 'familyId',
      timepoint: 'wave',
      interviewdate: 'date',
      dateofinterview: 'date',
      changesofsocialworker: 'workerChanges',
      socialworkerchanges: 'workerChanges',
      agency: 'agencyWorker',
      feelings: 'feeling',
      feelingsaboutsocialworker: 'feeling',
    },
    measureItem,
    goalColumn,
  ),
  values: {
    wave: { 'time 1': 'T1', 'time 2': 'T2' },
    feeling: { 'no strong feelings': 'neutral', 'no strong feeling': 'neutral' },
    agencyWorker: YES_NO_UNKNOWN,
    stillAllocated: YES_NO_UNKNOWN,
  },
});

const judgementColumn = (header: string): string | undefined => {
  const m =
    /^(?:judgement|judgment|scaling)\s*(\d+)\s*(date|score|scored by|by|scorer|scale)$/i.exec(
      header.trim(),
    );
  if (!m || Number(m[1]) < 1) return undefined;
  const part = m[2]!.toLowerCase();
  const field =
    part === 'date' ? 'date' : part === 'score' ? 'score' : part === 'scale' ? 'scale' : 'scoredBy';
  return `judgements.${Number(m[1]) - 1}.${field}`;
};

/**
 * Reads case-file audits laid out one family per row: `Family ID`, `Audit date`, `Worker ID`,
 * `Tools evidenced` listed in one cell (`Mapping; Three Houses`), and the scaling judgements
 * found in the file as numbered column groups `Judgement <n> date`, `Judgement <n> scored by`
 * (`Social worker`, `Family`, `Network`) and `Judgement <n> score`; trailing empty groups are
 * ignored. Use with `CaseRecordSchema`.
 *
 * @category CSV presets
 * @example
 * ```ts
 * import { readCsv, CASE_RECORD_CSV } from 'sos-eval/io';
 * import { CaseRecordSchema } from 'sos-eval/models';
 *
 * const text = 'Family ID,Audit date,Worker ID,Tools evidenced,Judgement 1 date,Judgement 1 scored by,Judgement 1 score,Judgement 2 date,Judgement 2 scored by,Judgement 2 score\nF-0001,01/03/2016,SW-0001,Mapping; Danger statements,10/06/2015,Social worker,4.5,,,\n';
 * readCsv(text, CaseRecordSchema, CASE_RECORD_CSV).rows[0].judgements //=> [{ date: '2015-06-10', scale: 'safety', scoredBy: 'worker', score: 4.5 }]
 * ```
 */
export const CASE_RECORD_CSV: ReadCsvOptions = Object.freeze({
  dateFormat: 'dd/MM/yyyy',
  columns: table(
    {
      family: 'familyId',
      dateofaudit: 'auditDate',
      worker: 'workerId',
      tools: 'toolsEvidenced',
      toolsused: 'toolsEvidenced',
    },
    judgementColumn,
  ),
  values: {
    'judgements.*.scoredBy': { 'social worker': 'worker', sw: 'worker', 'family member': 'family' },
    toolsEvidenced: { 'words & pictures': 'words-and-pictures', fnm: 'family-network-meetings' },
  },
});
