import { assertArray, assertBoolean, assertOpenUnit, showValue } from '../_lib/args.js';
import type { AnyStudy, StudyWaveId } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { adjustPValues } from '../stats/adjust-p-values.js';
import { cochranQTest } from '../stats/cochran-q-test.js';
import { friedmanTest } from '../stats/friedman-test.js';
import { comparePaired } from './_paired.js';
import { comparisonOf } from './_row.js';
import { difference, readStudy, readWave, waveLabel } from './_study.js';
import { readRecordCell } from './_sample.js';
import { readKind, readMeasure, tryTest } from './_values.js';
import type { Comparison } from './comparison-row.js';
import type { PairedMeasureKind } from './compare-waves.js';
import type { MeasureOption } from './measure-kind.js';
import type { WavePanel } from './wave-panel.js';

/**
 * Options for {@link compareAcrossWaves}.
 *
 * @category Comparisons
 */
export interface CompareAcrossWavesOptions<S extends AnyStudy, R> {
  /** The study, whose wave labels name the comparisons. */
  readonly study: S;
  /** The waves to compare, two or more; default every wave of the study. Taken in time order. */
  readonly waves?: readonly StudyWaveId<S>[];
  /** Property name or function giving the measure's value for one wave's record. */
  readonly measure: MeasureOption<R>;
  /** The measure's kind: `binary` for Cochran's Q and McNemar, any other for ranks. */
  readonly kind: PairedMeasureKind;
  /** The measure's name in the rows; default the property name, or the function's name. */
  readonly name?: string;
  /** Confidence level of the pairwise intervals (binary); default 0.95. */
  readonly confLevel?: number;
  /** For binary measures: McNemar's exact binomial version in the pairwise rows; default `false`. */
  readonly exact?: boolean;
}

/**
 * Compares a measure across three or more waves of a study within the same families (repeated
 * measures), then follows up every pair of waves with Holm-adjusted p-values. Only families with
 * a usable value at every wave compared take part (the tests need complete blocks); the others
 * are counted in `nMissing` on every row. The first row is the omnibus test, the rest are pairwise
 * in time order (each later wave minus each earlier one), each with `pAdjusted`:
 *
 * - `binary`: Cochran's Q (`cochranQTest`; base R has none, it is R's `friedman.test` on the 0/1
 *   matrix); pairwise McNemar (R's `mcnemar.test`, continuity-corrected) with the change in the
 *   proportion answering yes and Newcombe's paired interval, as {@link compareWaves};
 * - `ordinal`, `scale`, `interval`: Friedman's rank sum test (R's `friedman.test(y)` on the
 *   families × waves matrix); pairwise Wilcoxon signed-rank (R's `wilcox.test(later, earlier,
 *   paired = TRUE)`) with the median difference. Interval measures are ranked too here
 *   (`sos-eval/stats` has no repeated-measures ANOVA); {@link compareWaves} gives the paired
 *   t-test for one pair of waves.
 *
 * Holm's method (R's `p.adjust(p, 'holm')`) is applied over the pairwise rows only; a pair whose
 * test is undefined keeps `null` and is left out of the adjustment. The omnibus row's
 * `comparison` lists the waves' labels (`'Baseline vs Six months vs Twelve months'`), the
 * pairwise rows' read `'Twelve months - Baseline'`. Invalid values are issues (path
 * `['rows', i, 'waves', wave]`) and count as missing.
 *
 * @param panel - A {@link wavePanel} of the study's records.
 * @param options - `study`, `measure`, `kind`, and optionally `waves`, `name`, `confLevel`,
 *   `exact`.
 * @throws TypeError or RangeError for broken arguments (not a panel, unknown kind, fewer than two
 *   waves, a wave named twice or not in the study).
 * @category Comparisons
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { compareAcrossWaves, wavePanel } from 'sos-eval/longitudinal';
 *
 * const study = defineStudy({
 *   id: 'demo', title: 'Demo', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [
 *     { id: 'baseline', label: 'Baseline' },
 *     { id: 'six-months', label: 'Six months' },
 *     { id: 'twelve-months', label: 'Twelve months' },
 *   ],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * // Safety scores of eight families at each wave; F9 missed six months.
 * const scores = [[4, 5, 7], [3, 3, 6], [5, 6, 6], [2, 4, 5], [6, 6, 8], [5, 7, 7], [3, 5, 5], [4, 4, 4]];
 * const records = scores.flatMap((s, f) => study.ids.waves.map((wave, w) => ({ familyId: `F${f + 1}`, wave, safety: s[w] })));
 * records.push({ familyId: 'F9', wave: 'baseline', safety: 5 }, { familyId: 'F9', wave: 'twelve-months', safety: 8 });
 * const rows = compareAcrossWaves(wavePanel(records, { study }), { study, measure: 'safety', kind: 'scale' });
 * rows.map((r) => r.comparison) //=> ['Baseline vs Six months vs Twelve months',
 * //   'Six months - Baseline', 'Twelve months - Baseline', 'Twelve months - Six months']
 * // R: friedman.test(matrix(c(4,5,7, 3,3,6, 5,6,6, 2,4,5, 6,6,8, 5,7,7, 3,5,5, 4,4,4), ncol = 3, byrow = TRUE))
 * [rows[0].statistic, rows[0].df, rows[0].pValue, rows[0].n, rows[0].nMissing] //=> [11.565, 2, 0.003081, 8, 1]
 * // Median changes; R: wilcox.test(y[, 2], y[, 1], paired = TRUE) …, then p.adjust(p, 'holm').
 * rows.slice(1).map((r) => r.estimate) //=> [1, 2, 0.5]
 * rows.slice(1).map((r) => r.pAdjusted) //=> [0.1067, 0.0618, 0.1067]
 * ```
 */
