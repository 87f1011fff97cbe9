import { assertArray, assertCount, showValue } from '../_lib/args.js';
import { defineMeasure } from './define-measure.js';
import type { MeasureDefinition } from './measure-definition.js';
import { measureScoreRange } from './measure-score-range.js';
import type { MeasureScore } from './score-measure.js';
import { summariseMeasure } from './summarise-measure.js';

/**
 * One measure for {@link appendixTable}: its definition and its scored respondents at T1 and T2.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { scoreMany, PEARLIN_MASTERY, type AppendixTableEntry } from 'sos-eval/measures';
 * const entry: AppendixTableEntry = { definition: PEARLIN_MASTERY, t1: scoreMany(PEARLIN_MASTERY, []), t2: [] };
 * entry.t1.length //=> 0
 * ```
 */
export interface AppendixTableEntry {
  /** The measure's definition (for its name and the score's maximum). */
  readonly definition: MeasureDefinition;
  /** Scored respondents at the first wave. */
  readonly t1: readonly MeasureScore[];
  /** Scored respondents at the second wave. */
  readonly t2: readonly MeasureScore[];
  /** The score reported; the headline total by default. */
  readonly score?: string;
  /** Row label; the definition's name by default. */
  readonly label?: string;
}

/**
 * One row of an Appendix-I style table: mean (SD) and n at T1 and T2, and the percentage flagged
 * (e.g. below the isolation cut point) where the measure has such a flag.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { appendixTable, scoreMany, LSNS_6 } from 'sos-eval/measures';
 * const [row] = appendixTable([{ definition: LSNS_6, t1: scoreMany(LSNS_6, [[2, 2, 2, 2, 2, 2]]), t2: [] }]);
 * [row.max, row.t1Text, row.t2Text] //=> [30, '12 (–)', '–']
 * ```
 */
export interface AppendixTableRow {
  /** The measure's id. */
  readonly measure: string;
  /** Row label. */
  readonly label: string;
  /** The score reported. */
  readonly score: string;
  /** The score's maximum, as printed after the label in the report, e.g. "(30)". */
  readonly max: number;
  /** Mean at T1, or null. */
  readonly t1Mean: number | null;
  /** SD (n − 1) at T1, or null. */
  readonly t1Sd: number | null;
  /** Respondents with the score at T1. */
  readonly t1N: number;
  /** Percentage flagged at T1, or null when the score has no flag. */
  readonly t1BelowCut: number | null;
  /** Mean at T2, or null. */
  readonly t2Mean: number | null;
  /** SD (n − 1) at T2, or null. */
  readonly t2Sd: number | null;
  /** Respondents with the score at T2. */
  readonly t2N: number;
  /** Percentage flagged at T2, or null when the score has no flag. */
  readonly t2BelowCut: number | null;
  /** "mean (SD)" at T1 as printed, e.g. "15 (6.9)"; "–" for a missing value. */
  readonly t1Text: string;
  /** "mean (SD)" at T2 as printed. */
  readonly t2Text: string;
}

/**
 * Lays out measures like the pilot evaluation's Appendix I: for each measure, mean (SD) and n at
 * T1 and T2 and, where the score has a flag (LSNS-6 isolation), the percentage flagged. Means are
 * printed with `meanDigits` decimals (0 by default) and SDs with `sdDigits` (1), as in the report.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { appendixTable, scoreMany, PEARLIN_MASTERY } from 'sos-eval/measures';
 * const t1 = scoreMany(PEARLIN_MASTERY, [[2, 2, 2, 2, 2, 2, 2], [1, 1, 1, 1, 1, 1, 1]]);
 * const t2 = scoreMany(PEARLIN_MASTERY, [[1, 1, 1, 4, 1, 4, 1]]);
 * const [row] = appendixTable([{ definition: PEARLIN_MASTERY, t1, t2 }]);
 * [row.t1Mean, row.t1N, row.t2Mean, row.t2N] //=> [20.5, 2, 28, 1]
 * row.t1Text //=> "21 (2.1)"
 * ```
 */
export function appendixTable(
  entries: readonly AppendixTableEntry[],
  options: { readonly meanDigits?: number; readonly sdDigits?: number } = {},
): AppendixTableRow[] {
  assertArray('entries', entries);
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const meanDigits = options.meanDigits ?? 0;
  const sdDigits = options.sdDigits ?? 1;
  assertCount('options.meanDigits', meanDigits);
  assertCount('options.sdDigits', sdDigits);
  const text = (mean: number | null, sd: number | null) =>
    mean === null
      ? '–'
      : `${mean.toFixed(meanDigits)} (${sd === null ? '–' : sd.toFixed(sdDigits)})`;

  return entries.map((entry, i) => {
    if (entry === null || typeof entry !== 'object')
      throw new TypeError(`entries[${i}] must be an object, got ${showValue(entry)}`);
    const def = defineMeasure(entry.definition);
    const score = entry.score ?? def.total;
    if (score === null)
      throw new RangeError(`entries[${i}].score is needed: ${def.id} has no headline total`);
    const max = measureScoreRange(def, score).max;
    const summarise = (rows: readonly MeasureScore[]) => {
      const flag = Object.entries(def.flags).find(([, f]) => f.score === score)?.[0] ?? null;
      const [row] = summariseMeasure(rows, { score, flag });
      return row ?? { mean: null, sd: null, n: 0, belowCut: null };
    };
    const a = summarise(entry.t1);
    const b = summarise(entry.t2);
    return {
      measure: def.id,
      label: entry.label ?? def.name,
      score,
      max,
      t1Mean: a.mean,
      t1Sd: a.sd,
      t1N: a.n,
      t1BelowCut: a.belowCut,
      t2Mean: b.mean,
      t2Sd: b.sd,
      t2N: b.n,
      t2BelowCut: b.belowCut,
      t1Text: text(a.mean, a.sd),
      t2Text: text(b.mean, b.sd),
    };
  });
}
