/**
 * One dated scaling judgement recorded in a case file: the scale it was scored on, who scored it
 * and the score. A study's `schemas.caseRecord` checks the scale, scorer and score against the
 * study's scales and scorers.
 *
 * @category Case records
 */
export interface ScalingJudgement<S extends string = string, R extends string = string> {
  /** The date of the judgement; not after the audit date. */
  readonly date: string;
  /** The scale scored on (the study's first scale when the record left it out). */
  readonly scale: S;
  /** Who gave the score, one of the study's scorers (by default worker, family or network). */
  readonly scoredBy: R;
  /** The score, a point on the scale. */
  readonly score: number;
}

/**
 * An audit of a family's case file: the tools it shows were used and the scaling judgements it
 * records.
 *
 * @category Case records
 */
export interface CaseRecord<T extends string = string> {
  /** Pseudonymous id of the family whose case file was audited. */
  readonly familyId: string;
  /** The date of the audit. */
  readonly auditDate: string;
  /** Pseudonymous id of the allocated worker, when the audit records one. */
  readonly workerId?: string;
  /** The tools the case file shows were used, each at most once. */
  readonly toolsEvidenced: readonly T[];
  /** The dated scaling judgements recorded in the file. */
  readonly judgements: readonly ScalingJudgement[];
}
