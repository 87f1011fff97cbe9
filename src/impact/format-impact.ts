import { showValue } from '../_lib/args.js';
import { formatTest } from '../stats/format-test.js';
import type { AggregatedEffects } from './aggregate-effects.js';
import type { CoefficientRow } from './coefficient-row.js';
import type { DifferenceInDifferencesResult } from './difference-in-differences.js';
import type { EventStudyResult } from './event-study.js';
import type { GroupTimeEffectsResult } from './group-time-effects.js';
import type { MatchedComparisons } from './match-comparisons.js';
import type { TwoWayFixedEffectsResult } from './two-way-fixed-effects.js';

/**
 * Any result of this module that {@link formatImpact} prints.
 *
 * @category Rendering
 */
export type ImpactResult =
  | DifferenceInDifferencesResult
  | TwoWayFixedEffectsResult
  | EventStudyResult
  | GroupTimeEffectsResult
  | AggregatedEffects
  | MatchedComparisons;

// Four significant digits, R's way of writing NA and tiny p-values.
const num = (x: number | null): string => {
  if (x === null || Number.isNaN(x)) return 'NA';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-4) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
};
const pval = (p: number): string => (p < 2.2e-16 ? '<2e-16' : num(p));

function table(header: readonly string[], body: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => body.reduce((w, r) => Math.max(w, r[c]!.length), h.length));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ');
  return [line(header), ...body.map(line)];
}

// Appends without spreading (lint: an unbounded spread can overflow the stack).
function add(lines: string[], ...parts: readonly (readonly string[])[]): void {
  for (const part of parts) for (const line of part) lines.push(line);
}

const coefficientTable = (rows: readonly CoefficientRow[], level: number): string[] =>
  table(
    ['term', 'estimate', 'se', 't', 'p', `${num(100 * level)}% low`, 'high'],
    rows.map((r) => [
      r.term,
      num(r.estimate),
      num(r.se),
      num(r.statistic),
      pval(r.pValue),
      num(r.confLow),
      num(r.confHigh),
    ]),
  );

/**
 * Renders any result of `sos-eval/impact` as plain text: the test in R's `print.htest` layout
 * (`formatTest`) followed by the coefficients for difference-in-differences and two-way fixed
 * effects; a table of effects with the pre-trend test for event studies and group-time effects; the
 * overall effect and its table for aggregations; matches and the balance table for comparisons.
 * Numbers to four significant digits.
 *
 * @param result - A result from this module.
 * @returns Lines joined with `\n`.
 * @category Rendering
 * @example
 * ```ts
 * import { differenceInDifferences, formatImpact } from 'sos-eval/impact';
 * // Synthetic: four clusters, two treated; the outcome rises by 2 more for the treated.
 * const rows = [1, 2, 3, 4].flatMap((c) =>
 *   [0, 1].flatMap((post) => [0, 1].map((r) => ({ c, t: c <= 2, post, y: c + post + (r + post) * c / 4 + (c <= 2 ? 2 * post : 0) }))),
 * );
 * const text = formatImpact(differenceInDifferences(rows, { outcome: 'y', treated: 't', post: 'post', cluster: 'c' }));
 * text.split('\n')[0] //=> 'Difference-in-differences (OLS, cluster-robust HC1 standard errors)'
 * text.split('\n').at(-5) //=> 'group       period   mean  n'
 * ```
 */
