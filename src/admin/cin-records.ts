import { z } from 'zod';
import { IsoDateSchema } from '../models/iso-date.js';

const date = IsoDateSchema;
const maybeDate = IsoDateSchema.nullable();

/**
 * The census header: collection year, reference date (31 March ending the year) and the local
 * authority's three-digit code (`LEA`). Each is `null` when the file leaves it out.
 *
 * @category Census
 * @example
 * ```ts
 * import { CinHeaderSchema } from 'sos-eval/admin';
 * CinHeaderSchema.safeParse({ year: 2023, referenceDate: '2023-03-31', authority: '316' }).success //=> true
 * ```
 */
export const CinHeaderSchema = z.object({
  /** Collection year (`CollectionDetails/Year`). */
  year: z.number().int().nullable(),
  /** `CollectionDetails/ReferenceDate`, normally 31 March of the year. */
  referenceDate: maybeDate,
  /** `Source/LEA`: the authority's three-digit DfE code. */
  authority: z
    .string()
    .regex(/^\d{3}$/)
    .nullable(),
});

/** A census header. @category Census */
export type CinHeader = z.infer<typeof CinHeaderSchema>;

/**
 * An assessment (`Assessments`): start, optional internal review and authorisation (completion)
 * dates, and the factors identified at its end.
 *
 * @category Census
 * @example
 * ```ts
 * import { CinAssessmentSchema } from 'sos-eval/admin';
 * CinAssessmentSchema.safeParse({ startDate: '2023-01-05', internalReviewDate: null,
 *   authorisationDate: '2023-02-01', factors: ['3A', '16A'] }).success //=> true
 * ```
 */
export const CinAssessmentSchema = z.object({
  startDate: date,
  internalReviewDate: maybeDate,
  authorisationDate: maybeDate,
  factors: z.array(z.string()),
});

/** An assessment. @category Census */
export type CinAssessment = z.infer<typeof CinAssessmentSchema>;

/**
 * A child in need plan (`CINPlanDates`, collected from 2022).
 *
 * @category Census
 * @example
 * ```ts
 * import { CinPlanSchema } from 'sos-eval/admin';
 * CinPlanSchema.safeParse({ startDate: '2023-01-05', endDate: null }).success //=> true
 * ```
 */
export const CinPlanSchema = z.object({ startDate: date, endDate: maybeDate });

/** A child in need plan. @category Census */
export type CinPlan = z.infer<typeof CinPlanSchema>;

/**
 * A section 47 enquiry (`Section47`) and its initial child protection conference.
 *
 * @category Census
 * @example
 * ```ts
 * import { CinSection47Schema } from 'sos-eval/admin';
 * CinSection47Schema.safeParse({ startDate: '2023-01-05', icpcTargetDate: '2023-01-20',
 *   icpcDate: '2023-01-19', icpcNotRequired: false }).success //=> true
 * ```
 */
export const CinSection47Schema = z.object({
  startDate: date,
  icpcTargetDate: maybeDate,
  icpcDate: maybeDate,
  icpcNotRequired: z.boolean().nullable(),
});

/** A section 47 enquiry. @category Census */
export type CinSection47 = z.infer<typeof CinSection47Schema>;

/**
 * A child protection plan (`ChildProtectionPlans`) with its reviews. `previousPlans` is the
 * number of earlier plans the child had; 0 is valid (a first plan), although every schema year
 * types it as a positive integer.
 *
 * @category Census
 * @example
 * ```ts
 * import { CinProtectionPlanSchema } from 'sos-eval/admin';
 * CinProtectionPlanSchema.safeParse({ startDate: '2022-05-03', endDate: '2023-03-31',
 *   initialCategory: 'NEG', latestCategory: 'EMO', previousPlans: 0,
 *   reviewDates: ['2022-08-01'] }).success //=> true
 * ```
 */
export const CinProtectionPlanSchema = z.object({
  startDate: date,
  endDate: maybeDate,
  initialCategory: z.string().nullable(),
  latestCategory: z.string().nullable(),
  previousPlans: z.number().int().min(0).nullable(),
  reviewDates: z.array(date),
});

/** A child protection plan. @category Census */
export type CinProtectionPlan = z.infer<typeof CinProtectionPlanSchema>;

/**
 * One CIN episode (`CINdetails`): a referral and what followed it. `initialCpcDate` is the
 * episode-level `DateOfInitialCPC` (a conference held without a section 47 on this episode).
 *
 * @category Census
 * @example
 * ```ts
 * import { CinEpisodeSchema } from 'sos-eval/admin';
 * CinEpisodeSchema.safeParse({ referralDate: '2022-05-03', referralSource: '6', primaryNeed: 'N1',
 *   closureDate: null, closureReason: null, initialCpcDate: null, referralNfa: false,
 *   assessments: [], cinPlans: [], section47s: [], protectionPlans: [] }).success //=> true
 * ```
 */
export const CinEpisodeSchema = z.object({
  referralDate: date,
  referralSource: z.string().nullable(),
  primaryNeed: z.string().nullable(),
  closureDate: maybeDate,
  closureReason: z.string().nullable(),
  initialCpcDate: maybeDate,
  referralNfa: z.boolean().nullable(),
  assessments: z.array(CinAssessmentSchema),
  cinPlans: z.array(CinPlanSchema),
  section47s: z.array(CinSection47Schema),
  protectionPlans: z.array(CinProtectionPlanSchema),
});

/** A CIN episode. @category Census */
export type CinEpisode = z.infer<typeof CinEpisodeSchema>;

/**
 * A child's census record (`Child`): identifiers, characteristics and every CIN episode. The LA
 * child id and UPN-shaped ids are pseudonymous keys to be kept inside the analysis, never
 * published. A code the year's code lists do not hold is reported as an issue and read as `null`.
 * `line` is the line of the `<Child>` tag in the file (`null` for records not read from XML).
 *
 * @category Census
 * @example
 * ```ts
 * import { CinChildSchema } from 'sos-eval/admin';
 * CinChildSchema.safeParse({ laChildId: 'C0001', upn: null, formerUpn: null, upnUnknown: 'UN1',
 *   birthDate: '2015-06-01', expectedBirthDate: null, gender: '2', deathDate: null,
 *   ethnicity: 'WBRI', disabilities: ['NONE'], episodes: [], line: null }).success //=> true
 * ```
 */
export const CinChildSchema = z.object({
  laChildId: z.string().min(1),
  upn: z.string().nullable(),
  formerUpn: z.string().nullable(),
  upnUnknown: z.string().nullable(),
  birthDate: maybeDate,
  expectedBirthDate: maybeDate,
  gender: z.string().nullable(),
  deathDate: maybeDate,
  ethnicity: z.string().nullable(),
  disabilities: z.array(z.string()),
  episodes: z.array(CinEpisodeSchema),
  line: z.number().int().nullable(),
});

/** A child's census record. @category Census */
export type CinChild = z.infer<typeof CinChildSchema>;
