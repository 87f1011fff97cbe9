import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { DateWindowSchema } from './iso-date.js';
import { parseWith } from './parse.js';
import type { ValidationIssue } from './validation-issue.js';

/**
 * A cohort's id. The 2017 evaluation recruited families in two cohorts by referral date.
 *
 * @category Cohorts and waves
 * @example
 * ```ts
 * import { CohortIdSchema } from 'sos-eval/models';
 *
 * CohortIdSchema.options //=> ['cohort-1', 'cohort-2']
 * ```
 */
export const CohortIdSchema = z.enum(['cohort-1', 'cohort-2']);

/**
 * A cohort's id.
 *
 * @category Cohorts and waves
 */
export type CohortId = z.infer<typeof CohortIdSchema>;

/**
 * A cohort: id, label, and the inclusive window of referral dates that defines it.
 *
 * @category Cohorts and waves
 * @example
 * ```ts
 * import { CohortSchema } from 'sos-eval/models';
 *
 * CohortSchema.safeParse({ id: 'cohort-1', label: 'Cohort 1', referralWindow: { start: '2015-03-01', end: '2015-05-31' } }).success //=> true
 * ```
 */
export const CohortSchema = z.strictObject({
  /** The cohort's id. */
  id: CohortIdSchema,
  /** A label for tables, such as "Cohort 1". */
  label: z.string().min(1),
  /** The dates between which the cohort's families were referred (inclusive). */
  referralWindow: DateWindowSchema,
});

/**
 * A cohort of families.
 *
 * @category Cohorts and waves
 */
export type Cohort = z.infer<typeof CohortSchema>;

/**
 * Parses a cohort record.
 *
 * @category Cohorts and waves
 * @example
 * ```ts
 * import { parseCohort } from 'sos-eval/models';
 *
 * parseCohort({ id: 'cohort-2', label: 'Cohort 2', referralWindow: { start: '2015-08-01', end: '2015-10-31' } })._tag //=> 'Right'
 * ```
 */
export function parseCohort(input: unknown): Either<ValidationIssue[], Cohort> {
  return parseWith(CohortSchema, input);
}

/**
 * A wave of fieldwork: `T1` (first interview) or `T2` (re-interview about six months later).
 *
 * @category Cohorts and waves
 * @example
 * ```ts
 * import { WaveIdSchema } from 'sos-eval/models';
 *
 * WaveIdSchema.options //=> ['T1', 'T2']
 * ```
 */
export const WaveIdSchema = z.enum(['T1', 'T2']);

/**
 * A wave's id.
 *
 * @category Cohorts and waves
 */
export type WaveId = z.infer<typeof WaveIdSchema>;

/**
 * A wave: id, label and its inclusive fieldwork window.
 *
 * @category Cohorts and waves
 * @example
 * ```ts
 * import { WaveSchema } from 'sos-eval/models';
 *
 * WaveSchema.safeParse({ id: 'T2', label: 'Time 2', fieldworkWindow: { start: '2016-02-01', end: '2016-07-31' } }).success //=> true
 * ```
 */
export const WaveSchema = z.strictObject({
  /** The wave's id. */
  id: WaveIdSchema,
  /** A label for tables, such as "Time 1". */
  label: z.string().min(1),
  /** The dates between which the wave's interviews took place (inclusive). */
  fieldworkWindow: DateWindowSchema,
});

/**
 * A wave of fieldwork.
 *
 * @category Cohorts and waves
 */
export type Wave = z.infer<typeof WaveSchema>;

/**
 * Parses a wave record.
 *
 * @category Cohorts and waves
 * @example
 * ```ts
 * import { parseWave } from 'sos-eval/models';
 *
 * parseWave({ id: 'T3', label: 'Time 3', fieldworkWindow: { start: '2017-01-01', end: '2017-02-01' } })._tag //=> 'Left'
 * ```
 */
export function parseWave(input: unknown): Either<ValidationIssue[], Wave> {
  return parseWith(WaveSchema, input);
}
