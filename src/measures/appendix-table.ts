import { assertArray, assertCount, showValue } from '../_lib/args.js';
import type { AnyStudy, StudyWaveId } from '../models/study/study.js';
import { defineMeasure } from './define-measure.js';
import type { MeasureDefinition } from './measure-definition.js';
import { measureScoreRange } from './measure-score-range.js';
import type { MeasureScore } from './score-measure.js';
import { summariseMeasure } from './summarise-measure.js';

/**
 * One measure for {@link appendixTable}: its definition and its scored respondents at each wave,
 * by wave id.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { scoreMany, PEARLIN_MASTERY, type AppendixTableEntry } from 'sos-eval/measures';
 * const entry: AppendixTableEntry = { definition: PEARLIN_MASTERY, waves: { baseline: scoreMany(PEARLIN_MASTERY, []) } };
 * entry.waves['baseline']?.length //=> 0
 * ```
 */
export interface AppendixTableEntry {
  /** The measure's definition (for its name and the score's maximum). */
  readonly definition: MeasureDefinition;
  /** Scored respondents by wave id; a wave left out has no respondents. */
  readonly waves: Readonly<Record<string, readonly MeasureScore[]>>;
  /** The score reported; the headline total by default. */
  readonly score?: string;
  /** Row label; the definition's name by default. */
  readonly label?: string;
}

/**
 * One wave of an {@link AppendixTableRow}: mean (SD), n and the percentage flagged.
 *
 * @category Summaries
 */
export interface AppendixTableCell<W extends string = string> {
  /** The wave's id. */
  readonly wave: W;
  /** The wave's label from the study, such as "Time 1". */
  readonly label: string;
  /** Mean, or null with no respondents. */
  readonly mean: number | null;
  /** SD (n − 1), or null with fewer than two respondents. */
  readonly sd: number | null;
  /** Respondents with the score. */
  readonly n: number;
  /** Percentage flagged (e.g. below the isolation cut point), or null when the score has no flag. */
  readonly belowCut: number | null;
  /** "mean (SD)" as printed, e.g. "15 (6.9)"; "–" for a missing value. */
  readonly text: string;
}

/**
 * One row of an Appendix-I style table: for one measure, mean (SD) and n at each wave, and the
 * percentage flagged where the measure has such a flag.
 *
 * @category Summaries
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { appendixTable, scoreMany, LSNS_6 } from 'sos-eval/measures';
 * const [row] = appendixTable([{ definition: LSNS_6, waves: { T1: scoreMany(LSNS_6, [[2, 2, 2, 2, 2, 2]]) } }], { study: SOS_2017 });
 * [row.max, row.waves.map((c) => c.text)] //=> [30, ['12 (–)', '–']]
 * ```
 */
export interface AppendixTableRow<W extends string = string> {
  /** The measure's id. */
  readonly measure: string;
  /** Row label. */
  readonly label: string;
  /** The score reported. */
  readonly score: string;
  /** The score's maximum, as printed after the label in the report, e.g. "(30)". */
  readonly max: number;
  /** One cell per wave, in the study's order (or the order of `options.waves`). */
  readonly waves: readonly AppendixTableCell<W>[];
}

/**
 * Options for {@link appendixTable}.
 *
 * @category Summaries
 */
export interface AppendixTableOptions<S extends AnyStudy = AnyStudy> {
  /** The study whose waves the columns are. */
  readonly study: S;
  /** The waves to show, in time order (default: every wave of the study). */
  readonly waves?: readonly StudyWaveId<S>[];
  /** Decimals of printed means (default 0, as the 2017 report). */
  readonly meanDigits?: number;
  /** Decimals of printed SDs (default 1). */
  readonly sdDigits?: number;
}