export function compareAcrossWaves<S extends AnyStudy, R>(
  panel: WavePanel<string, R>,
  options: CompareAcrossWavesOptions<S, R>,
): Comparison[] {
  if (
    panel === null ||
    typeof panel !== 'object' ||
    !Array.isArray(panel.rows) ||
    !Array.isArray(panel.waves)
  ) {
    throw new TypeError(`panel must be a wavePanel, got ${showValue(panel)}`);
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `options must be an object with study, measure and kind, got ${showValue(options)}`,
    );
  }
  const study = readStudy(options.study);
  const kind = readKind(options.kind, ['binary', 'ordinal', 'scale', 'interval']);
  const reader = readMeasure<R>(options.measure, options.name);
  const { name } = reader;
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('confLevel', confLevel);
  const exact = options.exact ?? false;
  assertBoolean('exact', exact);
  const waves = readWaves(study, options.waves);
  const labels = waves.map((w) => waveLabel(study, w));
  const k = waves.length;

  const issues: ValidationIssue[] = [];
  const matrix: number[][] = [];
  let considered = 0;
  panel.rows.forEach((row, r) => {
    // A hand-made panel is data: a row that is not an object, or has no waves object, is an
    // issue at its index and left out rather than read as a family with no records (issue 13).
    const byWave =
      row !== null && typeof row === 'object' ? (row as { waves?: unknown }).waves : row;
    if (byWave === null || typeof byWave !== 'object') {
      issues.push({
        path: ['rows', r],
        code: 'invalid_type',
        message: `rows[${r}]: expected a panel row { key, waves }, got ${showValue(row)}; it is left out`,
      });
      considered++; // counted in nMissing, as every row is either compared or missing
      return;
    }
    const values: number[] = [];
    let present = false;
    for (const w of waves) {
      const record = (byWave as Partial<Record<string, R>>)[w];
      if (record === undefined) continue;
      present = true;
      const v = readRecordCell(kind, record, reader, ['rows', r, 'waves', w], issues);
      if (v !== null) values.push(v as number);
    }
    if (!present) return;
    considered++;
    if (values.length === k) matrix.push(values);
  });
  const n = matrix.length;
  const nMissing = considered - n;

  const omnibusIssues = [...issues];
  if (n === 0) {
    omnibusIssues.push({
      path: [],
      code: 'no_data',
      message: `no family has a value of ${name} at every wave compared`,
    });
  }
  const binary = kind === 'binary';
  const omnibusTest =
    n === 0
      ? null
      : tryTest(() => (binary ? cochranQTest(matrix) : friedmanTest(matrix)), [], omnibusIssues);
  const omnibus = comparisonOf({
    measure: name,
    comparison: labels.join(' vs '),
    kind,
    estimate: null,
    confLow: null,
    confHigh: null,
    test: omnibusTest,
    plannedMethod: binary ? "Cochran's Q test" : 'Friedman rank sum test',
    n,
    nMissing,
    issues: omnibusIssues,
  });

  const pairs: Comparison[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const wi = waves[i] as string;
      const wj = waves[j] as string;
      pairs.push(
        comparePaired(
          binary ? 'mcnemar' : 'signed-rank',
          matrix.map((row) => row[i] as number),
          matrix.map((row) => row[j] as number),
          {
            measure: name,
            comparison: difference(labels[j] as string, labels[i] as string),
            kind,
            nMissing,
            // A row left out is left out of every pair; a value's issue belongs to its wave's pairs.
            issues: issues.filter(
              (x) => x.path.length === 2 || x.path[3] === wi || x.path[3] === wj,
            ),
            confLevel,
            exact,
          },
        ),
      );
    }
  }
  const adjusted = adjustPValues(
    pairs.map((p) => p.pValue),
    'holm',
  );
  return [omnibus, ...pairs.map((p, m) => ({ ...p, pAdjusted: adjusted[m] ?? null }))];
}

/** The waves to compare, in the study's time order. */
function readWaves(study: AnyStudy, value: unknown): string[] {
  if (value === undefined) return [...study.ids.waves];
  assertArray('waves', value);
  const ids = value.map((w, i) => readWave(study, `waves[${i}]`, w));
  if (new Set(ids).size !== ids.length || ids.length < 2) {
    throw new RangeError(
      `waves must name at least 2 different waves of the study, got ${showValue(value)}`,
    );
  }
  const order = new Map(study.ids.waves.map((w, i) => [w, i]));
  return ids.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
}
