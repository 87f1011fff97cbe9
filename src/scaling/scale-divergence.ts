import { assertArray, assertOneOf, showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { mean } from '../_lib/numeric/mean.js';
import { DEFAULT_SCORERS } from '../models/study/study-defaults.js';
import { checkJudgements, scorersOption } from './_read-judgements.js';
import { assertScale } from './_scale-arg.js';
import { SAFETY_SCALE } from './built-in-scales.js';
import type { CaseJudgement } from './case-judgement.js';
import type { Scale } from './scale.js';

/**
 * Whose view a worker's score is compared with: by default the family's or the network's; any
 * other scorer of the study with `scorers`.
 *
 * @category Drift and divergence
 */
export type ComparedScorer = string;

/**
 * One comparison of the worker's score with another scorer's on the same case and date. Higher
 * scores mean safer, so the higher scorer is the more optimistic.
 *
 * @category Drift and divergence
 */
export interface DivergencePair {
  /** The case's id. */
  readonly caseId: string;
  /** The review date both scores share. */
  readonly date: string;
  /** The group `by` put the case in (`all` without `by`). */
  readonly group: string;
  /** Whose score the worker's is compared with. */
  readonly comparedWith: ComparedScorer;
  /** The worker's score (the `reference` scorer's, when another is chosen). */
  readonly worker: number;
  /** The family's or network's score. */
  readonly other: number;
  /** `worker − other`: positive when the worker sees the case as safer. */
  readonly gap: number;
  /** Who gave the higher score, or `agree` when the scores are equal. */
  readonly moreOptimistic: 'worker' | ComparedScorer | 'agree';
}

/**
 * One tidy summary row per group and comparison.
 *
 * @category Drift and divergence
 */
export interface DivergenceSummaryRow {
  /** The group. */
  readonly group: string;
  /** Whose scores the worker's are compared with. */
  readonly comparedWith: ComparedScorer;
  /** Number of same-day pairs. */
  readonly nPairs: number;
  /** Mean of `worker − other`; `null` with no pairs. */
  readonly meanGap: number | null;
  /** Proportion (0–1) of pairs where the worker gave the higher score; `null` with no pairs. */
  readonly shareWorkerMoreOptimistic: number | null;
}

/**
 * The result of `scaleDivergence`.
 *
 * @category Drift and divergence
 */
export interface ScaleDivergence {
  /** Every same-day pair, sorted by case, date and comparison. */
  readonly pairs: readonly DivergencePair[];
  /** Per group × comparison, groups sorted; every group with a judgement appears. */
  readonly summary: readonly DivergenceSummaryRow[];
  /** Scored judgements with no same-day partner (a worker score with neither family nor network score, or the reverse). */
  readonly unpaired: number;
  /** Judgements with a missing score. */
  readonly missing: number;
  /** Bad rows, and scorers who gave two scores on one case and date (both left out). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Options for `scaleDivergence`.
 *
 * @category Drift and divergence
 */
export interface ScaleDivergenceOptions {
  /** Maps a case id to its group (e.g. its pilot or experience grouping); default: one group, `all`. */
  readonly by?: (caseId: string) => string;
  /** The scale the scores are on (default `SAFETY_SCALE`). */
  readonly scale?: Scale;
  /**
   * Who may score judgements: a study's `scorers` (default worker, family, network). A judgement
   * by anyone else is reported as an issue.
   */
  readonly scorers?: readonly string[];
  /** Whose scores the others' are compared with (default `worker`); one of `scorers`. */
  readonly reference?: string;
}
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The gap between the worker's safety score and the family's or network's on the same case and
 * review date (`gap = worker − other`), who is more optimistic, and per group tidy summary rows:
 * number of pairs, mean gap, and the share of pairs where the worker is more optimistic. Missing
 * scores are counted, bad rows reported as issues, and a scorer with two scores on one case and
 * date is reported (both left out, since which one stands is unknowable).
 *
 * @throws TypeError when `judgements` is not an array, `by` is not a function or returns a
 *   non-string group.
 * @category Drift and divergence
 * @example
 * ```ts
 * import { scaleDivergence } from 'sos-eval/scaling';
 *
 * const judgements = [
 *   { caseId: 'A', date: '2015-06-01', score: 6, scoredBy: 'worker' },
 *   { caseId: 'A', date: '2015-06-01', score: 4, scoredBy: 'family' },
 *   { caseId: 'B', date: '2015-06-01', score: 3, scoredBy: 'worker' },
 *   { caseId: 'B', date: '2015-06-01', score: 5, scoredBy: 'family' },
 *   { caseId: 'B', date: '2015-06-01', score: 3, scoredBy: 'network' },
 * ] as const;
 * const d = scaleDivergence(judgements);
 * d.pairs.map((p) => [p.caseId, p.comparedWith, p.gap, p.moreOptimistic]) //=> [['A', 'family', 2, 'worker'], ['B', 'family', -2, 'family'], ['B', 'network', 0, 'agree']]
 * d.summary //=> [{ group: 'all', comparedWith: 'family', nPairs: 2, meanGap: 0, shareWorkerMoreOptimistic: 0.5 }, { group: 'all', comparedWith: 'network', nPairs: 1, meanGap: 0, shareWorkerMoreOptimistic: 0 }]
 * ```
 */
export function scaleDivergence(
  judgements: readonly CaseJudgement[],
  options: ScaleDivergenceOptions = {},
): ScaleDivergence {
  assertArray('judgements', judgements);
  const by = options.by ?? (() => 'all');
  if (typeof by !== 'function')
    throw new TypeError(`by must be a function of caseId, got ${showValue(by)}`);
  const scale = options.scale ?? SAFETY_SCALE;
  assertScale('scale', scale);

  const scorerList = scorersOption('scorers', options.scorers ?? DEFAULT_SCORERS);
  const reference = options.reference ?? 'worker';
  assertOneOf('reference', reference, scorerList);
  const others = scorerList.filter((s) => s !== reference);
  const { rows, issues } = checkJudgements(judgements, scale, scorerList);
  const missing = rows.filter((r) => r.score === null).length;
  // case → date → scorer → row indices with a score
  const cells = new Map<string, Map<string, Map<string, { index: number; score: number }[]>>>();
  for (const row of rows) {
    if (row.score === null) continue;
    const dates =
      cells.get(row.caseId) ?? new Map<string, Map<string, { index: number; score: number }[]>>();
    const scorers = dates.get(row.date) ?? new Map<string, { index: number; score: number }[]>();
    scorers.set(row.scoredBy, [
      ...(scorers.get(row.scoredBy) ?? []),
      { index: row.index, score: row.score },
    ]);
    dates.set(row.date, scorers);
    cells.set(row.caseId, dates);
  }

  const groupOf = new Map<string, string>();
  for (const caseId of new Set(rows.map((r) => r.caseId))) {
    const group = by(caseId);
    if (typeof group !== 'string')
      throw new TypeError(
        `by must return a string group for every case, got ${showValue(group)} for case ${showValue(caseId)}`,
      );
    groupOf.set(caseId, group);
  }

  const pairs: DivergencePair[] = [];
  let unpaired = 0;
  for (const caseId of [...cells.keys()].sort(compare)) {
    const dates = cells.get(caseId)!;
    for (const date of [...dates.keys()].sort(compare)) {
      const scorers = dates.get(date)!;
      const single = new Map<string, number>();
      for (const [scorer, entries] of scorers) {
        if (entries.length === 1) {
          single.set(scorer, entries[0]!.score);
          continue;
        }
        for (const e of entries)
          issues.push({
            path: [e.index, 'score'],
            code: 'duplicate_score',
            message: `[${e.index}].score: case ${JSON.stringify(caseId)} has ${entries.length} ${scorer} scores dated ${date}; none is used`,
          });
      }
      const worker = single.get(reference);
      const partners = others.filter((o) => single.has(o));
      if (worker === undefined) {
        unpaired += partners.length;
        continue;
      }
      if (partners.length === 0) unpaired++;
      for (const other of partners) {
        const otherScore = single.get(other)!;
        const gap = Number((worker - otherScore).toPrecision(12));
        pairs.push({
          caseId,
          date,
          group: groupOf.get(caseId)!,
          comparedWith: other,
          worker,
          other: otherScore,
          gap,
          moreOptimistic: gap > 0 ? reference : gap < 0 ? other : 'agree',
        });
      }
    }
  }

  const groups = [...new Set(groupOf.values())].sort(compare);
  const summary = groups.flatMap((group) =>
    others.map((comparedWith): DivergenceSummaryRow => {
      const these = pairs.filter((p) => p.group === group && p.comparedWith === comparedWith);
      const n = these.length;
      return {
        group,
        comparedWith,
        nPairs: n,
        // R's mean(worker - other), from the unrounded differences: the rounded gaps of 0.7 − 0.3
        // and 0.1 − 0.5 average 0 where R gives −2.8e-17, which no relative tolerance accepts.
        meanGap: n === 0 ? null : mean(these.map((p) => p.worker - p.other)),
        shareWorkerMoreOptimistic:
          n === 0 ? null : these.filter((p) => p.moreOptimistic === reference).length / n,
      };
    }),
  );
  issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
  return { pairs, summary, unpaired, missing, issues };
}
