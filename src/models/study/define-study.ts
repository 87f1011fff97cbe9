import { deepFreeze } from '../../_lib/deep-freeze.js';
import type { z } from 'zod';
import { showValue } from '../../_lib/args.js';
import { isIsoDate, isWithinWindow, type DateWindow } from '../iso-date.js';
import { parseMany, parseWith } from '../parse.js';
import { fromZodIssues } from '../validation-issue.js';
import { buildRecordSchema, recordSpecs, type RecordSpec } from './_record-schemas.js';
import { DEFAULT_SCALES, DEFAULT_SCORERS, DEFAULT_USAGE_LEVELS } from './study-defaults.js';
import { StudyDefinitionSchema, type StudyDefinition } from './study-definition.js';
import type { Study, StudyRecordName } from './study.js';

/**
 * The {@link Study} a definition makes, with the literal unions of its ids.
 *
 * @category Studies
 */
export type StudyOf<D extends StudyDefinition> = Study<
  D['pilots'][number]['id'],
  D['cohorts'][number]['id'],
  D['waves'][number]['id'],
  D['tools'][number]['id'],
  D extends {
    /** The definition's usage levels, when it gives them. */
    readonly usageLevels: readonly IdOf<infer I>[];
  }
    ? I
    : (typeof DEFAULT_USAGE_LEVELS)[number]['id'],
  D extends {
    /** The definition's groupings, when it gives them. */
    readonly groupings: readonly IdOf<infer I>[];
  }
    ? I
    : never
>;

/**
 * Anything with an id: how {@link StudyOf} reads the ids of a definition's optional lists.
 *
 * @category Studies
 */
export interface IdOf<I extends string = string> {
  /** The id. */
  readonly id: I;
}

const RECORDS: readonly StudyRecordName[] = [
  'pilot',
  'socialWorker',
  'workerSurveyResponse',
  'family',
  'familyInterview',
  'caseRecord',
];

/** A plain-data copy, so later changes to the caller's object cannot reach the study. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function assertDate(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string')
    throw new TypeError(`${name} must be an ISO date string, got ${showValue(value)}`);
  if (!isIsoDate(value))
    throw new RangeError(
      `${name} must be a real calendar date written YYYY-MM-DD, got ${showValue(value)}`,
    );
}

/**
 * Defines a study — any evaluation of a practice framework — from plain data: its sites and their
 * groupings, cohorts of families by referral dates, two or more waves, the tools asked about, the
 * answers to the usage question, and the scales, measures and scorers it uses. The study gives
 * zod schemas and parsers of its own records (a site, cohort, wave, tool or usage level outside
 * the study is a `ValidationIssue`, and so is a date outside its cohort's or wave's window), date
 * and grouping helpers, and is what the analyses take (`tallyUsage(rows, { study, by })`).
 *
 * Ids are inferred as literal types, so with a literal definition `StudyPilotId<typeof study>` is
 * the union of its sites and a misspelt id does not compile. A broken definition throws: a
 * `TypeError` when a field has the wrong type, otherwise a `RangeError`; the message names every
 * problem by its path (`definition.waves: must list at least two waves …`). To check a
 * definition read from a file without throwing, use {@link parseStudyDefinition}.
 *
 * @param definition - The study as plain data ({@link StudyDefinition}).
 * @returns The {@link Study}, deeply frozen.
 * @throws TypeError or RangeError naming each field of the definition that is wrong.
 * @category Studies
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'northshire-2026',
 *   title: 'Signs of Safety in Northshire, 2026',
 *   pilots: [
 *     { id: 'north', name: 'North team', groups: { adoption: 'early' } },
 *     { id: 'south', name: 'South team', groups: { adoption: 'late' } },
 *   ],
 *   groupings: [{ id: 'adoption', label: 'Adoption', levels: [{ id: 'early', label: 'Early' }, { id: 'late', label: 'Late' }] }],
 *   cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [
 *     { id: 'baseline', label: 'Baseline' },
 *     { id: 'six-months', label: 'Six months' },
 *     { id: 'twelve-months', label: 'Twelve months' },
 *   ],
 *   tools: [
 *     { id: 'mapping', name: 'Mapping' },
 *     { id: 'wizards-and-fairies', name: 'Wizards and Fairies', aliases: ['Fairy/Wizard'] },
 *   ],
 * });
 * study.ids.waves //=> ['baseline', 'six-months', 'twelve-months']
 * study.cohortOf('2026-02-14') //=> 'spring'
 * study.groupOf('south', 'adoption') //=> 'late'
 * study.parse.family({
 *   id: 'F-1', pilotId: 'east', cohort: 'spring', referralDate: '2026-02-01',
 *   previousReferrals: 0, previousConcerns: [], currentConcerns: ['neglect'],
 * })._tag //=> 'Left'
 * ```
 */
