import { assertNumber, showValue } from '../_lib/args.js';
import type {
  AnyStudy,
  StudyPilotId,
  StudyRecord,
  StudyToolId,
  StudyUsageLevelId,
  StudyWaveId,
} from '../models/study/study.js';
import { createRandom } from './_random.js';
import { assertSeed } from './_seed.js';
import { synthesiseStudyCaseRecords } from './_study-case-records.js';
import { synthesiseStudyFamilies } from './_study-families.js';
import { synthesiseStudyInterviews } from './_study-interviews.js';
import { measureSpecs } from './_study-measures.js';
import { checkUsageOption } from './_study-usage.js';
import { synthesiseStudyWorkers } from './_study-workers.js';

/**
 * Weights of a study's usage answers, by level id: `{ all: 2, some: 5, none: 3 }`. They are
 * relative (divided by their sum, so probabilities summing to 1 are fine); a level left out weighs
 * 0, and at least one level must weigh more than 0.
 *
 * @category Synthetic data
 */
export type UsageWeights<L extends string = string> = Readonly<Partial<Record<L, number>>>;

/**
 * What a `usage` function of {@link SynthesiseStudyOptions} is asked: one worker's answer about
 * one tool at one wave.
 *
 * @category Synthetic data
 */
export interface UsageQuestion<
  P extends string = string,
  W extends string = string,
  T extends string = string,
> {
  /** The worker's pseudonymous id. */
  readonly workerId: string;
  /** The worker's site. */
  readonly pilotId: P;
  /** The wave of the survey. */
  readonly wave: W;
  /** The wave's position in time order, from 0. */
  readonly waveIndex: number;
  /** The tool asked about. */
  readonly tool: T;
}

/**
 * Options for {@link synthesiseStudy}. Only `seed` is required.
 *
 * @category Synthetic data
 */
export interface SynthesiseStudyOptions<S extends AnyStudy = AnyStudy> {
  /** Any 32-bit integer; the same seed (and options) always give byte-identical data. */
  readonly seed: number;
  /** Social workers per site, a whole number ≥ 1. Default 12. */
  readonly workers?: number;
  /** Families per site, a whole number ≥ 1. Default 20. */
  readonly families?: number;
  /**
   * The share of the families interviewed at one wave who are interviewed again at the next,
   * above 0 and at most 1: exactly `round(retention × n)` of the `n` (at least one, so every wave
   * has interviews), chosen at random. Default 0.8.
   */
  readonly retention?: number;
  /**
   * How workers answer the usage question. Weights by level ({@link UsageWeights}) are dealt out
   * in exact proportion for each tool at each wave; a function is asked for the weights of each
   * answer ({@link UsageQuestion}) and the answer is drawn from them. Default: every level of the
   * study alike, so each level appears for each tool at each wave when there are at least as many
   * workers as levels.
   */
  readonly usage?:
    | UsageWeights<StudyUsageLevelId<S>>
    | ((
        question: UsageQuestion<StudyPilotId<S>, StudyWaveId<S>, StudyToolId<S>>,
      ) => UsageWeights<StudyUsageLevelId<S>>);
}

/**
 * A record-level dataset for a study, made up from a seed by {@link synthesiseStudy}: the shape
 * of {@link SyntheticEvaluation}, with the interviews by wave id.
 *
 * @category Synthetic data
 */
export interface SyntheticStudy<S extends AnyStudy = AnyStudy> {
  /** Always true: this is not real data. */
  readonly synthetic: true;
  /** Says the data are synthetic, naming the study and seed; starts `SYNTHETIC DATA`. */
  readonly notice: string;
  /** The seed it was made from. */
  readonly seed: number;
  /** The study the records belong to (its `parseMany` accepts every one of them). */
  readonly study: S;
  /** The social workers, `workers` per site, sites in order. */
  readonly workers: readonly StudyRecord<S, 'socialWorker'>[];
  /** One survey response per worker at every wave, wave by wave. */
  readonly surveyResponses: readonly StudyRecord<S, 'workerSurveyResponse'>[];
  /** The families, `families` per site, cohorts dealt out in equal shares. */
  readonly families: readonly StudyRecord<S, 'family'>[];
  /** The interviews by wave id, in wave order: every family at the first wave, fewer later. */
  readonly interviews: Readonly<
    Record<StudyWaveId<S>, readonly StudyRecord<S, 'familyInterview'>[]>
  >;
  /** Case records for 19 in 20 families, with dated scaling judgements. */
  readonly caseRecords: readonly StudyRecord<S, 'caseRecord'>[];
}

