import type { CaseRecord } from '../models/case-record.js';
import type { Family } from '../models/family.js';
import type { FamilyInterview } from '../models/family-interview.js';
import type { StudyPilot } from '../models/study/study.js';
import type { SocialWorker, WorkerSurveyResponse } from '../models/worker.js';
import { assertNumber } from '../_lib/args.js';
import {
  SOS_2017,
  type CohortId,
  type PilotId,
  type ToolId,
  type UsageLevel,
  type WaveId,
} from '../reference/sos-2017.js';
import { SURVEY_USAGE_COUNTS_2017 } from '../reference/survey-usage-2017.js';
import { synthesiseCaseRecords } from './_case-records.js';
import { synthesiseFamilies } from './_families.js';
import { synthesiseInterviews } from './_interviews.js';
import { createRandom } from './_random.js';
import { assertSeed } from './_seed.js';
import { synthesiseWorkers, type LevelCounts } from './_workers.js';

/**
 * The notice every synthetic dataset carries, so that no table made from it is mistaken for the
 * evaluation's data.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { SYNTHETIC_NOTICE } from 'sos-eval/synthetic';
 *
 * SYNTHETIC_NOTICE.startsWith('SYNTHETIC DATA') //=> true
 * ```
 */
export const SYNTHETIC_NOTICE =
  'SYNTHETIC DATA: made up by sos-eval to match the published 2017 figures. No real person, family or record is in it.';

/**
 * A record-level dataset shaped like the 2017 evaluation's, made up from a seed.
 *
 * @category Synthetic data
 */
export interface SyntheticEvaluation {
  /** Always true: this is not real data. */
  readonly synthetic: true;
  /** {@link SYNTHETIC_NOTICE}. */
  readonly notice: string;
  /** The seed it was made from. */
  readonly seed: number;
  /** The multiple of the published counts. */
  readonly scale: number;
  /** The ten pilots: `SOS_2017.pilots` from `sos-eval/reference`. */
  readonly pilots: readonly StudyPilot<PilotId, 'experience'>[];
  /** The surveyed social workers (165 × scale). */
  readonly workers: readonly SocialWorker<PilotId>[];
  /** Their survey answers at Time 2, one per worker. */
  readonly surveyResponses: readonly WorkerSurveyResponse<PilotId, WaveId, ToolId, UsageLevel>[];
  /** The families (270 × scale) in two cohorts. */
  readonly families: readonly Family<PilotId, CohortId>[];
  /** Time 1 interviews, one per family. */
  readonly interviewsT1: readonly FamilyInterview<WaveId>[];
  /** Time 2 interviews for the families retained (184 × scale). */
  readonly interviewsT2: readonly FamilyInterview<WaveId>[];
  /** Case records for the families who agreed (262 × scale), with dated scaling judgements. */
  readonly caseRecords: readonly CaseRecord<ToolId>[];
}

/**
 * Options for {@link synthesiseEvaluation}.
 *
 * @category Synthetic data
 */
export interface SynthesiseOptions {
  /** Any 32-bit integer; the same seed always gives byte-identical data. */
  readonly seed: number;
  /** A whole number multiplying every count (for benchmarks); shares stay exactly as published. Default 1. */
  readonly scale?: number;
}

/**
 * Makes a synthetic, record-level dataset consistent with the published 2017 figures: the ten
 * pilots; 165 surveyed social workers with usage levels per tool, supervision, training and
 * confidence; 270 families in two cohorts with referral histories and concerns; Time 1 interviews
 * for all and Time 2 interviews for 184; 262 case records with dated safety judgements by worker,
 * family and network; parents' LSNS-6 and mastery item responses; goal ratings.
 *
 * Every published share is hit exactly (the counts are in `SYNTHETIC_TARGETS`) and the slides'
 * grouping patterns hold — everyone who never uses safety planning is in `new`; supervision is
 * universal in `2 years` — while which records carry which values changes with the seed.
 * Deterministic: the same seed gives byte-identical output (xoroshiro128+ from `pure-rand`).
 *
 * @throws RangeError when `seed` is not a 32-bit integer or `scale` not a whole number ≥ 1.
 * @category Synthetic data
 * @example
 * ```ts
 * import { synthesiseEvaluation } from 'sos-eval/synthetic';
 *
 * const data = synthesiseEvaluation({ seed: 2017 });
 * data.synthetic //=> true
 * [data.workers.length, data.families.length, data.interviewsT2.length, data.caseRecords.length] //=> [165, 270, 184, 262]
 * ```
 */
export function synthesiseEvaluation(options: SynthesiseOptions): SyntheticEvaluation {
  const { seed } = options;
  const scale = options.scale ?? 1;
  assertSeed(seed);
  assertNumber('scale', scale);
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`scale must be a whole number ≥ 1, got ${scale}`);

  const random = createRandom(seed);
  const usageCounts: Record<string, LevelCounts> = {};
  for (const row of SURVEY_USAGE_COUNTS_2017) usageCounts[row.tool] = row;
  const { workers, responses } = synthesiseWorkers(random, scale, usageCounts);
  const families = synthesiseFamilies(random, scale);
  const { t1, t2 } = synthesiseInterviews(random, scale, families);
  const caseRecords = synthesiseCaseRecords(random, scale, families, workers);
  return {
    synthetic: true,
    notice: SYNTHETIC_NOTICE,
    seed,
    scale,
    pilots: SOS_2017.pilots,
    workers,
    surveyResponses: responses,
    families,
    interviewsT1: t1,
    interviewsT2: t2,
    caseRecords,
  };
}
