import { assertArray, showValue } from '../_lib/args.js';
import { formatNumberR, formatPValueR, formatR } from './_r-format.js';
import type { TestResult } from './test-result.js';

// R's statistic names for results that do not carry `statisticName`, recognised by method.
const STATISTIC_NAMES: readonly (readonly [RegExp, string])[] = [
  [/signed rank/, 'V'],
  [/rank sum/, 'W'],
  [/Kruskal-Wallis/, 'Kruskal-Wallis chi-squared'],
  [/t-test/, 't'],
  [/McNemar's/, "McNemar's chi-squared"],
  [/Chi-squared|proportions/i, 'X-squared'],
];

const ALTERNATIVE_WORDS = {
  'two.sided': 'not equal to',
  less: 'less than',
  greater: 'greater than',
} as const;

// print.default for a short named vector: every cell right-aligned to one common width.
function namedVector(names: readonly string[], values: readonly number[]): string[] {
  const text = formatR(values, 7);
  let width = -Infinity;
  for (const n of names) width = Math.max(width, n.length);
  for (const t of text) width = Math.max(width, t.length);
  const row = (cells: readonly string[]) => cells.map((c) => `${c.padStart(width)} `).join('');
  return [row(names), row(text)];
}

function estimateLines(result: TestResult): string[] {
  const { estimate } = result;
  if (estimate === undefined) return [];
  if (typeof estimate === 'number') {
    // An unnamed estimate (R's NaN Hodges–Lehmann estimate when every difference is zero) prints
    // as R prints an unnamed vector.
    if (result.estimateName === undefined) return [`[1] ${formatR([estimate], 7)[0]}`];
    return namedVector([result.estimateName], [estimate]);
  }
  return namedVector(
    estimate.map((_, i) => result.estimateNames?.[i] ?? `prop ${i + 1}`),
    estimate,
  );
}

/**
 * Renders a test result as text in the layout of R's `print.htest` (without the `data:` line,
 * which needs variable names the result does not have): the method, then the statistic, df and
 * p-value with R's rounding (`p-value < 2.2e-16` below machine epsilon), the alternative
 * hypothesis, and the confidence interval and estimates when present. Works for any result in
 * `sos-eval/stats`; it reads only the {@link TestResult} fields.
 *
 * @param result - A test result, e.g. from {@link pairedTTest} or {@link wilcoxonSignedRankTest}.
 * @returns Lines joined with `\n`, no leading or trailing blank line.
 * @category Rendering
 * @example
 * ```ts
 * import { formatTest, pairedTTest } from 'sos-eval/stats';
 * const text = formatTest(pairedTTest([3, 5, 7], [2, 3, 4]));
 * text.split('\n')[2] //=> 't = 3.4641, df = 2, p-value = 0.07418'
 * text.split('\n')[3] //=> 'alternative hypothesis: true mean difference is not equal to 0'
 * ```
 */
export function formatTest(result: TestResult): string {
  if (result === null || typeof result !== 'object' || typeof result.method !== 'string') {
    throw new TypeError(`result must be a test result with a method, got ${showValue(result)}`);
  }
  const parts: string[] = [];
  if (typeof result.statistic === 'number') {
    const name =
      result.statisticName ??
      STATISTIC_NAMES.find(([re]) => re.test(result.method))?.[1] ??
      'statistic';
    parts.push(`${name} = ${formatNumberR(result.statistic, 5)}`);
  }
  if (typeof result.df === 'number') parts.push(`df = ${formatNumberR(result.df, 5)}`);
  else if (typeof result.parameter === 'number')
    parts.push(`${result.parameterName ?? 'parameter'} = ${formatNumberR(result.parameter, 5)}`);
  if (typeof result.pValue === 'number') {
    // format.pval shows NaN as its na.form, "NA" (is.na(NaN) is TRUE in R).
    const p = Number.isNaN(result.pValue) ? 'NA' : formatPValueR(result.pValue, 4);
    parts.push(`p-value ${p.startsWith('<') ? p : `= ${p}`}`);
  }
  const lines = [result.method, '', parts.join(', ')];
  if (result.alternative !== undefined) {
    lines.push(
      result.nullValue !== undefined && result.nullValueName !== undefined
        ? `alternative hypothesis: true ${result.nullValueName} is ${ALTERNATIVE_WORDS[result.alternative]} ${formatNumberR(result.nullValue, 7)}`
        : `alternative hypothesis: ${result.alternative}`,
    );
  }
  if (result.confInt !== undefined) {
    assertArray('result.confInt', result.confInt);
    const level =
      result.confLevel === undefined ? '' : `${formatNumberR(100 * result.confLevel, 7)} percent `;
    lines.push(`${level}confidence interval:`, ` ${formatR(result.confInt, 7).join(' ')}`);
  }
  const estimates = estimateLines(result);
  if (estimates.length > 0) {
    lines.push('sample estimates:');
    for (const e of estimates) lines.push(e);
  }
  return lines.join('\n');
}
