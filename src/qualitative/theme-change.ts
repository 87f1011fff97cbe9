import { assertBoolean } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { Study } from '../models/study/study.js';
import { mcnemarTest } from '../stats/mcnemar-test.js';
import type { Codebook } from './codebook.js';
import { codeNames, readCodes, readRecords, type CodedSources } from './_records.js';
import { readStudy, quoteList } from './_study.js';

/** Options for {@link themeChange}. */
export interface ThemeChangeOptions {
  /** The study. */
  readonly study: Study<string, string, string, string, string, string>;
  /** The earlier wave. */
  readonly from: string;
  /** The later wave. */
  readonly to: string;
  /** The codes to compare. Default the codebook's codable codes, else every code used. */
  readonly codes?: readonly string[];
  /** The codebook, for names. */
  readonly codebook?: Codebook;
  /** Exact (binomial) McNemar test. Default true: key informants are few. */
  readonly exact?: boolean;
  /** Continuity correction of the asymptotic test (when `exact: false`). Default true, as R. */
  readonly correct?: boolean;
}

/**
 * One row of {@link themeChange}.
 *
 * @category Analyses
 */
export interface ThemeChangeRow {
  /** The code. */
  readonly code: string;
  /** Its name. */
  readonly codeName: string;
  /** Informants with sources at both waves. */
  readonly informants: number;
  /** Mentioned at both waves. */
  readonly both: number;
  /** Mentioned at `from` only (dropped the theme). */
  readonly fromOnly: number;
  /** Mentioned at `to` only (took the theme up). */
  readonly toOnly: number;
  /** Mentioned at neither. */
  readonly neither: number;
  /** Share mentioning it at `from`. */
  readonly shareFrom: number;
  /** Share mentioning it at `to`. */
  readonly shareTo: number;
  /** McNemar's statistic (exact: the count `fromOnly`). */
  readonly statistic: number;
  /** Two-sided p-value; NaN when no informant changed (nothing to test). */
  readonly pValue: number;
  /** The test used. */
  readonly method: string;
}

/**
 * Change in each theme between two waves among the informants seen at both (same pseudonymous id
 * in sources at each wave): the paired 2 × 2 table and McNemar's test from `sos-eval/stats`
 * (exact binomial by default, R's `mcnemar.test` with `exact: false`). An informant mentions a
 * theme at a wave when any of their sources at that wave is coded with it. With no discordant
 * informants the p-value is NaN.
 *
 * @param records - `{ sources, segments }`.
 * @returns Frozen rows, one per code.
 * @throws TypeError or RangeError for bad arguments, such as a wave the study does not have.
 * @category Analyses
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { themeChange } from 'sos-eval/qualitative';
 * const study = defineStudy({
 *   id: 'demo', title: 'A made-up study',
 *   pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2024-01-01', end: '2024-06-30' } }],
 *   waves: [{ id: 'start', label: 'Start' }, { id: 'end', label: 'End' }],
 *   tools: [{ id: 'plan', name: 'Safety plan' }],
 *   usageLevels: [{ id: 'yes', label: 'Yes', uses: true }, { id: 'no', label: 'No', uses: false }],
 * });
 * const ids = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];
 * const sources = ids.flatMap((k) => ['start', 'end'].map((wave) => ({
 *   id: `${k}-${wave}`, kind: 'interview' as const, pilot: 'north', wave, role: 'senior-manager', informants: [k] })));
 * // All 7 raise IT problems at the start; none at the end.
 * const segments = ids.map((k, i) => ({ id: `s${i}`, sourceId: `${k}-start`, codeId: 'it', start: 0, end: 1, coder: 'x' }));
 * const [row] = themeChange({ sources, segments }, { study, from: 'start', to: 'end' });
 * [row.informants, row.fromOnly, row.toOnly] //=> [7, 7, 0]
 * // R: binom.test(7, 7)$p.value = 2 · 0.5^7
 * row.pValue //=> 0.015625
 * ```
 */
export function themeChange(records: CodedSources, options: ThemeChangeOptions): ThemeChangeRow[] {
  const { sources, segments } = readRecords(records);
  const study = readStudy('options.study', options?.study);
  for (const name of ['from', 'to'] as const) {
    if (!study.ids.waves.includes(options[name])) {
      throw new RangeError(
        `options.${name} must be one of the study's waves (${quoteList(study.ids.waves)}), got ${JSON.stringify(options[name])}`,
      );
    }
  }
  if (options.from === options.to)
    throw new RangeError(
      `options.to must differ from options.from, got ${JSON.stringify(options.to)} for both`,
    );
  const exact = options.exact ?? true;
  assertBoolean('options.exact', exact);
  const correct = options.correct ?? true;
  assertBoolean('options.correct', correct);
  const codes = readCodes(options.codes, options.codebook, segments);
  const names = codeNames(options.codebook);

  const codesOf = new Map<string, Set<string>>();
  for (const s of segments) {
    const set = codesOf.get(s.sourceId) ?? new Set<string>();
    set.add(s.codeId);
    codesOf.set(s.sourceId, set);
  }
  // informant → wave → codes mentioned there (seen at a wave even with nothing coded).
  const seen = new Map<string, Map<string, Set<string>>>();
  for (const src of sources) {
    if (src.wave !== options.from && src.wave !== options.to) continue;
    for (const informant of src.informants) {
      const byWave = seen.get(informant) ?? new Map<string, Set<string>>();
      const set = byWave.get(src.wave) ?? new Set<string>();
      for (const c of codesOf.get(src.id) ?? []) set.add(c);
      byWave.set(src.wave, set);
      seen.set(informant, byWave);
    }
  }
  const paired = [...seen.values()].filter((w) => w.has(options.from) && w.has(options.to));
  const rows = codes.map((code): ThemeChangeRow => {
    let both = 0;
    let fromOnly = 0;
    let toOnly = 0;
    let neither = 0;
    for (const w of paired) {
      const a = w.get(options.from)!.has(code);
      const b = w.get(options.to)!.has(code);
      if (a && b) both++;
      else if (a) fromOnly++;
      else if (b) toOnly++;
      else neither++;
    }
    const n = paired.length;
    let statistic = NaN;
    let pValue = NaN;
    let method = exact ? 'Exact McNemar test (binomial)' : "McNemar's chi-squared test";
    if (fromOnly + toOnly > 0) {
      const t = mcnemarTest(
        [
          [both, fromOnly],
          [toOnly, neither],
        ],
        { exact, correct },
      );
      statistic = t.statistic;
      pValue = t.pValue;
      method = t.method;
    }
    return {
      code,
      codeName: names.get(code) ?? code,
      informants: n,
      both,
      fromOnly,
      toOnly,
      neither,
      shareFrom: n === 0 ? NaN : (both + fromOnly) / n,
      shareTo: n === 0 ? NaN : (both + toOnly) / n,
      statistic,
      pValue,
      method,
    };
  });
  return deepFreeze(rows);
}
