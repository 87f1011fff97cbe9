import { deepFreeze } from '../_lib/deep-freeze.js';
import { showValue } from '../_lib/args.js';
import type { AnyStudy, StudyRecordName } from '../models/study/study.js';
import type { CsvColumnMapper, ReadCsvOptions } from './read-csv-options.js';
import { squash } from './_coerce.js';
import { slug, toolNamer, usageColumn } from './_tool-column.js';

/**
 * The read options {@link csvPresets} builds for each of a study's records, keyed as
 * `study.schemas` is: `readCsv(text, study.schemas.family, presets.family)`.
 *
 * @category CSV presets
 */
export type CsvPresets = {
  readonly [K in StudyRecordName]: ReadCsvOptions & {
    /** Maps each header of the export to the record field it fills. */
    readonly columns: CsvColumnMapper;
  };
};

type Mapper = (header: string) => string | readonly (string | number)[] | undefined;
type Choices = Record<string, readonly string[]>;

/** A header table (matched ignoring case, spaces and punctuation), then patterns in turn. */
const table = (
  names: Readonly<Record<string, string | readonly string[]>>,
  ...patterns: Mapper[]
): Mapper => {
  // A Map, so a header such as `Constructor` finds nothing on Object.prototype.
  const lookup = new Map(Object.entries(names));
  return (header) => {
    const named = lookup.get(squash(header));
    if (named !== undefined) return named;
    for (const pattern of patterns) {
      const found = pattern(header);
      if (found !== undefined) return found;
    }
    return undefined;
  };
};

const YES_NO_UNKNOWN = { 'not known': null, unknown: null, 'n/k': null, 'n/a': null } as const;

const PILOT_HEADERS = {
  pilot: 'pilotId',
  site: 'pilotId',
  siteid: 'pilotId',
  localauthority: 'pilotId',
  authority: 'pilotId',
  la: 'pilotId',
} as const;

const CONCERNS = {
  'domestic violence': 'domestic-abuse',
  dv: 'domestic-abuse',
  'emotional abuse': 'emotional',
  'physical abuse': 'physical',
  'sexual abuse': 'sexual',
};

/**
 * Each item's id with its label and, where the label ends in a number that no other item's
 * label ends in ("Cohort 2", "Time 3"), that number alone: cells may write `2` for cohort 2.
 */
function labelled(items: readonly { readonly id: string; readonly label: string }[]): Choices {
  const numberOf = (label: string): string | undefined => {
    const m = /^(?:.*\D)?(\d+)$/.exec(label.trim());
    return m && /\D/.test(label.trim()) ? String(Number(m[1])) : undefined;
  };
  const counts = new Map<string, number>();
  for (const item of items) {
    const n = numberOf(item.label);
    if (n !== undefined) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const ids = new Set(items.map((i) => i.id));
  return Object.fromEntries(
    items.map((item) => {
      const n = numberOf(item.label);
      const usable = n !== undefined && counts.get(n) === 1 && !ids.has(n);
      return [item.id, usable ? [item.label, n] : [item.label]];
    }),
  );
}

/** The study's usage levels, each by id, label and "with <label>" ("With all families"). */
function usageChoices(study: AnyStudy): Choices {
  const levels = study.usageLevels;
  const named = (text: string): boolean =>
    levels.some((l) => squash(l.id) === squash(text) || squash(l.label) === squash(text));
  const last = levels.at(-1);
  return Object.fromEntries(
    levels.map((l) => {
      const spellings = [l.label, `with ${l.label}`];
      // "Never" is the least use there is, when the study has no answer of that name.
      if (l === last && !l.uses && !named('never')) spellings.push('Never');
      return [l.id, spellings];
    }),
  );
}

const measureColumn =
  (measureIds: readonly string[]): Mapper =>
  (header) => {
    const m = /^(.+?)\s*(?:item|q)\s*(\d+)$/i.exec(header.trim());
    if (!m || Number(m[2]) < 1) return undefined;
    const named = measureIds.find((id) => squash(id) === squash(m[1]!));
    return ['measures', named ?? slug(m[1]!), Number(m[2]) - 1];
  };

const goalColumn: Mapper = (header) => {
  const m = /^goal\s*(\d+)\s*(score|rating|weight)$/i.exec(header.trim());
  if (!m || Number(m[1]) < 1) return undefined;
  return `goals.${Number(m[1]) - 1}.${m[2]!.toLowerCase() === 'weight' ? 'weight' : 'score'}`;
};

const judgementColumn: Mapper = (header) => {
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

/** Other names a case file gives the usual scorers, kept only for scorers the study has. */
const SCORER_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['worker', ['Social worker', 'SW']],
  ['family', ['Family member']],
]);