/**
 * Lays out measures like the 2017 evaluation's Appendix I: for each measure, mean (SD) and n at
 * each wave of the study and, where the score has a flag (LSNS-6 isolation), the percentage
 * flagged. Means are printed with `meanDigits` decimals (0 by default) and SDs with `sdDigits`
 * (1), as in the report.
 *
 * @throws TypeError for a missing study or entries that are not objects; RangeError for a wave
 *   outside the study, an entry keyed by one, or a measure with no headline total and no `score`.
 * @category Summaries
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { appendixTable, scoreMany, PEARLIN_MASTERY } from 'sos-eval/measures';
 * const T1 = scoreMany(PEARLIN_MASTERY, [[2, 2, 2, 2, 2, 2, 2], [1, 1, 1, 1, 1, 1, 1]]);
 * const T2 = scoreMany(PEARLIN_MASTERY, [[1, 1, 1, 4, 1, 4, 1]]);
 * const [row] = appendixTable([{ definition: PEARLIN_MASTERY, waves: { T1, T2 } }], { study: SOS_2017 });
 * row.waves.map((c) => [c.label, c.mean, c.n]) //=> [['Time 1', 20.5, 2], ['Time 2', 28, 1]]
 * row.waves[0].text //=> "21 (2.1)"
 * ```
 */
export function appendixTable<S extends AnyStudy>(
  entries: readonly AppendixTableEntry[],
  options: AppendixTableOptions<S>,
): AppendixTableRow<StudyWaveId<S>>[] {
  assertArray('entries', entries);
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object with a study, got ${showValue(options)}`);
  const { study } = options;
  if (study === null || typeof study !== 'object' || !Array.isArray(study.waves))
    throw new TypeError(
      `options.study must be a study made by defineStudy, got ${showValue(study)}`,
    );
  const meanDigits = options.meanDigits ?? 0;
  const sdDigits = options.sdDigits ?? 1;
  assertCount('options.meanDigits', meanDigits);
  assertCount('options.sdDigits', sdDigits);
  const known = new Set<string>(study.ids.waves);
  const chosen = options.waves ?? study.ids.waves;
  assertArray('options.waves', chosen);
  for (const w of chosen)
    if (!known.has(w))
      throw new RangeError(
        `options.waves must list waves of study ${JSON.stringify(study.id)}, got ${showValue(w)}`,
      );
  const waves = study.waves.filter((w) => chosen.includes(w.id as StudyWaveId<S>));
  const text = (mean: number | null, sd: number | null) =>
    mean === null
      ? '–'
      : `${mean.toFixed(meanDigits)} (${sd === null ? '–' : sd.toFixed(sdDigits)})`;

  return entries.map((entry, i) => {
    if (entry === null || typeof entry !== 'object')
      throw new TypeError(`entries[${i}] must be an object, got ${showValue(entry)}`);
    const byWave = entry.waves;
    if (byWave === null || typeof byWave !== 'object')
      throw new TypeError(
        `entries[${i}].waves must be an object of scores by wave id, got ${showValue(byWave)}`,
      );
    for (const w of Object.keys(byWave))
      if (!known.has(w))
        throw new RangeError(
          `entries[${i}].waves has ${JSON.stringify(w)}, which is not a wave of study ${JSON.stringify(study.id)}`,
        );
    const def = defineMeasure(entry.definition);
    const score = entry.score ?? def.total;
    if (score === null)
      throw new RangeError(`entries[${i}].score is needed: ${def.id} has no headline total`);
    const max = measureScoreRange(def, score).max;
    const flag = Object.entries(def.flags).find(([, f]) => f.score === score)?.[0] ?? null;
    return {
      measure: def.id,
      label: entry.label ?? def.name,
      score,
      max,
      waves: waves.map((w) => {
        const rows = Object.hasOwn(byWave, w.id) ? byWave[w.id]! : [];
        const [row] = summariseMeasure(rows, { score, flag });
        const s = row ?? { mean: null, sd: null, n: 0, belowCut: null };
        return {
          wave: w.id as StudyWaveId<S>,
          label: w.label,
          mean: s.mean,
          sd: s.sd,
          n: s.n,
          belowCut: s.belowCut,
          text: text(s.mean, s.sd),
        };
      }),
    };
  });
}
