import { assertArray, assertBoolean, assertOneOf, assertOpenUnit } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { Study } from '../models/study/study.js';
import { clopperPearsonInterval } from '../stats/clopper-pearson-interval.js';
import { codeWithDescendants, type Codebook } from './codebook.js';
import type { Source } from './source.js';
import { codeNames, readCodes, readRecords, type CodedSources } from './_records.js';
import { readStudy } from './_study.js';

/** A dimension a prevalence table can be split by. */
export type PrevalenceBy = 'pilot' | 'wave' | 'role' | 'kind';

/** Options for {@link themePrevalence}. */
export interface ThemePrevalenceOptions {
  /** The study the sources belong to (its order of sites and waves orders the rows). */
  readonly study: Study<string, string, string, string, string, string>;
  /** Split by these, in this order. Default `['pilot', 'wave']`; `[]` gives one row per code. */
  readonly by?: readonly PrevalenceBy[];
  /**
   * Count `'source'`s (default) or `'informant'`s: an informant mentions a theme in a cell when any
   * of their sources in the cell is coded with it; sources without informants do not count then.
   */
  readonly unit?: 'source' | 'informant';
  /** The codes to report, in order. Default the codebook's codable codes, else every code used. */
  readonly codes?: readonly string[];
  /** The codebook, for code names and `includeDescendants`. */
  readonly codebook?: Codebook;
  /** Count a code's sub-codes as mentions of it (needs `codebook`). Default false. */
  readonly includeDescendants?: boolean;
  /** Level of the Clopper–Pearson interval. Default 0.95. */
  readonly confLevel?: number;
}

/**
 * One row of {@link themePrevalence}: a code in one cell (site, wave, role, kind as asked).
 *
 * @category Analyses
 */
export interface ThemePrevalenceRow {
  /** The code's id. */
  readonly code: string;
  /** The code's name (its id when no codebook was given). */
  readonly codeName: string;
  /** The site, when split by site. */
  readonly pilot?: string;
  /** The wave, when split by wave. */
  readonly wave?: string;
  /** The role (`null` for sources without one), when split by role. */
  readonly role?: string | null;
  /** The kind of source, when split by kind. */
  readonly kind?: string;
  /** Sources (or informants) in the cell coded with the code. */
  readonly mentioning: number;
  /** Sources (or informants) in the cell. */
  readonly total: number;
  /** mentioning / total. */
  readonly share: number;
  /** Clopper–Pearson lower limit. */
  readonly lower: number;
  /** Clopper–Pearson upper limit. */
  readonly upper: number;
}

const BY: readonly PrevalenceBy[] = ['pilot', 'wave', 'role', 'kind'];

/**
 * How many sources (or informants) mention each theme, by site, wave, role and kind of source, with
 * exact Clopper–Pearson intervals (`clopperPearsonInterval` of `sos-eval/stats`, R's
 * `binom.test`) — the "start vs end" tables of key-informant findings. A source mentions a theme
 * when at least one of its segments is coded with it (or, with `includeDescendants`, with one of
 * its sub-codes). Rows come for every code in every cell that has sources, zero mentions included,
 * ordered by code, then by the study's order of sites and waves. Segments of sources not in
 * `records.sources` are ignored.
 *
 * @param records - `{ sources, segments }`, such as {@link qdaRecords} returns.
 * @returns Frozen rows, one per code and cell.
 * @throws TypeError or RangeError for bad arguments (naming them).
 * @category Analyses
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { themePrevalence } from 'sos-eval/qualitative';
 * const study = defineStudy({
 *   id: 'demo', title: 'A made-up study',
 *   pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2024-01-01', end: '2024-06-30' } }],
 *   waves: [{ id: 'start', label: 'Start' }, { id: 'end', label: 'End' }],
 *   tools: [{ id: 'plan', name: 'Safety plan' }],
 *   usageLevels: [{ id: 'yes', label: 'Yes', uses: true }, { id: 'no', label: 'No', uses: false }],
 * });
 * const source = (id: string, wave: string) =>
 *   ({ id, kind: 'interview' as const, pilot: 'north', wave, role: 'senior-manager', informants: [id] });
 * const records = {
 *   sources: [source('a', 'start'), source('b', 'start'), source('c', 'end')],
 *   segments: [{ id: 's1', sourceId: 'a', codeId: 'it', start: 0, end: 9, coder: 'x' }],
 * };
 * const rows = themePrevalence(records, { study });
 * rows.map((r) => [r.wave, r.mentioning, r.total]) //=> [['start', 1, 2], ['end', 0, 1]]
 * // R: binom.test(1, 2)$conf.int
 * [rows[0].lower, rows[0].upper] //=> [0.01258, 0.98742]
 * ```
 */
