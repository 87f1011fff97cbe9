import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { WaveIdSchema } from './cohort.js';
import { PilotIdSchema } from './pilot.js';
import { parseWith } from './parse.js';
import { ToolIdSchema, UsageLevelSchema } from './tool.js';
import type { ValidationIssue } from './validation-issue.js';

/**
 * A pseudonymous id for a person or family (letters, digits, `-`, `_`, `.`; never a name).
 *
 * @category Validation
 * @example
 * ```ts
 * import { PseudonymousIdSchema } from 'sos-eval/models';
 *
 * PseudonymousIdSchema.safeParse('SW-0042').success //=> true
 * PseudonymousIdSchema.safeParse('Jane Smith').success //=> false
 * ```
 */
export const PseudonymousIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'must be a pseudonymous id of letters, digits, ".", "_" or "-" (no spaces, never a name)',
  );

/**
 * Whether a social worker is permanent staff or an agency (locum) worker.
 *
 * @category Social workers
 * @example
 * ```ts
 * import { EmploymentSchema } from 'sos-eval/models';
 *
 * EmploymentSchema.options //=> ['permanent', 'agency']
 * ```
 */
export const EmploymentSchema = z.enum(['permanent', 'agency']);

/**
 * Permanent or agency employment.
 *
 * @category Social workers
 */
export type Employment = z.infer<typeof EmploymentSchema>;

/**
 * A social worker, by pseudonymous id.
 *
 * @category Social workers
 * @example
 * ```ts
 * import { SocialWorkerSchema } from 'sos-eval/models';
 *
 * SocialWorkerSchema.safeParse({ id: 'SW-001', pilotId: 'suffolk', employment: 'permanent' }).success //=> true
 * ```
 */
export const SocialWorkerSchema = z.strictObject({
  /** Pseudonymous worker id, such as `SW-0042`; never a name. */
  id: PseudonymousIdSchema,
  /** The pilot authority the worker works in. */
  pilotId: PilotIdSchema,
  /** Permanent or agency employment. */
  employment: EmploymentSchema,
});

/**
 * A social worker.
 *
 * @category Social workers
 */
export type SocialWorker = z.infer<typeof SocialWorkerSchema>;

/**
 * Parses a social worker record.
 *
 * @category Social workers
 * @example
 * ```ts
 * import { parseSocialWorker } from 'sos-eval/models';
 *
 * parseSocialWorker({ id: 'SW-001', pilotId: 'suffolk', employment: 'locum' })._tag //=> 'Left'
 * ```
 */
export function parseSocialWorker(input: unknown): Either<ValidationIssue[], SocialWorker> {
  return parseWith(SocialWorkerSchema, input);
}

/**
 * A worker's usage level per tool; a tool left out, or `null`, is a missing answer (counted as
 * missing by the tallies, never as `none`). Unknown tool ids are rejected.
 *
 * @category Social workers
 * @example
 * ```ts
 * import { ToolUsageSchema } from 'sos-eval/models';
 *
 * ToolUsageSchema.safeParse({ mapping: 'all', 'three-houses': null }).success //=> true
 * ToolUsageSchema.safeParse({ genogram: 'all' }).success //=> false
 * ```
 */
export const ToolUsageSchema = z.partialRecord(ToolIdSchema, UsageLevelSchema.nullable());

/**
 * Usage level per tool.
 *
 * @category Social workers
 */
export type ToolUsage = z.infer<typeof ToolUsageSchema>;

/**
 * One social worker's survey answers at one wave: employment, training days, whether their
 * supervision was aligned with Signs of Safety, confidence in using it (1–10) and a usage level
 * per tool. Unanswered questions are `null`.
 *
 * @category Social workers
 * @example
 * ```ts
 * import { WorkerSurveyResponseSchema } from 'sos-eval/models';
 *
 * const ok = WorkerSurveyResponseSchema.safeParse({
 *   workerId: 'SW-001', pilotId: 'suffolk', wave: 'T2', employment: 'permanent',
 *   trainingDays: 5, sosSupervision: true, confidence: 8, usage: { 'safety-planning': 'all' },
 * });
 * ok.success //=> true
 * ```
 */
export const WorkerSurveyResponseSchema = z.strictObject({
  /** Pseudonymous id of the worker who answered. */
  workerId: PseudonymousIdSchema,
  /** The pilot authority the worker works in. */
  pilotId: PilotIdSchema,
  /** The survey wave. */
  wave: WaveIdSchema,
  /** Permanent or agency employment; `null` when not answered. */
  employment: EmploymentSchema.nullable(),
  /** Days of Signs of Safety training received (0–60); `null` when not answered. */
  trainingDays: z.number().min(0).max(60).nullable(),
  /** Whether their supervision was aligned with Signs of Safety; `null` when not answered. */
  sosSupervision: z.boolean().nullable(),
  /** Confidence in using Signs of Safety, 1–10; `null` when not answered. */
  confidence: z.number().int().min(1).max(10).nullable(),
  /** With all, some or none of their families, per tool; a tool left out or `null` was not answered. */
  usage: ToolUsageSchema,
});

/**
 * One social worker's survey answers.
 *
 * @category Social workers
 */
export type WorkerSurveyResponse = z.infer<typeof WorkerSurveyResponseSchema>;

/**
 * Parses one survey response.
 *
 * @category Social workers
 * @example
 * ```ts
 * import { parseWorkerSurveyResponse } from 'sos-eval/models';
 *
 * const bad = parseWorkerSurveyResponse({
 *   workerId: 'SW-001', pilotId: 'suffolk', wave: 'T2', employment: 'permanent',
 *   trainingDays: 5, sosSupervision: true, confidence: 11, usage: {},
 * });
 * bad._tag //=> 'Left'
 * ```
 */
export function parseWorkerSurveyResponse(
  input: unknown,
): Either<ValidationIssue[], WorkerSurveyResponse> {
  return parseWith(WorkerSurveyResponseSchema, input);
}
