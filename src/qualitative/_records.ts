// Reading the sources and segments an analysis is given, and the codes it reports on.
import { assertArray, showValue } from '../_lib/args.js';
import type { Codebook } from './codebook.js';
import type { CodedSegment } from './coded-segment.js';
import type { Source } from './source.js';

/**
 * What the theme analyses take: sources and the segments coded in them, such as
 * `qdaRecords` returns.
 *
 * @category Analyses
 */
export interface CodedSources {
  /** The sources analysed. */
  readonly sources: readonly Source[];
  /** Their coded segments (segments of other sources are ignored). */
  readonly segments: readonly CodedSegment[];
}

export function readRecords(value: unknown): CodedSources {
  const r = value as Partial<CodedSources> | null;
  if (r === null || typeof r !== 'object') {
    throw new TypeError(`records must be { sources, segments }, got ${showValue(value)}`);
  }
  assertArray('records.sources', r.sources);
  assertArray('records.segments', r.segments);
  return r as CodedSources;
}

/** The codes to report on: as given, else the codebook's codable ones, else those used, sorted. */
export function readCodes(
  codes: readonly string[] | undefined,
  codebook: Codebook | undefined,
  segments: readonly CodedSegment[],
): string[] {
  if (codes !== undefined) {
    assertArray('options.codes', codes);
    codes.forEach((c, i) => {
      if (typeof c !== 'string')
        throw new TypeError(`options.codes[${i}] must be a code id, got ${showValue(c)}`);
    });
    return [...new Set(codes)];
  }
  if (codebook !== undefined) return codebook.codes.filter((c) => c.codable).map((c) => c.id);
  return [...new Set(segments.map((s) => s.codeId))].sort();
}

/** Code id → name, when a codebook is given. */
export function codeNames(codebook: Codebook | undefined): Map<string, string> {
  return new Map((codebook?.codes ?? []).map((c) => [c.id, c.name] as const));
}
