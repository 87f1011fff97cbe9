import { z } from 'zod';
import { stepIndex } from '../../_lib/on-scale.js';
import type { Either } from 'fp-ts/lib/Either.js';
import { DateWindowSchema, type DateWindow } from '../iso-date.js';
import { parseWith } from '../parse.js';
import type { ValidationIssue } from '../validation-issue.js';
import { AuthorityTypeSchema, type AuthorityType } from '../authority-type.js';
import {
  ToolAudienceSchema,
  ToolCategorySchema,
  type ToolAudience,
  type ToolCategory,
} from '../tool.js';

// Ids become object keys, CSV cells and file names, so they are kept to a safe alphabet; case
// is the study's own (`T1` and `baseline` are both fine).
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const idSchema = z
  .string()
  .regex(ID, 'must be an id of letters, digits, ".", "_" or "-" (up to 64, no spaces)');

const label = z.string().trim().min(1, 'must not be empty');

/**
 * One participating site of a study — a local authority, a team, a service — with its level of
 * each of the study's groupings.
 *
 * @category Studies
 */
export interface StudyPilotDefinition {
  /** The site's id, such as `north-team` or `wakefield`. */
  readonly id: string;
  /** The site's name, as tables should print it. */
  readonly name: string;
  /** The kind of English local authority, where the site is one. */
  readonly authorityType?: AuthorityType;
  /** The site's level of each grouping, by grouping id: `{ adoption: 'early' }`. */
  readonly groups?: Readonly<Record<string, string>>;
}

/**
 * A grouping of a study's sites (early or late adopters; experience before the roll-out) and its
 * ordered levels.
 *
 * @category Studies
 */
export interface StudyGroupingDefinition {
  /** The grouping's id, such as `adoption`; `by: 'adoption'` in the analyses. */
  readonly id: string;
  /** How tables name the grouping. */
  readonly label: string;
  /** The levels, in the order tables list them. */
  readonly levels: readonly {
    /** The level's id, such as `early`. */
    readonly id: string;
    /** How tables name the level. */
    readonly label: string;
  }[];
}

/**
 * A cohort of families, defined by the dates between which they were referred (inclusive).
 *
 * @category Studies
 */
export interface StudyCohortDefinition {
  /** The cohort's id. */
  readonly id: string;
  /** How tables name the cohort (default: the id). */
  readonly label?: string;
  /** The first and last referral dates of the cohort. */
  readonly referrals: DateWindow;
}

/**
 * A wave of data collection (an interview round, a survey), listed in time order.
 *
 * @category Studies
 */
export interface StudyWaveDefinition {
  /** The wave's id, such as `baseline`. */
  readonly id: string;
  /** How tables name the wave, such as "Twelve months". */
  readonly label: string;
  /** When the wave's fieldwork happened (inclusive); interviews outside it are reported. */
  readonly fieldwork?: DateWindow;
}

/**
 * A practice tool or element whose use the study asks about.
 *
 * @category Studies
 */
export interface StudyToolDefinition {
  /** The tool's id, used as the key of survey usage answers. */
  readonly id: string;
  /** The tool's name, as tables and CSV headers print it. */
  readonly name: string;
  /** Whom the tool is used with. */
  readonly audience?: ToolAudience;
  /** What the tool is for. */
  readonly category?: ToolCategory;
  /** Other names a CSV header may use for the tool ("Wizards and Fairies", "Fairy/Wizard"). */
  readonly aliases?: readonly string[];
  /** One sentence on what the tool is. */
  readonly description?: string;
}

/**
 * One answer on the study's usage question ("with how many of your families did you use …?"),
 * from most use to least.
 *
 * @category Studies
 */
export interface StudyUsageLevelDefinition {
  /** The answer's id, such as `all` or `often`. */
  readonly id: string;
  /** How tables name it (default: the id). */
  readonly label?: string;
  /** Whether this answer counts as using the tool (adoption counts these). */
  readonly uses: boolean;
}

/**
 * A scale the study's judgements are scored on: plain data, as `defineScale` in
 * `sos-eval/scaling` takes it.
 *
 * @category Studies
 */
export interface StudyScaleDefinition {
  /** The scale's id, such as `safety`. */
  readonly id: string;
  /** The lowest score. */
  readonly min: number;
  /** The highest score; greater than `min`. */
  readonly max: number;
  /** The distance between points, dividing `max − min` into whole steps. */
  readonly step: number;
  /** Wording of anchored points, keyed by score. */
  readonly anchors?: Readonly<Record<string, string>>;
}

/**
 * A measure the study's interviews carry: the id of a built-in measure (`'lsns-6'`) or a measure
 * definition as `defineMeasure` in `sos-eval/measures` takes it (plain data with an `id`).
 *
 * @category Studies
 */
export type StudyMeasureDefinition = string | StudyMeasureData;

/**
 * A measure definition given as data in a study: an `id` and the fields `defineMeasure` in
 * `sos-eval/measures` reads.
 *
 * @category Studies
 */