function build(study: AnyStudy): CsvPresets {
  const pilots: Choices = Object.fromEntries(study.pilots.map((p) => [p.id, [p.name]]));
  const waves = labelled(study.waves);
  const cohorts = labelled(study.cohorts);
  const tools: Choices = Object.fromEntries(study.tools.map((t) => [t.id, [t.name, ...t.aliases]]));
  const scorers: Choices = Object.fromEntries(
    study.scorers.map((s) => [s, SCORER_NAMES.get(s) ?? []]),
  );
  const scales: Choices = Object.fromEntries(study.scales.map((s) => [s.id, []]));
  const measureIds = study.measures.map((m) => (typeof m === 'string' ? m : m.id));
  // A measure given as data with its item count bounds the item numbers its headers may name.
  const measureItems: [string, number][] = [];
  for (const m of study.measures) {
    if (typeof m === 'string') continue;
    const count = (m.items as { count?: unknown } | undefined)?.count;
    if (typeof count === 'number' && Number.isInteger(count) && count >= 0)
      measureItems.push([`measures.${m.id}`, count]);
  }
  const toolOf = toolNamer(study.tools);

  const groupingHeaders = Object.fromEntries(
    study.groupings.flatMap((g) =>
      [g.id, g.label].map((name) => [squash(name), ['groups', g.id] as const]),
    ),
  );

  return deepFreeze({
    pilot: {
      dateFormat: 'dd/MM/yyyy',
      columns: table({
        ...groupingHeaders,
        pilotid: 'id',
        pilot: 'id',
        site: 'id',
        siteid: 'id',
        localauthority: 'id',
        authority: 'id',
        la: 'id',
        pilotname: 'name',
        sitename: 'name',
        type: 'authorityType',
        typeofauthority: 'authorityType',
      }),
      choices: {
        id: pilots,
        ...Object.fromEntries(
          study.groupings.map((g) => [
            `groups.${g.id}`,
            Object.fromEntries(g.levels.map((l) => [l.id, [l.label]])),
          ]),
        ),
      },
      keys: { groups: [...study.ids.groupings] },
    },
    socialWorker: {
      dateFormat: 'dd/MM/yyyy',
      columns: table({
        ...PILOT_HEADERS,
        workerid: 'id',
        worker: 'id',
        swid: 'id',
        socialworkerid: 'id',
        contract: 'employment',
      }),
      values: {
        employment: { locum: 'agency', 'agency worker': 'agency', employed: 'permanent' },
      },
      choices: { pilotId: pilots },
    },
    workerSurveyResponse: {
      dateFormat: 'dd/MM/yyyy',
      columns: table(
        {
          ...PILOT_HEADERS,
          worker: 'workerId',
          swid: 'workerId',
          socialworkerid: 'workerId',
          timepoint: 'wave',
          contract: 'employment',
          // Exports written before the field was renamed call it sosSupervision.
          sossupervision: 'supervisionAligned',
          supervisionalignedwithsos: 'supervisionAligned',
          sosalignedsupervision: 'supervisionAligned',
          supervisionaligned: 'supervisionAligned',
          confidenceinsos: 'confidence',
          confidence110: 'confidence',
        },
        usageColumn(toolOf),
      ),
      values: {
        employment: { locum: 'agency', 'agency worker': 'agency', employed: 'permanent' },
        supervisionAligned: YES_NO_UNKNOWN,
      },
      choices: { pilotId: pilots, wave: waves, 'usage.*': usageChoices(study) },
      keys: { usage: [...study.ids.tools] },
    },
    family: {
      dateFormat: 'dd/MM/yyyy',
      columns: table({
        ...PILOT_HEADERS,
        familyid: 'id',
        family: 'id',
        referralcohort: 'cohort',
        dateofreferral: 'referralDate',
        numberofpreviousreferrals: 'previousReferrals',
      }),
      values: { previousConcerns: CONCERNS, currentConcerns: CONCERNS },
      choices: { pilotId: pilots, cohort: cohorts },
    },
    familyInterview: {
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
        measureColumn(measureIds),
        goalColumn,
      ),
      values: {
        feeling: { 'no strong feelings': 'neutral', 'no strong feeling': 'neutral' },
        agencyWorker: YES_NO_UNKNOWN,
        stillAllocated: YES_NO_UNKNOWN,
      },
      choices: { wave: waves },
      maxItems: Object.fromEntries(measureItems),
    },
    caseRecord: {
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
      choices: {
        toolsEvidenced: tools,
        'judgements.*.scoredBy': scorers,
        'judgements.*.scale': scales,
      },
    },
  } satisfies CsvPresets);
}