export function formatImpact(result: ImpactResult): string {
  if (result === null || typeof result !== 'object' || typeof result.method !== 'string') {
    throw new TypeError(`result must be a result of sos-eval/impact, got ${showValue(result)}`);
  }
  const r = result as Partial<Record<string, unknown>> & ImpactResult;
  if ('coefficients' in r && 'statistic' in r) {
    const t = r as DifferenceInDifferencesResult | TwoWayFixedEffectsResult;
    const lines = [
      formatTest(t),
      '',
      `n = ${t.n}, clusters = ${t.nClusters}, rows left out = ${t.nMissing}`,
      ...coefficientTable(t.coefficients, t.confLevel),
    ];
    if ('wildBootstrap' in t && t.wildBootstrap !== null) {
      const w = t.wildBootstrap;
      lines.push(
        '',
        `Wild cluster restricted bootstrap (Rademacher, ${w.enumerated ? `all ${w.iterations} sign vectors` : `${w.iterations} draws`}): p-value = ${pval(w.pValue)}`,
      );
    }
    if ('means' in t) {
      add(
        lines,
        [''],
        table(
          ['group', 'period', 'mean', 'n'],
          t.means.map((m) => [
            m.treated ? 'treated' : 'comparison',
            m.post ? 'post' : 'pre',
            num(m.mean),
            String(m.n),
          ]),
        ),
      );
    }
    return lines.join('\n');
  }
  if ('preTrend' in r && 'window' in r) {
    const e = r as EventStudyResult;
    const lines = [
      e.method,
      '',
      `n = ${e.n}, clusters = ${e.nClusters}, rows left out = ${e.nMissing}`,
    ];
    add(
      lines,
      table(
        ['relative time', 'estimate', 'se', 'p', 'low', 'high'],
        e.effects.map((x) => [
          String(x.relativeTime),
          num(x.estimate),
          x.reference ? '(reference)' : num(x.se),
          x.reference ? '' : pval(x.pValue),
          num(x.confLow),
          num(x.confHigh),
        ]),
      ),
    );
    if (e.preTrend !== null)
      lines.push(
        '',
        `Pre-trends: F = ${num(e.preTrend.statistic)} on ${e.preTrend.df1} and ${e.preTrend.df2} df, p-value = ${pval(e.preTrend.pValue)}`,
      );
    return lines.join('\n');
  }
  if ('effects' in r && 'control' in r) {
    const g = r as GroupTimeEffectsResult;
    const lines = [
      g.method,
      '',
      `units = ${g.nUnits} (${g.nNeverTreated} never treated), units dropped = ${g.nUnitsDropped}`,
    ];
    add(
      lines,
      table(
        [
          'group',
          'time',
          'estimate',
          'se',
          'low',
          'high',
          ...(g.bootstrap ? ['band low', 'band high'] : []),
        ],
        g.effects.map((x) => [
          String(x.group),
          String(x.time),
          num(x.estimate),
          num(x.se),
          num(x.confLow),
          num(x.confHigh),
          ...(g.bootstrap ? [num(x.bandLow), num(x.bandHigh)] : []),
        ]),
      ),
    );
    if (g.preTrend !== null)
      lines.push(
        '',
        `Pre-test of parallel trends: chi-squared = ${num(g.preTrend.statistic)}, df = ${g.preTrend.df}, p-value = ${pval(g.preTrend.pValue)}`,
      );
    return lines.join('\n');
  }
  if ('overall' in r) {
    const a = r as AggregatedEffects;
    const o = a.overall;
    const lines = [
      a.method,
      '',
      `Overall: ${num(o.estimate)} (se ${num(o.se)}), ${num(100 * a.confLevel)}% CI ${num(o.confLow)} to ${num(o.confHigh)}`,
    ];
    if (a.effects.length > 0) {
      const at = { simple: '', dynamic: 'event time', group: 'group', calendar: 'time' }[a.type];
      add(
        lines,
        [''],
        table(
          [
            at,
            'estimate',
            'se',
            'low',
            'high',
            ...(a.criticalValue === null ? [] : ['band low', 'band high']),
          ],
          a.effects.map((x) => [
            String(x.at),
            num(x.estimate),
            num(x.se),
            num(x.confLow),
            num(x.confHigh),
            ...(a.criticalValue === null ? [] : [num(x.bandLow), num(x.bandHigh)]),
          ]),
        ),
      );
    }
    return lines.join('\n');
  }
  const m = r as MatchedComparisons;
  return [
    m.method,
    '',
    ...table(
      ['treated', 'comparisons'],
      m.matches.map((s) => [String(s.unit), s.comparisons.map((c) => String(c.unit)).join(', ')]),
    ),
    '',
    ...table(
      ['feature', 'mean treated', 'mean pool', 'mean matched', 'SMD before', 'SMD after'],
      m.balance.map((b) => [
        b.feature,
        num(b.meanTreated),
        num(b.meanControlBefore),
        num(b.meanControlAfter),
        num(b.smdBefore),
        num(b.smdAfter),
      ]),
    ),
  ].join('\n');
}