export interface StudyMeasureData {
  /** The measure's id, the key of interviews' `measures`. */
  readonly id: string;
  /** The rest of the definition, as `defineMeasure` takes it. */
  readonly [key: string]: unknown;
}

/**
 * What {@link defineStudy} takes: a study described as plain, JSON-serialisable data.
 *
 * @category Studies
 */
export interface StudyDefinition {
  /** The study's id, such as `northshire-2026`. */
  readonly id: string;
  /** The study's title. */
  readonly title: string;
  /** The practice framework evaluated, such as `signs-of-safety`. */
  readonly framework?: string;
  /** The participating sites (one or more). */
  readonly pilots: readonly StudyPilotDefinition[];
  /** Ways of grouping the sites, each with ordered levels. */
  readonly groupings?: readonly StudyGroupingDefinition[];
  /** The cohorts of families, by referral dates (one or more). */
  readonly cohorts: readonly StudyCohortDefinition[];
  /** The waves of data collection, two or more, in time order. */
  readonly waves: readonly StudyWaveDefinition[];
  /** The tools whose use is asked about (one or more). */
  readonly tools: readonly StudyToolDefinition[];
  /** The answers to the usage question, from most use to least (default all / some / none). */
  readonly usageLevels?: readonly StudyUsageLevelDefinition[];
  /** The scales judgements are scored on (default: safety 0–10, confidence 1–10, implementation 0–10). */
  readonly scales?: readonly StudyScaleDefinition[];
  /** The measures interviews carry (default: any measure id). */
  readonly measures?: readonly StudyMeasureDefinition[];
  /** Who scores scaling judgements (default worker, family, network). */
  readonly scorers?: readonly string[];
}

const uniqueIds =
  (what: string) =>
  (items: readonly { id: string }[], ctx: z.core.$RefinementCtx<readonly { id: string }[]>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          params: { code: 'duplicate_id' },
          path: [i, 'id'],
          message: `${what} id ${JSON.stringify(item.id)} is used more than once`,
        });
      }
      seen.add(item.id);
    });
  };

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const ScaleSchema = z
  .strictObject({
    id: idSchema,
    min: finite,
    max: finite,
    step: finite.refine((s) => s > 0, 'must be greater than 0'),
    anchors: z.record(z.string(), label).optional(),
  })
  .superRefine((s, ctx) => {
    if (!(s.min < s.max)) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: `must be greater than min (${s.min})`,
      });
      return;
    }
    if (Number.isNaN(stepIndex(s.max, s.min, s.step))) {
      ctx.addIssue({
        code: 'custom',
        path: ['step'],
        message: `must divide max − min (${s.max} − ${s.min}) into whole steps`,
      });
    }
  });

/**
 * The zod schema of a {@link StudyDefinition}: ids unique within each list, two or more waves in
 * time order, cohort referral windows that do not overlap, every site's groups naming the study's
 * groupings and their levels.
 *
 * @category Studies
 * @example
 * ```ts
 * import { StudyDefinitionSchema } from 'sos-eval/models';
 *
 * StudyDefinitionSchema.safeParse({ id: 's', title: 'S', pilots: [], cohorts: [], waves: [], tools: [] }).success //=> false
 * ```
 */
