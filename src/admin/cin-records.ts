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
  /** `AssessmentActualStartDate`: the assessment started. */
  startDate: date,
  /** `AssessmentInternalReviewDate`, when recorded. */
  internalReviewDate: maybeDate,
  /** `AssessmentAuthorisationDate`: the assessment was completed (authorised) on this date; `null` while open. */
  authorisationDate: maybeDate,
  /** `AssessmentFactors`: the factors identified at the end of the assessment (codes of the year). */
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
export const CinPlanSchema = z.object({
  /** `CINPlanStartDate`. */
  startDate: date,
  /** `CINPlanEndDate`; `null` while open. */
  endDate: maybeDate,
});

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
  /** `S47ActualStartDate`: the enquiry started. */
  startDate: date,
  /** `InitialCPCtarget`: the date the initial conference was due. */
  icpcTargetDate: maybeDate,
  /** `DateOfInitialCPC`: the initial child protection conference, when held. */
  icpcDate: maybeDate,
  /** `ICPCnotRequired`: true when no conference was needed. */
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
  /** `CPPstartDate`: the plan started. */
  startDate: date,
  /** `CPPendDate`; `null` while the plan is open. */
  endDate: maybeDate,
  /** `InitialCategoryOfAbuse`: NEG, PHY, SAB, EMO or MUL. */
  initialCategory: z.string().nullable(),
  /** `LatestCategoryOfAbuse`. */
  latestCategory: z.string().nullable(),
  /** `NumberOfPreviousCPP`: earlier plans of the child (0 for a first plan). */
  previousPlans: z.number().int().min(0).nullable(),
  /** `CPPreviewDate`s: the plan's reviews. */
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
  /** `CINreferralDate`: the referral that opened the episode. */
  referralDate: date,
  /** `ReferralSource` code. */
  referralSource: z.string().nullable(),
  /** `PrimaryNeedCode`: N0–N9. */
  primaryNeed: z.string().nullable(),
  /** `CINclosureDate`; `null` while the episode is open. */
  closureDate: maybeDate,
  /** `ReasonForClosure`: RC1–RC8 (RC9 from 2023). */
  closureReason: z.string().nullable(),
  /** Episode-level `DateOfInitialCPC`. */
  initialCpcDate: maybeDate,
  /** `ReferralNFA`: the referral led to no further action. */
  referralNfa: z.boolean().nullable(),
  /** `Assessments`. */
  assessments: z.array(CinAssessmentSchema),
  /** `CINPlanDates` (from 2022). */
  cinPlans: z.array(CinPlanSchema),
  /** `Section47` enquiries. */
  section47s: z.array(CinSection47Schema),
  /** `ChildProtectionPlans`. */
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
  /** `LAchildID`: the authority's (pseudonymous) id for the child. */
  laChildId: z.string().min(1),
  /** `UPN`: unique pupil number (pseudonymous key). */
  upn: z.string().nullable(),
  /** `FormerUPN`. */
  formerUpn: z.string().nullable(),
  /** `UPNunknown`: why there is no UPN (UN1–UN7). */
  upnUnknown: z.string().nullable(),
  /** `PersonBirthDate`. */
  birthDate: maybeDate,
  /** `ExpectedPersonBirthDate`, for an unborn child. */
  expectedBirthDate: maybeDate,
  /** `GenderCurrent`: 0 not recorded or unborn, 1 male, 2 female, 9 indeterminate. */
  gender: z.string().nullable(),
  /** `PersonDeathDate`. */
  deathDate: maybeDate,
  /** `Ethnicity` code. */
  ethnicity: z.string().nullable(),
  /** `Disability` codes (NONE when none). */
  disabilities: z.array(z.string()),
  /** The CIN episodes (`CINdetails`). */
  episodes: z.array(CinEpisodeSchema),
  /** Line of the `<Child>` tag in the file (`null` when not read from XML). */
  line: z.number().int().nullable(),
});

/** A child's census record. @category Census */
export type CinChild = z.infer<typeof CinChildSchema>;