export function defineStudy<const D extends StudyDefinition>(definition: D): StudyOf<D> {
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition))
    throw new TypeError(`definition must be an object, got ${showValue(definition)}`);
  const result = StudyDefinitionSchema.safeParse(definition);
  if (!result.success) {
    const issues = fromZodIssues(result.error.issues);
    const text = issues.map((i) => `definition.${i.message}`).join('; ');
    const wrongType = result.error.issues.some((i) => i.code === 'invalid_type');
    throw wrongType ? new TypeError(text) : new RangeError(text);
  }
  const d = deepFreeze(copy(result.data));

  const pilots = d.pilots.map((p) => ({
    id: p.id,
    name: p.name,
    ...(p.authorityType === undefined ? {} : { authorityType: p.authorityType }),
    groups: { ...(p.groups ?? {}) },
  }));
  const groupings = (d.groupings ?? []).map((g) => ({
    id: g.id,
    label: g.label,
    levels: g.levels.map((l) => ({ id: l.id, label: l.label })),
  }));
  const cohorts = d.cohorts.map((c) => ({
    id: c.id,
    label: c.label ?? c.id,
    referrals: c.referrals,
  }));
  const waves = d.waves.map((w, index) => ({
    id: w.id,
    label: w.label,
    index,
    ...(w.fieldwork === undefined ? {} : { fieldwork: w.fieldwork }),
  }));
  const tools = d.tools.map((t) => ({ ...t, aliases: t.aliases ?? [] }));
  const usageLevels = (d.usageLevels ?? DEFAULT_USAGE_LEVELS).map((l) => ({
    id: l.id,
    label: l.label ?? l.id,
    uses: l.uses,
  }));
  const scales = (d.scales ?? DEFAULT_SCALES).map((s) => ({ ...s, anchors: s.anchors ?? {} }));
  const measures = d.measures ?? [];
  const scorers = d.scorers ?? DEFAULT_SCORERS;

  const specs = recordSpecs({
    studyId: d.id,
    pilots: pilots.map((p) => p.id),
    cohorts: new Map(cohorts.map((c) => [c.id, c.referrals])),
    waves: new Map<string, DateWindow | undefined>(waves.map((w) => [w.id, w.fieldwork])),
    tools: tools.map((t) => t.id),
    usageLevels: usageLevels.map((l) => l.id),
    groupings: new Map(groupings.map((g) => [g.id, g.levels.map((l) => l.id)])),
    scales,
    measures: measures.map((m) => (typeof m === 'string' ? m : m.id)),
    scorers,
  });
  const schemas = Object.fromEntries(
    RECORDS.map((name) => [name, buildRecordSchema(specs[name])]),
  ) as Record<StudyRecordName, z.ZodType>;

  const byId = <T extends { id: string }>(items: readonly T[]) => {
    const map = new Map(items.map((x) => [x.id, x]));
    return (id: string): T | undefined => map.get(id);
  };
  const pilotById = byId(pilots);

  const study = {
    id: d.id,
    title: d.title,
    ...(d.framework === undefined ? {} : { framework: d.framework }),
    definition: d,
    pilots,
    groupings,
    cohorts,
    waves,
    tools,
    usageLevels,
    scales,
    measures,
    scorers,
    ids: {
      pilots: pilots.map((p) => p.id),
      cohorts: cohorts.map((c) => c.id),
      waves: waves.map((w) => w.id),
      tools: tools.map((t) => t.id),
      usageLevels: usageLevels.map((l) => l.id),
      groupings: groupings.map((g) => g.id),
    },
    schemas,
    parse: Object.fromEntries(
      RECORDS.map((name) => [name, (input: unknown) => parseWith(schemas[name], input)]),
    ),
    parseMany: Object.fromEntries(
      RECORDS.map((name) => [name, (input: readonly unknown[]) => parseMany(schemas[name], input)]),
    ),
    extend(record: StudyRecordName, shape: z.ZodRawShape): z.ZodType {
      const spec: RecordSpec | undefined = RECORDS.includes(record) ? specs[record] : undefined;
      if (spec === undefined)
        throw new RangeError(
          `record must be one of ${RECORDS.map((r) => `'${r}'`).join(', ')}, got ${showValue(record)}`,
        );
      if (shape === null || typeof shape !== 'object' || Array.isArray(shape))
        throw new TypeError(`shape must be an object of zod schemas, got ${showValue(shape)}`);
      for (const key of Object.keys(shape)) {
        if (Object.hasOwn(spec.shape, key))
          throw new RangeError(
            `shape.${key} is already a field of ${record}; extra columns must have new names`,
          );
      }
      return buildRecordSchema(spec, shape);
    },
    cohortOf(date: string) {
      assertDate('date', date);
      return cohorts.find((c) => isWithinWindow(date, c.referrals))?.id ?? null;
    },
    waveOf(date: string) {
      assertDate('date', date);
      const hits = waves.filter(
        (w) => w.fieldwork !== undefined && isWithinWindow(date, w.fieldwork),
      );
      return hits.length === 1 ? hits[0]!.id : null;
    },
    groupOf(pilotId: string, grouping: string) {
      const pilot = pilotById(pilotId);
      if (pilot === undefined)
        throw new RangeError(
          `pilotId must be a site of study ${JSON.stringify(d.id)}, got ${showValue(pilotId)}`,
        );
      if (!groupings.some((g) => g.id === grouping))
        throw new RangeError(
          `grouping must be one of study ${JSON.stringify(d.id)}'s groupings${groupings.length ? ` (${groupings.map((g) => `'${g.id}'`).join(', ')})` : ' (it defines none)'}, got ${showValue(grouping)}`,
        );
      // Own keys only: a grouping called `constructor` or `toString` is not the object's method.
      const groups = pilot.groups as Record<string, string | undefined>;
      return Object.hasOwn(groups, grouping) ? (groups[grouping] ?? null) : null;
    },
    wave: byId(waves),
    cohort: byId(cohorts),
    pilot: pilotById,
    tool: byId(tools),
    grouping: byId(groupings),
    toJSON: () => d,
  };
  return deepFreezeData(study) as unknown as StudyOf<D>;
}

/** Freezes the study and its data, leaving zod schemas (which cache lazily) unfrozen. */
function deepFreezeData<T extends object>(study: T): T {
  const { schemas, ...rest } = study as T & { schemas: object };
  for (const v of Object.values(rest)) deepFreeze(v);
  Object.freeze(schemas);
  return Object.freeze(study);
}
