import { assertArray } from '../_lib/args.js';

/**
 * One dated scaling judgement on a case, flattened for analysis: which case, when, the score,
 * and who gave it.
 *
 * @category Drift and divergence
 */
export interface CaseJudgement {
  /** The case's id (a family id for case-file audits). */
  readonly caseId: string;
  /** The date of the judgement, `YYYY-MM-DD`. */
  readonly date: string;
  /** The score; `null`, `undefined` or NaN when missing. */
  readonly score: number | null | undefined;
  /** Who gave the score. */
  readonly scoredBy: string;
}

/**
 * Flattens case-file audits (`CaseRecord`s from `sos-eval/models`) into one `CaseJudgement` per scaling judgement, with
 * `caseId = familyId`, in record order then judgement order.
 *
 * @throws TypeError when `records` is not an array.
 * @category Drift and divergence
 * @example
 * ```ts
 * import { judgementsFromCaseRecords } from 'sos-eval/scaling';
 *
 * const records = [{ familyId: 'F-0001', auditDate: '2016-03-01', toolsEvidenced: [], judgements: [{ date: '2015-06-10', scale: 'safety', scoredBy: 'worker', score: 4 }] }] as const;
 * judgementsFromCaseRecords(records) //=> [{ caseId: 'F-0001', date: '2015-06-10', score: 4, scoredBy: 'worker' }]
 * ```
 */
export function judgementsFromCaseRecords(records: readonly CaseRecordLike[]): CaseJudgement[] {
  assertArray('records', records);
  return records.flatMap((record) =>
    record.judgements.map((j) => ({
      caseId: record.familyId,
      date: j.date,
      score: j.score,
      scoredBy: j.scoredBy,
    })),
  );
}

/**
 * The parts of a case record `judgementsFromCaseRecords` reads (a readonly view, so `as const`
 * literals and frozen records are accepted).
 *
 * @category Drift and divergence
 */
export interface CaseRecordLike {
  /** The family's id, used as the case id. */
  readonly familyId: string;
  /** The record's dated scaling judgements. */
  readonly judgements: readonly {
    /** The date of the judgement, `YYYY-MM-DD`. */
    readonly date: string;
    /** Who gave the score. */
    readonly scoredBy: string;
    /** The score. */
    readonly score: number;
  }[];
}
