import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { assertArray, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { offScaleReason } from '../_lib/on-scale.js';
import { IsoDateSchema } from '../models/iso-date.js';
import { parseMany, parseWith, type ParsedRows } from '../models/parse.js';
import type { AnyStudy, Study } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { PseudonymousIdSchema } from '../models/worker.js';
import { CodebookSchema, type Codebook } from './codebook.js';
import { CodedSegmentSchema, type CodedSegment } from './coded-segment.js';
import { EmmieRatingSchema, type EmmieRating } from './emmie-rating.js';
import { RealistConfigurationSchema, type RealistConfiguration } from './realist-configuration.js';
import type { SelfProfilingRating } from './self-profiling-rating.js';
import { INFORMANT_ROLES, SourceKindSchema, type Source } from './source.js';
import { quoteList, readStudy } from './_study.js';

/** A rating scale: lowest and highest rating and the step between them. */
export interface RatingScale {
  /** Lowest rating. */
  readonly min: number;
  /** Highest rating. */
  readonly max: number;
  /** Distance between ratings. */
  readonly step: number;
}

/** Options for {@link qualitativeModels}. */
export interface QualitativeModelOptions {
  /** The informant roles sources may name. Default {@link INFORMANT_ROLES}. */
  readonly roles?: readonly string[];
  /** The implementation dimensions self-profiling may rate; any when left out. */
  readonly dimensions?: readonly string[];
  /**
   * The self-profiling scale: the id of one of the study's scales, or a scale. Default the
   * study's first scale; a study with no scales accepts any finite rating.
   */
  readonly scale?: string | RatingScale;
}

/** The records {@link qualitativeModels} knows, by name. */
export interface QualitativeRecords {
  /** A source. */
  readonly source: Source;
  /** A codebook. */
  readonly codebook: Codebook;
  /** A coded segment. */
  readonly codedSegment: CodedSegment;
  /** A self-profiling rating. */
  readonly selfProfilingRating: SelfProfilingRating;
  /** A realist configuration. */
  readonly realistConfiguration: RealistConfiguration;
  /** An EMMIE rating. */
  readonly emmieRating: EmmieRating;
}

/**
 * A study's qualitative models: zod schemas checking sites, waves, roles and ratings against the
 * study, and parsers that return `Either<ValidationIssue[], record>` (one record) or the valid rows
 * and an issue per problem (many); they never throw on data.
 *
 * @category Models
 */
export interface QualitativeModels {
  /** The study. */
  readonly study: AnyStudy;
  /** The roles sources may name. */
  readonly roles: readonly string[];
  /** The self-profiling scale, or `null` when any finite rating is accepted. */
  readonly scale: RatingScale | null;
  /** zod schemas of the records. */
  readonly schemas: { readonly [K in keyof QualitativeRecords]: z.ZodType<QualitativeRecords[K]> };
  /** One-record parsers. */
  readonly parse: {
    readonly [K in keyof QualitativeRecords]: (
      input: unknown,
    ) => Either<ValidationIssue[], QualitativeRecords[K]>;
  };
  /** Many-record parsers: valid rows kept, every problem reported with its row index. */
  readonly parseMany: {
    readonly [K in keyof QualitativeRecords]: (
      input: readonly unknown[],
    ) => ParsedRows<QualitativeRecords[K]>;
  };
}

const oneOf = (what: string, code: string, ids: readonly string[]) => {
  const known = new Set(ids);
  return z.string().check((ctx) => {
    if (!known.has(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        params: { code },
        message: `${JSON.stringify(ctx.value)} is not a ${what} (${quoteList(ids)})`,
        input: ctx.value,
      });
    }
  });
};

function readScale(study: AnyStudy, scale: unknown): RatingScale | null {
  if (scale === undefined) return study.scales[0] ?? null;
  if (typeof scale === 'string') {
    const found = study.scales.find((s) => s.id === scale);
    if (found === undefined) {
      throw new RangeError(
        `options.scale must be one of the study's scales (${quoteList(study.scales.map((s) => s.id))}) or a scale, got ${showValue(scale)}`,
      );
    }
    return found;
  }
  const s = scale as Partial<RatingScale> | null;
  if (
    s === null ||
    typeof s !== 'object' ||
    !Number.isFinite(s.min) ||
    !Number.isFinite(s.max) ||
    !(s.step! > 0) ||
    !(s.max! >= s.min!)
  ) {
    throw new RangeError(
      `options.scale must be a scale id or { min, max, step } with finite min ≤ max and step > 0, got ${showValue(scale)}`,
    );
  }
  return { min: s.min!, max: s.max!, step: s.step! };
}

