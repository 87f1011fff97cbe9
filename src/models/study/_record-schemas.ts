import { z } from 'zod';
import { offScaleReason } from '../../_lib/on-scale.js';
import { AuthorityTypeSchema } from '../authority-type.js';
import { ConcernSchema } from '../concern.js';
import { GoalRatingSchema, FeelingSchema, MeasureResponsesSchema } from '../family-interview.js';
import { IsoDateSchema, isWithinWindow, type DateWindow } from '../iso-date.js';
import { EmploymentSchema, PseudonymousIdSchema } from '../worker.js';
import type { StudyRecordName, StudyScale } from './study.js';

/** What the record schemas need to know of a study. */
export interface RecordContext {
  readonly studyId: string;
  readonly pilots: readonly string[];
  readonly cohorts: ReadonlyMap<string, DateWindow>;
  readonly waves: ReadonlyMap<string, DateWindow | undefined>;
  readonly tools: readonly string[];
  readonly usageLevels: readonly string[];
  readonly groupings: ReadonlyMap<string, readonly string[]>;
  readonly scales: readonly StudyScale[];
  readonly measures: readonly string[];
  readonly scorers: readonly string[];
}

/**
 * @internal A record's fields and its cross-field check, kept apart so a study can build the
 * record again with extra fields (zod 4's `.extend()` refuses refined objects).
 */
export interface RecordSpec {
  readonly shape: z.ZodRawShape;
  readonly check?: (value: never, ctx: z.core.$RefinementCtx<never>) => void;
}

const list = (ids: readonly string[]): string =>
  ids.length <= 12 ? ids.join(', ') : `${ids.slice(0, 12).join(', ')} and ${ids.length - 12} more`;

/** A string that must be one of the study's ids, with an issue naming the list it is not in. */
const oneOf = (what: string, code: string, studyId: string, ids: readonly string[]) => {
  const known = new Set(ids);
  return z.string().check((ctx) => {
    if (!known.has(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        params: { code },
        message: `${JSON.stringify(ctx.value)} is not a ${what} of study ${JSON.stringify(studyId)} (${list(ids)})`,
        input: ctx.value,
      });
    }
  });
};

const uniqueList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item)
    .refine((xs) => new Set(xs).size === xs.length, { message: `lists a ${what} more than once` });

/**
 * A record keyed by user text that reports a `__proto__` key. zod's record parsing drops an own
 * `__proto__` key (from `JSON.parse` or a CSV header) without a word, so the raw input's own keys
 * are checked first and the key is reported with code `forbidden_key` (issue 13).
 */
const keyedRecord = <T extends z.ZodType>(record: T) =>
  z.preprocess((raw, ctx) => {
    if (raw !== null && typeof raw === 'object' && Object.hasOwn(raw, '__proto__')) {
      ctx.addIssue({
        code: 'custom',
        params: { code: 'forbidden_key' },
        path: ['__proto__'],
        message: '"__proto__" cannot be a key (JavaScript objects drop it); rename it',
        input: raw,
      });
    }
    return raw;
  }, record);

type Ctx = z.core.$RefinementCtx<unknown>;
const issue = (ctx: Ctx, path: (string | number)[], code: string, message: string): void => {
  ctx.addIssue({ code: 'custom', params: { code }, path, message });
};

