import { assertArray, assertCount, assertFinite, assertOneOf, showValue } from '../_lib/args.js';
import { DEFAULT_SCORERS } from '../models/study/study-defaults.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { daysBetween } from '../_lib/calendar.js';
import { leastSquaresSlope } from './_least-squares-slope.js';
import { checkJudgements, scorersOption } from './_read-judgements.js';
import { assertScale } from './_scale-arg.js';
import { SAFETY_SCALE } from './built-in-scales.js';
import type { CaseJudgement } from './case-judgement.js';
import type { Scale } from './scale.js';

/**
 * A case's drift status: `drift` (flagged: enough reviews over enough time, and the score barely
 * moved), `moving` (assessable, moved more than the allowed amount), or `not-assessable` (too few
 * reviews, or too short a span, to tell).
 *
 * @category Drift and divergence
 */
export type DriftStatus = 'drift' | 'moving' | 'not-assessable';

/**
 * One case's trajectory of safety judgements by the chosen scorer, and its drift status. Score
 * and date fields are `null` when the case has no valid score.
 *
 * @category Drift and divergence
 */
export interface DriftTrajectory {
  /** The case's id. */
  readonly caseId: string;
  /** The case's status under the drift rule. */
  readonly status: DriftStatus;
  /** True when `status` is `drift`. */
  readonly flagged: boolean;
  /** Why the case is not assessable; `null` otherwise. */
  readonly reason: string | null;
  /** Number of judgements with a score (each counts as one review, same-day ones included). */
  readonly reviews: number;
  /** Judgements on this case by the scorer with a missing score. */
  readonly missing: number;
  /** Date of the earliest review. */
  readonly firstDate: string | null;
  /** Date of the latest review. */
  readonly lastDate: string | null;
  /** Score at the earliest review (the lowest, if several share that date). */
  readonly firstScore: number | null;
  /** Score at the latest review (the highest, if several share that date). */
  readonly lastScore: number | null;
  /** Calendar days from the first to the last review. */
  readonly spanDays: number | null;
  /** Largest minus smallest score across the reviews. */
  readonly range: number | null;
  /** Least-squares slope of score on days since the first review, times 30; `null` when all reviews share one date. */
  readonly slopePer30Days: number | null;
}

/**
 * Options for `detectDrift`.
 *
 * @category Drift and divergence
 */
export interface DetectDriftOptions {
  /** Fewest reviews for a case to be assessable (default 3; at least 2). */
  readonly minReviews?: number;
  /** Fewest days from first to last review for a case to be assessable (default 90). */
  readonly minDays?: number;
  /** Largest range (max − min score) still flagged as drift (default 1). */
  readonly maxMovement?: number;
  /** Whose judgements to follow (default `worker`); one of `scorers`. */
  readonly scoredBy?: string;
  /**
   * Who may score judgements: a study's `scorers` (default worker, family, network). A judgement
   * by anyone else is reported as an issue.
   */
  readonly scorers?: readonly string[];
  /** The scale the scores are on (default `SAFETY_SCALE`). */
  readonly scale?: Scale;
}

/**
 * The result of `detectDrift`: the rule used, one trajectory per case, the flagged case ids,
 * totals, and everything left out (other scorers' judgements, missing scores, issues).
 *
 * @category Drift and divergence
 */