/**
 * The qualitative models of a study: sources (interviews, focus groups, case files, documents) by
 * site, wave and informant role; codebooks; coded segments; self-profiling ratings on the study's
 * scale; realist context–mechanism–outcome configurations; and EMMIE ratings. Sites and waves
 * must be the study's; unknown ones are reported with codes `unknown_pilot` and `unknown_wave`.
 *
 * @param study - A study made by `defineStudy`.
 * @returns Frozen {@link QualitativeModels}.
 * @throws TypeError if `study` is not a study; RangeError for bad options (unknown scale, empty role list).
 * @category Models
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { qualitativeModels } from 'sos-eval/qualitative';
 * const study = defineStudy({
 *   id: 'demo', title: 'A made-up study',
 *   pilots: [{ id: 'north', name: 'North' }, { id: 'south', name: 'South' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2024-01-01', end: '2024-06-30' } }],
 *   waves: [{ id: 'start', label: 'Start' }, { id: 'end', label: 'End' }],
 *   tools: [{ id: 'plan', name: 'Safety plan' }],
 *   usageLevels: [{ id: 'yes', label: 'Yes', uses: true }, { id: 'no', label: 'No', uses: false }],
 * });
 * const models = qualitativeModels(study);
 * models.parse.source({
 *   id: 'int-01', kind: 'interview', pilot: 'north', wave: 'start',
 *   role: 'senior-manager', informants: ['KI-01'],
 * })._tag //=> 'Right'
 * const bad = models.parse.source({
 *   id: 'int-02', kind: 'interview', pilot: 'west', wave: 'start', role: 'senior-manager', informants: [],
 * });
 * bad._tag === 'Left' && bad.left[0].code //=> 'unknown_pilot'
 * ```
 */
export function qualitativeModels(
  study: Study<string, string, string, string, string, string>,
  options: QualitativeModelOptions = {},
): QualitativeModels {
  const s = readStudy('study', study);
  const roles = options.roles ?? INFORMANT_ROLES;
  assertArray('options.roles', roles);
  if (roles.length === 0 || !roles.every((r) => typeof r === 'string' && r.length > 0)) {
    throw new RangeError(
      `options.roles must be a non-empty list of role names, got ${showValue(roles)}`,
    );
  }
  if (options.dimensions !== undefined) assertArray('options.dimensions', options.dimensions);
  const scale = readScale(s, options.scale);

  const pilot = oneOf(`site of study ${JSON.stringify(s.id)}`, 'unknown_pilot', s.ids.pilots);
  const wave = oneOf(`wave of study ${JSON.stringify(s.id)}`, 'unknown_wave', s.ids.waves);

  const source = z.strictObject({
    id: PseudonymousIdSchema,
    kind: SourceKindSchema,
    pilot,
    wave,
    role: oneOf('role of these models', 'unknown_role', roles).nullable(),
    informants: z.array(PseudonymousIdSchema).refine((xs) => new Set(xs).size === xs.length, {
      message: 'lists an informant more than once',
    }),
    participants: z.number().int().min(0).optional(),
    title: z.string().max(1000).optional(),
    date: IsoDateSchema.optional(),
    text: z.string().optional(),
  }) as z.ZodType<Source>;

  const rating = z.number().check((ctx) => {
    const reason =
      scale === null
        ? Number.isFinite(ctx.value)
          ? undefined
          : { code: 'not_finite', text: `${ctx.value} is not a finite number` }
        : offScaleReason(ctx.value, scale);
    if (reason !== undefined) {
      ctx.issues.push({
        code: 'custom',
        params: { code: reason.code },
        message: reason.text,
        input: ctx.value,
      });
    }
  });
  const selfProfilingRating = z.strictObject({
    pilot,
    wave,
    informantId: PseudonymousIdSchema.optional(),
    dimension:
      options.dimensions === undefined
        ? z.string().min(1)
        : oneOf('dimension of these models', 'unknown_dimension', options.dimensions as string[]),
    rating,
  }) as z.ZodType<SelfProfilingRating>;

  const realistConfiguration = RealistConfigurationSchema.superRefine((c, ctx) => {
    const pilots = new Set<string>(s.ids.pilots);
    const waves = new Set<string>(s.ids.waves);
    if (c.pilot !== undefined && !pilots.has(c.pilot)) {
      ctx.addIssue({
        code: 'custom',
        params: { code: 'unknown_pilot' },
        path: ['pilot'],
        message: `${JSON.stringify(c.pilot)} is not a site of study ${JSON.stringify(s.id)} (${quoteList(s.ids.pilots)})`,
      });
    }
    if (c.wave !== undefined && !waves.has(c.wave)) {
      ctx.addIssue({
        code: 'custom',
        params: { code: 'unknown_wave' },
        path: ['wave'],
        message: `${JSON.stringify(c.wave)} is not a wave of study ${JSON.stringify(s.id)} (${quoteList(s.ids.waves)})`,
      });
    }
  }) as z.ZodType<RealistConfiguration>;

  const schemas = {
    source,
    codebook: CodebookSchema as z.ZodType<Codebook>,
    codedSegment: CodedSegmentSchema as z.ZodType<CodedSegment>,
    selfProfilingRating,
    realistConfiguration,
    emmieRating: EmmieRatingSchema as z.ZodType<EmmieRating>,
  };
  type Names = keyof QualitativeRecords;
  const names = Object.keys(schemas) as Names[];
  const parse = Object.fromEntries(
    names.map((k) => [k, (input: unknown) => parseWith(schemas[k], input)]),
  ) as unknown as QualitativeModels['parse'];
  const many = Object.fromEntries(
    names.map((k) => [k, (input: readonly unknown[]) => parseMany(schemas[k], input)]),
  ) as unknown as QualitativeModels['parseMany'];
  Object.freeze(parse);
  Object.freeze(many);
  return Object.freeze({
    study: s,
    roles: deepFreeze([...roles]),
    scale: scale === null ? null : deepFreeze({ min: scale.min, max: scale.max, step: scale.step }),
    schemas: Object.freeze(schemas),
    parse,
    parseMany: many,
  });
}