export const StudyDefinitionSchema: z.ZodType<StudyDefinition> = z
  .strictObject({
    id: idSchema,
    title: label,
    framework: label.optional(),
    pilots: z
      .array(
        z.strictObject({
          id: idSchema,
          name: label,
          authorityType: AuthorityTypeSchema.optional(),
          groups: z.record(z.string(), z.string()).optional(),
        }),
      )
      .min(1, 'must list at least one site')
      .superRefine(uniqueIds('pilot')),
    groupings: z
      .array(
        z.strictObject({
          id: idSchema,
          label,
          levels: z
            .array(z.strictObject({ id: idSchema, label }))
            .min(1, 'must list at least one level')
            .superRefine(uniqueIds('level')),
        }),
      )
      .superRefine(uniqueIds('grouping'))
      .optional(),
    cohorts: z
      .array(z.strictObject({ id: idSchema, label: label.optional(), referrals: DateWindowSchema }))
      .min(1, 'must list at least one cohort')
      .superRefine(uniqueIds('cohort')),
    waves: z
      .array(z.strictObject({ id: idSchema, label, fieldwork: DateWindowSchema.optional() }))
      .min(2, 'must list at least two waves (one wave has nothing to compare)')
      .superRefine(uniqueIds('wave')),
    tools: z
      .array(
        z.strictObject({
          id: idSchema,
          name: label,
          audience: ToolAudienceSchema.optional(),
          category: ToolCategorySchema.optional(),
          aliases: z.array(label).optional(),
          description: label.optional(),
        }),
      )
      .min(1, 'must list at least one tool')
      .superRefine(uniqueIds('tool')),
    usageLevels: z
      .array(z.strictObject({ id: idSchema, label: label.optional(), uses: z.boolean() }))
      .min(2, 'must list at least two levels')
      .superRefine(uniqueIds('usage level'))
      .superRefine((levels, ctx) => {
        // Tallies count unanswered questions under `missing`, and wide tally rows have `group`,
        // `tool` and `n` columns beside one column per level: a level may not take those names.
        levels.forEach((l, i) => {
          if (l.id === 'missing')
            ctx.addIssue({
              code: 'custom',
              path: [i, 'id'],
              message: '"missing" is reserved for unanswered questions; name the level otherwise',
            });
          else if (l.id === 'group' || l.id === 'tool' || l.id === 'n')
            ctx.addIssue({
              code: 'custom',
              path: [i, 'id'],
              message: `"${l.id}" is a column of usage tables; name the level otherwise`,
            });
        });
        if (!levels.some((l) => l.uses))
          ctx.addIssue({
            code: 'custom',
            message: 'must have at least one level that uses the tool',
          });
        if (!levels.some((l) => !l.uses))
          ctx.addIssue({
            code: 'custom',
            message: 'must have at least one level that does not use the tool',
          });
      })
      .optional(),
    scales: z.array(ScaleSchema).min(1).superRefine(uniqueIds('scale')).optional(),
    measures: z
      .array(z.union([idSchema, z.looseObject({ id: idSchema })]))
      .superRefine((ms, ctx) =>
        uniqueIds('measure')(
          ms.map((m) => ({ id: typeof m === 'string' ? m : m.id })),
          ctx as unknown as z.core.$RefinementCtx<readonly { id: string }[]>,
        ),
      )
      .optional(),
    scorers: z
      .array(idSchema)
      .min(1)
      .refine((xs) => new Set(xs).size === xs.length, 'lists a scorer more than once')
      .optional(),
  })
  .superRefine((d, ctx) => {
    // Cohorts are told apart by referral date, so their windows must not overlap.
    d.cohorts.forEach((a, i) => {
      d.cohorts.slice(0, i).forEach((b) => {
        if (a.referrals.start <= b.referrals.end && b.referrals.start <= a.referrals.end) {
          ctx.addIssue({
            code: 'custom',
            params: { code: 'overlapping_windows' },
            path: ['cohorts', i, 'referrals'],
            message: `cohort ${JSON.stringify(a.id)}'s referral window overlaps cohort ${JSON.stringify(b.id)}'s, so a referral date could not tell them apart`,
          });
        }
      });
    });
    // Waves are listed in time order: a wave's fieldwork cannot start before an earlier one's.
    let previous: { id: string; start: string } | undefined;
    d.waves.forEach((w, i) => {
      if (w.fieldwork === undefined) return;
      if (previous !== undefined && w.fieldwork.start < previous.start) {
        ctx.addIssue({
          code: 'custom',
          params: { code: 'out_of_order' },
          path: ['waves', i, 'fieldwork', 'start'],
          message: `wave ${JSON.stringify(w.id)} starts before wave ${JSON.stringify(previous.id)}; list waves in time order`,
        });
      }
      previous = { id: w.id, start: w.fieldwork.start };
    });
    const groupings = new Map((d.groupings ?? []).map((g) => [g.id, g]));
    d.pilots.forEach((p, i) => {
      for (const [grouping, level] of Object.entries(p.groups ?? {})) {
        const g = groupings.get(grouping);
        if (g === undefined) {
          ctx.addIssue({
            code: 'custom',
            params: { code: 'unknown_grouping' },
            path: ['pilots', i, 'groups', grouping],
            message: `${JSON.stringify(grouping)} is not one of the study's groupings${groupings.size ? ` (${[...groupings.keys()].join(', ')})` : ' (it defines none)'}`,
          });
        } else if (!g.levels.some((l) => l.id === level)) {
          ctx.addIssue({
            code: 'custom',
            params: { code: 'unknown_level' },
            path: ['pilots', i, 'groups', grouping],
            message: `${JSON.stringify(level)} is not a level of grouping ${JSON.stringify(grouping)} (${g.levels.map((l) => l.id).join(', ')})`,
          });
        }
      }
    });
  }) as z.ZodType<StudyDefinition>;

/**
 * Checks a study definition (from a JSON file, say) and returns it, or every problem as a
 * `ValidationIssue` with its path.
 *
 * @category Studies
 * @example
 * ```ts
 * import { parseStudyDefinition } from 'sos-eval/models';
 *
 * const result = parseStudyDefinition({
 *   id: 's', title: 'S', pilots: [{ id: 'a', name: 'A' }],
 *   cohorts: [{ id: 'c', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'baseline', label: 'Baseline' }], tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * result._tag //=> 'Left'
 * result._tag === 'Left' && result.left[0]?.message //=> 'waves: must list at least two waves (one wave has nothing to compare)'
 * ```
 */
export function parseStudyDefinition(input: unknown): Either<ValidationIssue[], StudyDefinition> {
  return parseWith(StudyDefinitionSchema, input);
}