export interface DriftReport {
  /** The options in force, defaults filled in. */
  readonly rule: {
    /** Fewest scored reviews for a case to be assessable. */
    readonly minReviews: number;
    /** Fewest calendar days from first to last review for a case to be assessable. */
    readonly minDays: number;
    /** Largest range (max − min) of scores still counted as drift. */
    readonly maxMovement: number;
    /** Whose judgements were read. */
    readonly scoredBy: string;
  };
  /** One trajectory per case with a judgement by the scorer, sorted by case id. */
  readonly cases: readonly DriftTrajectory[];
  /** Ids of the flagged cases, sorted. */
  readonly flagged: readonly string[];
  /** Cases by status. */
  readonly totals: {
    /** Cases with a judgement by the scorer. */
    readonly cases: number;
    /** Cases flagged as drift. */
    readonly drift: number;
    /** Assessable cases whose scores moved more than `maxMovement`. */
    readonly moving: number;
    /** Cases with too few reviews or too short a span to judge. */
    readonly notAssessable: number;
  };
  /** Valid judgements by other scorers, not used here. */
  readonly otherScorers: number;
  /** Judgements by the scorer with a missing score. */
  readonly missing: number;
  /** One issue per bad field; such rows are left out. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Flags cases whose safety judgements have barely moved over a long stretch — a prompt for the
 * stance of critical inquiry, which asks practitioners to keep reviewing the balance of dangers
 * and strengths so their view does not drift into over-optimism or over-pessimism. A case is
 * flagged when it has at least `minReviews` scored reviews (by `scoredBy`), spanning at least
 * `minDays` days, and its scores' range (max − min) is at most `maxMovement`. Cases with fewer
 * reviews or a shorter span are reported as `not-assessable`, never dropped. Each case's
 * trajectory gives first and last date and score, reviews, span, range and the least-squares
 * slope per 30 days. Days are calendar days counted in UTC, so results never depend on the
 * machine's time zone. The result does not depend on the order of the input.
 *
 * @throws TypeError/RangeError for a broken argument (not an array, minReviews < 2, negative
 *   minDays or maxMovement, unknown scorer).
 * @category Drift and divergence
 * @example
 * ```ts
 * import { detectDrift } from 'sos-eval/scaling';
 *
 * const judgements = [
 *   { caseId: 'A', date: '2015-06-01', score: 4, scoredBy: 'worker' },
 *   { caseId: 'A', date: '2015-08-01', score: 4.5, scoredBy: 'worker' },
 *   { caseId: 'A', date: '2015-10-01', score: 4, scoredBy: 'worker' },
 *   { caseId: 'B', date: '2015-06-01', score: 3, scoredBy: 'worker' },
 *   { caseId: 'B', date: '2015-10-01', score: 7, scoredBy: 'worker' },
 * ] as const;
 * const report = detectDrift(judgements);
 * report.flagged //=> ['A']
 * report.cases.map((c) => c.status) //=> ['drift', 'not-assessable']
 * report.cases[0].spanDays //=> 122
 * report.cases[0].slopePer30Days //=> 0
 * ```
 */
export function detectDrift(
  judgements: readonly CaseJudgement[],
  options: DetectDriftOptions = {},
): DriftReport {
  assertArray('judgements', judgements);
  const minReviews = options.minReviews ?? 3;
  const minDays = options.minDays ?? 90;
  const maxMovement = options.maxMovement ?? 1;
  const scoredBy = options.scoredBy ?? 'worker';
  const scale = options.scale ?? SAFETY_SCALE;
  assertCount('minReviews', minReviews);
  if (minReviews < 2)
    throw new RangeError(`minReviews must be at least 2, got ${showValue(minReviews)}`);
  assertCount('minDays', minDays);
  assertFinite('maxMovement', maxMovement);
  if (maxMovement < 0)
    throw new RangeError(`maxMovement must be 0 or more, got ${showValue(maxMovement)}`);
  const scorers = scorersOption('scorers', options.scorers ?? DEFAULT_SCORERS);
  assertOneOf('scoredBy', scoredBy, scorers);
  assertScale('scale', scale);

  const { rows, issues } = checkJudgements(judgements, scale, scorers);
  let otherScorers = 0;
  const byCase = new Map<string, { date: string; score: number | null }[]>();
  for (const row of rows) {
    if (row.scoredBy !== scoredBy) {
      otherScorers++;
      continue;
    }
    const list = byCase.get(row.caseId) ?? [];
    list.push({ date: row.date, score: row.score });
    byCase.set(row.caseId, list);
  }

  const cases = [...byCase.keys()]
    .sort()
    .map((caseId) => trajectory(caseId, byCase.get(caseId)!, minReviews, minDays, maxMovement));
  const count = (s: DriftStatus): number => cases.filter((c) => c.status === s).length;
  return {
    rule: { minReviews, minDays, maxMovement, scoredBy },
    cases,
    flagged: cases.filter((c) => c.flagged).map((c) => c.caseId),
    totals: {
      cases: cases.length,
      drift: count('drift'),
      moving: count('moving'),
      notAssessable: count('not-assessable'),
    },
    otherScorers,
    missing: cases.reduce((acc, c) => acc + c.missing, 0),
    issues,
  };
}

function trajectory(
  caseId: string,
  entries: readonly { date: string; score: number | null }[],
  minReviews: number,
  minDays: number,
  maxMovement: number,
): DriftTrajectory {
  // Sorting by date, then score, makes every field independent of the input order.
  const scored = entries
    .filter((e): e is { date: string; score: number } => e.score !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.score - b.score));
  const missing = entries.length - scored.length;
  const reviews = scored.length;
  if (reviews === 0) {
    return {
      caseId,
      status: 'not-assessable',
      flagged: false,
      reason: 'no scored reviews',
      reviews,
      missing,
      firstDate: null,
      lastDate: null,
      firstScore: null,
      lastScore: null,
      spanDays: null,
      range: null,
      slopePer30Days: null,
    };
  }
  const first = scored[0]!;
  const last = scored[reviews - 1]!;
  const days = scored.map((e) => daysBetween(first.date, e.date));
  const scores = scored.map((e) => e.score);
  const spanDays = days[reviews - 1]!;
  let highest = -Infinity;
  let lowest = Infinity;
  for (const s of scores) {
    if (s > highest) highest = s;
    if (s < lowest) lowest = s;
  }
  const range = Number((highest - lowest).toPrecision(12));
  const slope = leastSquaresSlope(days, scores);
  const reason =
    reviews < minReviews
      ? `${reviews} scored review${reviews === 1 ? '' : 's'}, fewer than ${minReviews}`
      : spanDays < minDays
        ? `reviews span ${spanDays} days, fewer than ${minDays}`
        : null;
  const status: DriftStatus =
    reason !== null ? 'not-assessable' : range <= maxMovement ? 'drift' : 'moving';
  return {
    caseId,
    status,
    flagged: status === 'drift',
    reason,
    reviews,
    missing,
    firstDate: first.date,
    lastDate: last.date,
    firstScore: first.score,
    lastScore: last.score,
    spanDays,
    range,
    slopePer30Days: slope === null ? null : slope * 30,
  };
}