const cache = new WeakMap<AnyStudy, CsvPresets>();

/**
 * Read options for each of a study's records, built from the study, for {@link readCsv} and
 * {@link readCsvStream} with the matching schema (`study.schemas.<record>`, or one made by
 * `study.extend`). Every preset reads UK `dd/mm/yyyy` dates (and ISO ones) and knows the usual
 * headers of case-management and survey exports (`Family ID`, `Local authority`, `Time point`);
 * cells naming the study's catalogue are read by id or by name, ignoring case, spaces and
 * punctuation:
 *
 * - sites by id or name (`West Sussex` → `west-sussex`); grouping levels by id or label;
 * - waves and cohorts by id, label (`Time 3`, `Twelve months`, `Cohort 1`) or the number a label
 *   ends in (`1` for "Cohort 1");
 * - usage answers by id or label (`All families`, `with some families`);
 * - tools by id, name or alias, both as the survey's **one column per tool** (`Safety planning`,
 *   `Usage: Fairy/Wizard`) and in a case record's `Tools evidenced` list. A column prefixed
 *   `Usage:` naming no tool of the study is reported once as an `unknown_column`.
 *
 * The presets are:
 *
 * - `workerSurveyResponse` — one row per worker per wave (`Worker ID`, `Local authority`, `Wave`,
 *   `Employment`, `Training days`, `Supervision aligned` or `SoS supervision` (the header of
 *   exports made before the field was renamed from `sosSupervision`), `Confidence`, and a usage
 *   column per tool);
 * - `family` — `Family ID`, `Local authority`, `Cohort`, `Referral date`, `Previous referrals`
 *   and concerns listed in one cell (`Neglect; Domestic violence`);
 * - `familyInterview` — `Family ID`, `Wave`, `Interview date`, yes/no answers, `Feeling` (`No
 *   strong feelings` = `neutral`), measure items as `<measure> item <n>` (`LSNS-6 item 1`) and
 *   goals as `Goal <n> score` / `Goal <n> weight`;
 * - `caseRecord` — `Family ID`, `Audit date`, `Worker ID`, `Tools evidenced`, and judgements as
 *   numbered column groups `Judgement <n> date`, `Judgement <n> scored by` (`Social worker`),
 *   `Judgement <n> score` and optionally `Judgement <n> scale`; trailing empty groups are ignored;
 * - `pilot` — `Site ID`, `Name`, `Authority type` and a column per grouping (by id or label);
 * - `socialWorker` — `Worker ID`, `Local authority`, `Employment`.
 *
 * Each preset is a frozen {@link ReadCsvOptions} whose `columns` is a function; spread it to
 * change an option (`{ ...presets.familyInterview, ignore: ['Notes'] }`), and wrap its `columns`
 * to know one more header (`columns: (h) => (h === 'Team' ? 'pilotId' : preset.columns(h))`).
 * The same study always gives the same presets object.
 *
 * @param study - The study the files belong to, made by `defineStudy`.
 * @throws TypeError when `study` is not a study made by `defineStudy`.
 * @category CSV presets
 * @example
 * ```ts
 * import { csvPresets, readCsv } from 'sos-eval/io';
 * import { defineStudy } from 'sos-eval/models';
 * import { z } from 'zod';
 *
 * const study = defineStudy({
 *   id: 'northshire', title: 'Northshire', pilots: [{ id: 'north', name: 'North team' }],
 *   cohorts: [{ id: 'spring', label: 'Spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'baseline', label: 'Baseline' }, { id: 'six-months', label: 'Six months' }, { id: 'twelve-months', label: 'Twelve months' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }, { id: 'wizards', name: 'Wizards and Fairies', aliases: ['Fairy/Wizard'] }],
 * });
 * const presets = csvPresets(study);
 * const text = [
 *   'Worker ID,Local authority,Time point,Employment,Training days,SoS supervision,Confidence,Mapping,Usage: Fairy/Wizard',
 *   'SW-0001,North team,Twelve months,Permanent,3,Yes,7,All families,Not at all',
 *   'SW-0002,North team,Time 3,Agency,1,No,5,Some families,',
 * ].join('\r\n');
 * const { rows, issues } = readCsv(text, study.schemas.workerSurveyResponse, presets.workerSurveyResponse);
 * rows[0].wave //=> 'twelve-months'
 * rows[0].usage //=> { mapping: 'all', wizards: 'none' }
 * rows[0].supervisionAligned //=> true
 * issues[0].message //=> 'Time point: "Time 3" is not one of baseline, six-months, twelve-months'
 *
 * // One more header of this export's own, on top of the preset's.
 * const preset = presets.socialWorker;
 * const team = readCsv('Worker ID,Team,Contract\nSW-0003,North team,Locum\n', study.schemas.socialWorker, {
 *   ...preset,
 *   columns: (h) => (h === 'Team' ? 'pilotId' : preset.columns(h)),
 * });
 * team.rows //=> [{ id: 'SW-0003', pilotId: 'north', employment: 'agency' }]
 *
 * // An extra column of the study's own, and a date column declared with zod's z.iso.date().
 * const family = study.extend('family', { keyWorker: z.string(), firstVisit: z.iso.date().nullable() });
 * const families = 'Family ID,Local authority,Cohort,Referral date,Previous referrals,Previous concerns,Current concerns,Key worker,First visit\nF-0001,North team,Spring,14/02/2026,0,,Neglect,SW-0001,02/03/2026\n';
 * readCsv(families, family, presets.family).rows[0] //=> {
 * //   id: 'F-0001', pilotId: 'north', cohort: 'spring', referralDate: '2026-02-14', previousReferrals: 0,
 * //   previousConcerns: [], currentConcerns: ['neglect'], keyWorker: 'SW-0001', firstVisit: '2026-03-02' }
 * ```
 */
export function csvPresets(study: AnyStudy): CsvPresets {
  const s = study as Partial<AnyStudy> | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    !Array.isArray(s.tools) ||
    !Array.isArray(s.waves) ||
    typeof s.schemas !== 'object'
  ) {
    throw new TypeError(`study must be a study made by defineStudy, got ${showValue(study)}`);
  }
  let presets = cache.get(study);
  if (presets === undefined) {
    presets = build(study);
    cache.set(study, presets);
  }
  return presets;
}
