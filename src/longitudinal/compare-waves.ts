import { assertBoolean, assertOpenUnit, showValue } from '../_lib/args.js';
import type { AnyStudy, StudyWaveId } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { comparePaired } from './_paired.js';
import { difference, readStudy, readWavePair, waveLabel } from './_study.js';
import { readRecordCell } from './_sample.js';
import { readKind, readMeasure } from './_values.js';
import { panelPairs, readPairsInput } from './_wave-input.js';
import type { Comparison } from './comparison-row.js';
import type { MeasureOption } from './measure-kind.js';
import type { PairedWaves, WavePair } from './pair-waves.js';
import type { WavePanel } from './wave-panel.js';

/**
 * The kinds of measure {@link compareWaves} and {@link compareAcrossWaves} can compare within
 * families.
 *
 * @category Comparisons
 */
export type PairedMeasureKind = 'binary' | 'ordinal' | 'scale' | 'interval';

/**
 * Options for {@link compareWaves}.
 *
 * @category Comparisons
 */
export interface CompareWavesOptions<S extends AnyStudy, R> {
  /** The study, whose wave labels name the comparison. */
  readonly study: S;
  /** The earlier wave; defaults to a pairWaves result's own `from`, required otherwise. */
  readonly from?: StudyWaveId<S>;
  /** The later wave; defaults to a pairWaves result's own `to`, required otherwise. */
  readonly to?: StudyWaveId<S>;
  /** Property name or function giving the measure's value for one wave's record. */
  readonly measure: MeasureOption<R>;
  /** The measure's kind, which chooses the test. */
  readonly kind: PairedMeasureKind;
  /** The measure's name in the row; default the property name, or the function's name. */
  readonly name?: string;
  /** Confidence level of the interval; default 0.95. */
  readonly confLevel?: number;
  /** For binary measures: McNemar's exact binomial version (as `mcnemarTest`); default `false`. */
  readonly exact?: boolean;
}

const PAIRED_KINDS: readonly PairedMeasureKind[] = ['binary', 'ordinal', 'scale', 'interval'];

/**
 * Compares a measure at one wave of a study with another within the same families. Every
 * estimate is `to` minus `from`, and the row's `comparison` names the two waves by their labels,
 * `'<to label> - <from label>'` (a plain hyphen-minus between spaces, as every comparison label):
 *
 * - `binary`: McNemar's test on the table with rows `from` yes/no and columns `to` yes/no (R's
 *   `mcnemar.test`, continuity-corrected), the change in the proportion answering yes, and
 *   Newcombe's (1998) hybrid score interval for a paired difference (method 10);
 * - `ordinal`, `scale`: Wilcoxon signed-rank test on the differences (R's `wilcox.test(to, from,
 *   paired = TRUE)`) and the median of the differences, without an interval;
 * - `interval`: paired t-test (R's `t.test(to, from, paired = TRUE)`), the mean change with its
 *   t interval, and Cohen's d_z as `effectSize`.
 *
 * The pairs come as a {@link pairWaves} result (whose waves are the defaults of `from` and `to`),
 * a {@link wavePanel} (the families with a record at both waves), or a plain list of
 * `{ key, from, to }`. A pair with either value missing or invalid is set aside and counted in
 * `nMissing` (invalid values also as issues, with the value's path in the input); so is an entry
 * of a hand-made list that is not a pair (null, a hole, a primitive) or a record that is not an
 * object, each an `invalid_type` issue at its path, never a throw. When the data
 * leave the test undefined (no discordant pairs, constant differences, too few pairs) the row has
 * `null` statistic and p-value and says why in `issues`. Swapping `from` and `to` flips the sign
 * of the estimate and keeps the p-value.
 *
 * @param paired - A pairWaves result, a wavePanel, or pairs (an array or any iterable).
 * @param options - `study`, `measure`, `kind`, `from` and `to` (unless `paired` is a pairWaves
 *   result), and optionally `name`, `confLevel`, `exact`.
 * @throws TypeError or RangeError for broken arguments (not pairs, unknown kind, a wave the study
 *   does not have, `from` equal to `to`, `confLevel` 1.5).
 * @category Comparisons
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { compareWaves } from 'sos-eval/longitudinal';
 *
 * const study = defineStudy({
 *   id: 'demo', title: 'Demo', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'baseline', label: 'Baseline' }, { id: 'twelve-months', label: 'Twelve months' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * // Ten families; safety scores at baseline and at twelve months.
 * const before = [4, 5, 3, 6, 2, 5, 4, 7, 3, 5];
 * const after = [6, 6, 5, 6, 4, 7, 5, 8, 3, 8];
 * const pairs = before.map((s, i) => ({ key: i, from: { safety: s }, to: { safety: after[i] } }));
 * const options = { study, from: 'baseline', to: 'twelve-months', measure: 'safety' } as const;
 * const r = compareWaves(pairs, { ...options, kind: 'interval' });
 * // Differences 2,1,2,0,2,2,1,1,0,3: mean 1.4 (R: t.test(after, before, paired = TRUE)).
 * [r.comparison, r.estimate, r.df, r.n] //=> ['Twelve months - Baseline', 1.4, 9, 10]
 * r.pValue //=> 0.0013
 * compareWaves(pairs, { ...options, kind: 'scale' }).estimate //=> 1.5
 * ```
 */
export function compareWaves<S extends AnyStudy, R>(
  paired: Iterable<WavePair<R>> | PairedWaves<string, R> | WavePanel<string, R>,
  options: CompareWavesOptions<S, R>,
): Comparison {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `options must be an object with study, measure and kind, got ${showValue(options)}`,
    );
  }
  const input = readPairsInput<R>('paired', paired, true);
  const study = readStudy(options.study);
  const kind = readKind(options.kind, PAIRED_KINDS);
  const reader = readMeasure<R>(options.measure, options.name);
  const { name } = reader;
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const exact = options.exact ?? false;
  assertBoolean('exact', exact);
  const [from, to] = readWavePair(
    study,
    ownWave('from', options.from, input.from),
    ownWave('to', options.to, input.to),
  );
  const { pairs, path } = input.panel === undefined ? input : panelPairs(input.panel, from, to);

  const issues: ValidationIssue[] = [...input.issues];
  const x1: number[] = [];
  const x2: number[] = [];
  pairs.forEach((pair, i) => {
    const v1 = readRecordCell(kind, pair.from, reader, path(i, 'from'), issues);
    const v2 = readRecordCell(kind, pair.to, reader, path(i, 'to'), issues);
    if (v1 !== null && v2 !== null) {
      x1.push(v1 as number);
      x2.push(v2 as number);
    }
  });
  return comparePaired(
    kind === 'binary' ? 'mcnemar' : kind === 'interval' ? 't' : 'signed-rank',
    x1,
    x2,
    {
      measure: name,
      comparison: difference(waveLabel(study, to), waveLabel(study, from)),
      kind,
      // Every entry is a kept pair or counted here, entries that were not pairs included.
      nMissing: pairs.length + input.issues.length - x1.length,
      issues,
      confLevel,
      exact,
    },
  );
}

/** The wave named in the options, or the pairWaves result's own; both must agree when given. */
function ownWave(name: 'from' | 'to', given: unknown, own: unknown): unknown {
  if (own === undefined) return given;
  if (given !== undefined && given !== own) {
    throw new RangeError(
      `${name} must be the pairs' own wave (${showValue(own)}) or left out, got ${showValue(given)}`,
    );
  }
  return own;
}