function assertWhole(name: string, value: unknown, what: string): asserts value is number {
  assertNumber(name, value);
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a whole number ≥ 1 (${what}), got ${showValue(value)}`);
}

/**
 * Makes a seeded, record-level dataset for any study — social workers and their survey answers at
 * every wave, families in the study's cohorts, interviews at every wave with attrition, and case
 * records with dated scaling judgements — so that a pipeline can be built and tested before the
 * real data arrive. **Everything it makes is synthetic**: the values follow no published figures.
 *
 * Every record parses with the study's own schemas (`study.parseMany.*` gives no issues): ids are
 * the study's, referral dates fall in their cohort's window, interviews in their wave's fieldwork
 * window (a wave without one is placed after the referral, waves about six months apart), usage
 * answers are the study's levels, confidence is on its `confidence` scale and judgements on its
 * `safety` scale (else its first) by its scorers. Every site, cohort (given as many families as
 * cohorts), wave, tool and scorer appears. Interviews carry measures only when the study lists
 * them and their items are known (built-in ids such as `'lsns-6'`, or definitions with `items`).
 * Deterministic: the same seed and options give byte-identical output in every time zone
 * (xoroshiro128+ from `pure-rand`).
 *
 * @param study - The study, from `defineStudy`.
 * @param options - {@link SynthesiseStudyOptions}: `seed`, and optionally `workers`, `families`,
 *   `retention` and `usage`.
 * @throws TypeError or RangeError naming the option: `seed` not a 32-bit integer, `workers` or
 *   `families` not a whole number ≥ 1, `retention` not in (0, 1], `usage` naming a level the study
 *   lacks or giving a weight that is negative or not finite, or giving no level any weight.
 * @category Synthetic data
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { synthesiseStudy } from 'sos-eval/synthetic';
 *
 * const study = defineStudy({
 *   id: 'northshire-2026',
 *   title: 'Signs of Safety in Northshire, 2026',
 *   pilots: [{ id: 'north', name: 'North team' }, { id: 'south', name: 'South team' }],
 *   cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [
 *     { id: 'baseline', label: 'Baseline', fieldwork: { start: '2026-04-01', end: '2026-05-31' } },
 *     { id: 'six-months', label: 'Six months' },
 *     { id: 'twelve-months', label: 'Twelve months' },
 *   ],
 *   tools: [{ id: 'mapping', name: 'Mapping' }, { id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 *   measures: ['lsns-6'],
 * });
 * const data = synthesiseStudy(study, { seed: 1 });
 * [data.workers.length, data.surveyResponses.length, data.families.length, data.caseRecords.length] //=> [24, 72, 40, 38]
 * study.ids.waves.map((w) => data.interviews[w].length) //=> [40, 32, 26]
 * study.parseMany.familyInterview(data.interviews['six-months']).issues //=> []
 * data.interviews.baseline.every((i) => study.waveOf(i.date) === 'baseline') //=> true
 *
 * // Usage answers weighted by level, here for the default all / some / none.
 * const mostly = synthesiseStudy(study, { seed: 1, usage: { all: 1, some: 2, none: 1 } });
 * mostly.surveyResponses.filter((r) => r.wave === 'baseline' && r.usage.mapping === 'some').length //=> 12
 * ```
 */
export function synthesiseStudy<S extends AnyStudy>(
  study: S,
  options: SynthesiseStudyOptions<NoInfer<S>>,
): SyntheticStudy<S> {
  if (
    study === null ||
    typeof study !== 'object' ||
    typeof (study as Partial<AnyStudy>).parseMany !== 'object' ||
    !Array.isArray((study as Partial<AnyStudy>).waves)
  )
    throw new TypeError(`study must be a study made by defineStudy, got ${showValue(study)}`);
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError(`options must be an object with a seed, got ${showValue(options)}`);
  const { seed, workers = 12, families = 20, retention = 0.8 } = options;
  assertSeed(seed);
  assertWhole('workers', workers, 'workers per site');
  assertWhole('families', families, 'families per site');
  assertNumber('retention', retention);
  if (!(retention > 0 && retention <= 1))
    throw new RangeError(`retention must be above 0 and at most 1, got ${showValue(retention)}`);
  const usage = options.usage;
  if (
    usage !== undefined &&
    typeof usage !== 'function' &&
    (usage === null || typeof usage !== 'object' || Array.isArray(usage))
  )
    throw new TypeError(
      `usage must be weights by usage level or a function returning them, got ${showValue(usage)}`,
    );
  const checkedUsage = checkUsageOption(study, usage);

  const random = createRandom(seed);
  const staff = synthesiseStudyWorkers(random, study, workers, checkedUsage);
  const familyRecords = synthesiseStudyFamilies(random, study, families);
  const interviews = synthesiseStudyInterviews(
    random,
    study,
    familyRecords,
    retention,
    measureSpecs(study),
  );
  const caseRecords = synthesiseStudyCaseRecords(
    random,
    study,
    familyRecords,
    staff.workers,
    interviews,
  );
  return {
    synthetic: true,
    notice: `SYNTHETIC DATA: made up by sos-eval from seed ${seed} for the study ${JSON.stringify(study.id)}, following no published figures. No real person, family or record is in it.`,
    seed,
    study,
    workers: staff.workers,
    surveyResponses: staff.responses,
    families: familyRecords,
    interviews,
    caseRecords,
  } as unknown as SyntheticStudy<S>;
}