export function themePrevalence(
  records: CodedSources,
  options: ThemePrevalenceOptions,
): ThemePrevalenceRow[] {
  const { sources, segments } = readRecords(records);
  const study = readStudy('options.study', options?.study);
  const by = options.by ?? ['pilot', 'wave'];
  assertArray('options.by', by);
  by.forEach((b, i) => assertOneOf(`options.by[${i}]`, b, BY));
  const unit = options.unit ?? 'source';
  assertOneOf('options.unit', unit, ['source', 'informant']);
  const confLevel = options.confLevel ?? 0.95;
  assertOpenUnit('options.confLevel', confLevel);
  const includeDescendants = options.includeDescendants ?? false;
  assertBoolean('options.includeDescendants', includeDescendants);
  if (includeDescendants && options.codebook === undefined) {
    throw new RangeError('options.includeDescendants needs options.codebook');
  }
  const codes = readCodes(options.codes, options.codebook, segments);
  const names = codeNames(options.codebook);

  // Which codes each source carries.
  const codesOf = new Map<string, Set<string>>();
  for (const s of segments) {
    const set = codesOf.get(s.sourceId) ?? new Set<string>();
    set.add(s.codeId);
    codesOf.set(s.sourceId, set);
  }
  const members = new Map<string, readonly string[]>(
    codes.map((c) => [c, includeDescendants ? codeWithDescendants(options.codebook!, c) : [c]]),
  );
  const mentions = (src: Source, code: string): boolean => {
    const have = codesOf.get(src.id);
    return have !== undefined && members.get(code)!.some((m) => have.has(m));
  };

  // Cells in the study's order.
  const pilotOrder = new Map(study.ids.pilots.map((p, i) => [p as string, i] as const));
  const waveOrder = new Map(study.ids.waves.map((w, i) => [w as string, i] as const));
  const keyOf = (s: Source): (string | null)[] => by.map((b) => s[b]);
  const cells = new Map<string, { key: (string | null)[]; sources: Source[] }>();
  for (const s of sources) {
    const key = keyOf(s);
    const k = JSON.stringify(key);
    const cell = cells.get(k) ?? { key, sources: [] };
    cell.sources.push(s);
    cells.set(k, cell);
  }
  const rank = (b: PrevalenceBy, v: string | null): number | string =>
    b === 'pilot'
      ? (pilotOrder.get(v!) ?? 1e9)
      : b === 'wave'
        ? (waveOrder.get(v!) ?? 1e9)
        : (v ?? '');
  const ordered = [...cells.values()].sort((x, y) => {
    for (let i = 0; i < by.length; i++) {
      const a = rank(by[i]!, x.key[i]!);
      const b = rank(by[i]!, y.key[i]!);
      if (a < b) return -1;
      if (a > b) return 1;
    }
    return 0;
  });

  const rows: ThemePrevalenceRow[] = [];
  for (const code of codes) {
    for (const cell of ordered) {
      let mentioning = 0;
      let total: number;
      if (unit === 'source') {
        total = cell.sources.length;
        for (const s of cell.sources) if (mentions(s, code)) mentioning++;
      } else {
        const informants = new Map<string, boolean>();
        for (const s of cell.sources) {
          const m = mentions(s, code);
          for (const id of s.informants) informants.set(id, (informants.get(id) ?? false) || m);
        }
        total = informants.size;
        for (const m of informants.values()) if (m) mentioning++;
      }
      if (total === 0) continue;
      const ci = clopperPearsonInterval(mentioning, total, { confLevel });
      const row: Record<string, unknown> = { code, codeName: names.get(code) ?? code };
      by.forEach((b, i) => (row[b] = cell.key[i]));
      rows.push({
        ...(row as { code: string; codeName: string }),
        mentioning,
        total,
        share: mentioning / total,
        lower: ci.lower,
        upper: ci.upper,
      });
    }
  }
  return deepFreeze(rows);
}
