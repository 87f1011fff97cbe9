import { assertOneOf } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { Codebook } from './codebook.js';
import type { CodedSegment } from './coded-segment.js';
import { codeNames, readCodes, readRecords, type CodedSources } from './_records.js';

/** Options for {@link codeCoOccurrence}. */
export interface CodeCoOccurrenceOptions {
  /**
   * `'source'` (default): two codes co-occur in a source that carries both. `'overlap'`: only when
   * a segment of one overlaps a segment of the other (sharing at least one character, or the same
   * place for empty segments).
   */
  readonly within?: 'source' | 'overlap';
  /** The codes, in order. Default the codebook's codable codes, else every code used. */
  readonly codes?: readonly string[];
  /** The codebook, for names. */
  readonly codebook?: Codebook;
}

/**
 * One pair of codes in {@link codeCoOccurrence}.
 *
 * @category Analyses
 */
export interface CodeCoOccurrenceRow {
  /** The first code (earlier in the code order). */
  readonly codeA: string;
  /** The second code. */
  readonly codeB: string;
  /** Names of the two codes. */
  readonly names: readonly [string, string];
  /** Sources in which they co-occur. */
  readonly both: number;
  /** Sources with code A, not co-occurring with B. */
  readonly onlyA: number;
  /** Sources with code B, not co-occurring with A. */
  readonly onlyB: number;
  /** Jaccard similarity both / (both + onlyA + onlyB); NaN when neither is used. */
  readonly jaccard: number;
}

const overlaps = (a: CodedSegment, b: CodedSegment): boolean =>
  a.start === a.end || b.start === b.end
    ? a.start <= b.end && b.start <= a.end
    : a.start < b.end && b.start < a.end;

/**
 * Code co-occurrence: for every pair of codes, the number of sources in which both appear (or in
 * which their segments overlap), the sources with only one of them, and the Jaccard similarity —
 * the "code co-occurrence table" of NVivo, ATLAS.ti and MAXQDA, counted by source. Sources are
 * those of `records.sources`; segments of other sources are ignored.
 *
 * @param records - `{ sources, segments }`.
 * @returns Frozen rows, one per pair of codes in code order.
 * @category Analyses
 * @example
 * ```ts
 * import { codeCoOccurrence } from 'sos-eval/qualitative';
 * const src = (id: string) => ({ id, kind: 'interview' as const, pilot: 'p', wave: 'w', role: null, informants: [] });
 * const seg = (id: string, sourceId: string, codeId: string, start: number, end: number) =>
 *   ({ id, sourceId, codeId, start, end, coder: 'x' });
 * const records = {
 *   sources: [src('a'), src('b')],
 *   segments: [seg('1', 'a', 'it', 0, 10), seg('2', 'a', 'managers', 5, 20), seg('3', 'b', 'it', 0, 4), seg('4', 'b', 'managers', 9, 12)],
 * };
 * codeCoOccurrence(records)[0].both //=> 2
 * codeCoOccurrence(records, { within: 'overlap' })[0].both //=> 1
 * ```
 */
export function codeCoOccurrence(
  records: CodedSources,
  options: CodeCoOccurrenceOptions = {},
): CodeCoOccurrenceRow[] {
  const { sources, segments } = readRecords(records);
  const within = options.within ?? 'source';
  assertOneOf('options.within', within, ['source', 'overlap']);
  const ids = new Set(sources.map((s) => s.id));
  const kept = segments.filter((s) => ids.has(s.sourceId));
  const codes = readCodes(options.codes, options.codebook, kept);
  const names = codeNames(options.codebook);
  const bySource = new Map<string, Map<string, CodedSegment[]>>();
  for (const s of kept) {
    const byCode = bySource.get(s.sourceId) ?? new Map<string, CodedSegment[]>();
    byCode.set(s.codeId, [...(byCode.get(s.codeId) ?? []), s]);
    bySource.set(s.sourceId, byCode);
  }
  const rows: CodeCoOccurrenceRow[] = [];
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const a = codes[i]!;
      const b = codes[j]!;
      let both = 0;
      let onlyA = 0;
      let onlyB = 0;
      for (const byCode of bySource.values()) {
        const sa = byCode.get(a);
        const sb = byCode.get(b);
        if (sa === undefined && sb === undefined) continue;
        const together =
          sa !== undefined &&
          sb !== undefined &&
          (within === 'source' || sa.some((x) => sb.some((y) => overlaps(x, y))));
        if (together) both++;
        else {
          if (sa !== undefined) onlyA++;
          if (sb !== undefined) onlyB++;
        }
      }
      const union = both + onlyA + onlyB;
      rows.push({
        codeA: a,
        codeB: b,
        names: [names.get(a) ?? a, names.get(b) ?? b],
        both,
        onlyA,
        onlyB,
        jaccard: union === 0 ? NaN : both / union,
      });
    }
  }
  return deepFreeze(rows);
}