/** @internal The record specs of a study. */
export function recordSpecs(c: RecordContext): Record<StudyRecordName, RecordSpec> {
  const pilotId = oneOf('site', 'unknown_pilot', c.studyId, c.pilots);
  const waveId = oneOf('wave', 'unknown_wave', c.studyId, [...c.waves.keys()]);
  const cohortId = oneOf('cohort', 'unknown_cohort', c.studyId, [...c.cohorts.keys()]);
  const toolId = oneOf('tool', 'unknown_tool', c.studyId, c.tools);
  const tools = new Set(c.tools);
  const levels = new Set(c.usageLevels);
  const scales = new Map(c.scales.map((s) => [s.id, s]));
  const confidence = scales.get('confidence');
  const confidenceSchema =
    confidence === undefined
      ? z.number().refine(Number.isFinite, 'must be a finite number')
      : onScale(confidence);
  const defaultScale = c.scales[0]?.id;

  const concernList = uniqueList(ConcernSchema, 'concern');

  const judgement = z
    .strictObject({
      date: IsoDateSchema,
      scale: (defaultScale === undefined
        ? oneOf('scale', 'unknown_scale', c.studyId, [])
        : oneOf('scale', 'unknown_scale', c.studyId, [...scales.keys()])
      ).default(defaultScale ?? ''),
      scoredBy: oneOf('scorer', 'unknown_scorer', c.studyId, c.scorers),
      score: z.number(),
    })
    .superRefine((j, ctx) => {
      const scale = scales.get(j.scale);
      const reason = scale === undefined ? undefined : offScaleReason(j.score, scale);
      if (scale !== undefined && reason !== undefined)
        issue(
          ctx,
          ['score'],
          reason.code,
          `${reason.text} (scale ${scale.id}: ${scale.min}–${scale.max} in steps of ${scale.step})`,
        );
    });

  return {
    pilot: {
      shape: {
        id: pilotId,
        name: z.string().trim().min(1),
        authorityType: AuthorityTypeSchema.optional(),
        groups: keyedRecord(z.record(z.string(), z.string())).optional(),
      },
      check: ((p: { groups?: Record<string, string> }, ctx: Ctx) => {
        for (const [grouping, level] of Object.entries(p.groups ?? {})) {
          const ls = c.groupings.get(grouping);
          if (ls === undefined)
            issue(
              ctx,
              ['groups', grouping],
              'unknown_grouping',
              `${JSON.stringify(grouping)} is not a grouping of study ${JSON.stringify(c.studyId)}`,
            );
          else if (!ls.includes(level))
            issue(
              ctx,
              ['groups', grouping],
              'unknown_level',
              `${JSON.stringify(level)} is not a level of grouping ${JSON.stringify(grouping)} (${list(ls)})`,
            );
        }
      }) as RecordSpec['check'],
    },
    socialWorker: {
      shape: { id: PseudonymousIdSchema, pilotId, employment: EmploymentSchema },
    },
    workerSurveyResponse: {
      shape: {
        workerId: PseudonymousIdSchema,
        pilotId,
        wave: waveId,
        employment: EmploymentSchema.nullable(),
        trainingDays: z.number().min(0).max(60).nullable(),
        supervisionAligned: z.boolean().nullable(),
        confidence: confidenceSchema.nullable(),
        usage: keyedRecord(
          z.record(z.string(), z.unknown()).superRefine((usage, ctx) => {
            for (const [tool, answer] of Object.entries(usage)) {
              if (!tools.has(tool)) {
                issue(
                  ctx,
                  [tool],
                  'unknown_tool',
                  `${JSON.stringify(tool)} is not a tool of study ${JSON.stringify(c.studyId)} (${list(c.tools)})`,
                );
              } else if (answer !== null && !(typeof answer === 'string' && levels.has(answer))) {
                issue(
                  ctx,
                  [tool],
                  'invalid_level',
                  `expected one of ${list(c.usageLevels)} or null, got ${JSON.stringify(answer) ?? String(answer)}`,
                );
              }
            }
          }),
        ),
      },
    },
    family: {
      shape: {
        id: PseudonymousIdSchema,
        pilotId,
        cohort: cohortId,
        referralDate: IsoDateSchema,
        previousReferrals: z.number().int().min(0),
        previousConcerns: concernList,
        currentConcerns: concernList,
      },
      check: ((
        f: {
          cohort: string;
          referralDate: string;
          previousReferrals: number;
          previousConcerns: unknown[];
        },
        ctx: Ctx,
      ) => {
        const window = c.cohorts.get(f.cohort);
        if (window !== undefined && !isWithinWindow(f.referralDate, window)) {
          issue(
            ctx,
            ['referralDate'],
            'outside_window',
            `${f.referralDate} is outside ${f.cohort}'s referral window ${window.start} to ${window.end}`,
          );
        }
        if (f.previousReferrals === 0 && f.previousConcerns.length > 0) {
          issue(
            ctx,
            ['previousConcerns'],
            'inconsistent',
            'lists previous concerns but previousReferrals is 0',
          );
        }
      }) as RecordSpec['check'],
    },
    familyInterview: {
      shape: {
        familyId: PseudonymousIdSchema,
        wave: waveId,
        date: IsoDateSchema,
        workerChanges: z.number().int().min(0).nullable(),
        agencyWorker: z.boolean().nullable(),
        stillAllocated: z.boolean().nullable(),
        feeling: FeelingSchema,
        measures: keyedRecord(
          z.record(z.string().regex(/^[a-z0-9-]+$/), MeasureResponsesSchema),
        ).optional(),
        goals: z.array(GoalRatingSchema).optional(),
      },
      check: ((i: { wave: string; date: string; measures?: Record<string, unknown> }, ctx: Ctx) => {
        const window = c.waves.get(i.wave);
        if (window !== undefined && !isWithinWindow(i.date, window)) {
          issue(
            ctx,
            ['date'],
            'outside_window',
            `${i.date} is outside ${i.wave}'s fieldwork window ${window.start} to ${window.end}`,
          );
        }
        if (c.measures.length > 0) {
          for (const m of Object.keys(i.measures ?? {})) {
            if (!c.measures.includes(m))
              issue(
                ctx,
                ['measures', m],
                'unknown_measure',
                `${JSON.stringify(m)} is not a measure of study ${JSON.stringify(c.studyId)} (${list(c.measures)})`,
              );
          }
        }
      }) as RecordSpec['check'],
    },
    caseRecord: {
      shape: {
        familyId: PseudonymousIdSchema,
        auditDate: IsoDateSchema,
        workerId: PseudonymousIdSchema.optional(),
        toolsEvidenced: uniqueList(toolId, 'tool'),
        judgements: z.array(judgement),
      },
      check: ((r: { auditDate: string; judgements: { date: string }[] }, ctx: Ctx) => {
        r.judgements.forEach((j, k) => {
          if (j.date > r.auditDate)
            issue(
              ctx,
              ['judgements', k, 'date'],
              'after_audit',
              `judgement dated ${j.date} is after the audit date ${r.auditDate}`,
            );
        });
      }) as RecordSpec['check'],
    },
  };
}

/** A number on a scale, with the scale's reason when it is not. */
function onScale(scale: StudyScale) {
  return z.number().check((ctx) => {
    const reason = offScaleReason(ctx.value, scale);
    if (reason !== undefined) {
      ctx.issues.push({
        code: 'custom',
        params: { code: reason.code },
        message: `${reason.text} (scale ${scale.id}: ${scale.min}–${scale.max} in steps of ${scale.step})`,
        input: ctx.value,
      });
    }
  });
}

/** @internal The schema of a record spec, with extra fields when given. */
export function buildRecordSchema(spec: RecordSpec, extra: z.ZodRawShape = {}): z.ZodType {
  const object = z.strictObject({ ...spec.shape, ...extra });
  return spec.check === undefined ? object : object.superRefine(spec.check as never);
}
