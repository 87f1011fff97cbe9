import { z } from 'zod';

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
 * A social worker, by pseudonymous id, in one of a study's sites. A study's `schemas.socialWorker`
 * checks the site id against the study.
 *
 * @category Social workers
 */
export interface SocialWorker<P extends string = string> {
  /** Pseudonymous worker id, such as `SW-0042`; never a name. */
  readonly id: string;
  /** The site the worker works in. */
  readonly pilotId: P;
  /** Permanent or agency employment. */
  readonly employment: Employment;
}

/**
 * A worker's answer per tool: one of the study's usage levels, or `null` when not answered. A tool
 * left out is a missing answer too (counted as missing by the tallies, never as non-use).
 *
 * @category Social workers
 */
export type ToolUsage<T extends string = string, L extends string = string> = Readonly<
  Partial<Record<T, L | null>>
>;

/**
 * A social worker's survey answers at one wave: employment, training, supervision, confidence,
 * and how many of their families they used each tool with. A study's
 * `schemas.workerSurveyResponse` checks the site, wave, tools and usage levels against the study.
 *
 * @category Social workers
 */
export interface WorkerSurveyResponse<
  P extends string = string,
  W extends string = string,
  T extends string = string,
  L extends string = string,
> {
  /** Pseudonymous id of the worker who answered. */
  readonly workerId: string;
  /** The site the worker works in. */
  readonly pilotId: P;
  /** The survey wave. */
  readonly wave: W;
  /** Permanent or agency employment; `null` when not answered. */
  readonly employment: Employment | null;
  /** Days of training in the framework (0–60); `null` when not answered. */
  readonly trainingDays: number | null;
  /** Whether their supervision was aligned with the framework; `null` when not answered. */
  readonly supervisionAligned: boolean | null;
  /** Confidence in using the framework, on the study's `confidence` scale; `null` when not answered. */
  readonly confidence: number | null;
  /** The answer per tool; a tool left out or `null` was not answered. */
  readonly usage: ToolUsage<T, L>;
}
