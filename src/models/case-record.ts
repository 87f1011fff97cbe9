import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { IsoDateSchema } from './iso-date.js';
import { parseWith } from './parse.js';
import { ToolIdSchema } from './tool.js';
import type { ValidationIssue } from './validation-issue.js';
import { PseudonymousIdSchema } from './worker.js';

/**
 * Who gave a scaling score: the social worker, a family member, or someone from the family's
 * network.
 *
 * @category Case records
 * @example
 * ```ts
 * import { ScorerSchema } from 'sos-eval/models';
 *
 * ScorerSchema.options //=> ['worker', 'family', 'network']
 * ```
 */
export const ScorerSchema = z.enum(['worker', 'family', 'network']);

/**
 * Who gave a scaling score.
 *
 * @category Case records
 */
export type Scorer = z.infer<typeof ScorerSchema>;

/**
 * One dated scaling judgement on a case: who scored, on which scale (`safety` 0–10 by default),
 * and the score in half-points.
 *
 * @category Case records
 * @example
 * ```ts
 * import { ScalingJudgementSchema } from 'sos-eval/models';
 *
 * ScalingJudgementSchema.safeParse({ date: '2015-06-10', scale: 'safety', scoredBy: 'worker', score: 4.5 }).success //=> true
 * ScalingJudgementSchema.safeParse({ date: '2015-06-10', scale: 'safety', scoredBy: 'worker', score: 11 }).success //=> false
 * ```
 */
export const ScalingJudgementSchema = z.strictObject({
  /** The date of the judgement; not after the audit date. */
  date: IsoDateSchema,
  /** The scale scored on; only `safety` (0–10) so far, the default. */
  scale: z.enum(['safety']).default('safety'),
  /** Who gave the score: the worker, the family or the network. */
  scoredBy: ScorerSchema,
  /** The score, 0–10 in whole or half points. */
  score: z
    .number()
    .min(0)
    .max(10)
    .refine((s) => Number.isInteger(s * 2), { message: 'must be a whole or half point' }),
});

/**
 * One dated scaling judgement.
 *
 * @category Case records
 */
export type ScalingJudgement = z.infer<typeof ScalingJudgementSchema>;

/**
 * A case-file audit of one family: the date audited, the allocated worker where known, which
 * tools the file evidences, and the dated scaling judgements found in it.
 *
 * @category Case records
 * @example
 * ```ts
 * import { CaseRecordSchema } from 'sos-eval/models';
 *
 * CaseRecordSchema.safeParse({
 *   familyId: 'F-0001', auditDate: '2016-03-01', workerId: 'SW-001',
 *   toolsEvidenced: ['mapping', 'danger-statements'],
 *   judgements: [{ date: '2015-06-10', scale: 'safety', scoredBy: 'worker', score: 4 }],
 * }).success //=> true
 * ```
 */
export const CaseRecordSchema = z
  .strictObject({
    /** Pseudonymous id of the family whose case file was audited. */
    familyId: PseudonymousIdSchema,
    /** The date of the audit. */
    auditDate: IsoDateSchema,
    /** Pseudonymous id of the allocated worker, when the audit records one. */
    workerId: PseudonymousIdSchema.optional(),
    /** The tools the case file shows were used, each at most once. */
    toolsEvidenced: z
      .array(ToolIdSchema)
      .refine((xs) => new Set(xs).size === xs.length, { message: 'lists a tool more than once' }),
    /** The dated scaling judgements recorded in the file. */
    judgements: z.array(ScalingJudgementSchema),
  })
  .superRefine((record, ctx) => {
    record.judgements.forEach((j, i) => {
      if (j.date > record.auditDate) {
        ctx.addIssue({
          code: 'custom',
          params: { code: 'after_audit' },
          path: ['judgements', i, 'date'],
          message: `judgement dated ${j.date} is after the audit date ${record.auditDate}`,
        });
      }
    });
  });

/**
 * A case-file audit of one family.
 *
 * @category Case records
 */
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/**
 * Parses a case record.
 *
 * @category Case records
 * @example
 * ```ts
 * import { parseCaseRecord } from 'sos-eval/models';
 *
 * parseCaseRecord({ familyId: 'F-0001', auditDate: '2016-03-01', toolsEvidenced: ['genogram'], judgements: [] })._tag //=> 'Left'
 * ```
 */
export function parseCaseRecord(input: unknown): Either<ValidationIssue[], CaseRecord> {
  return parseWith(CaseRecordSchema, input);
}
