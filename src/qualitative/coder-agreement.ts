import { assertArray, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { cohensKappa } from '../stats/cohens-kappa.js';
import type { Codebook } from './codebook.js';
import type { CodedSegment } from './coded-segment.js';
import { krippendorffAlpha } from './krippendorff-alpha.js';
import { codeNames, readCodes } from './_records.js';

/** Options for {@link coderAgreement}. */
export interface CoderAgreementOptions {
  /** The coders compared, two or more. Default every coder of the segments, sorted. */
  readonly coders?: readonly string[];
  /**
   * The units: the ids of the sources every compared coder coded. Default the sources in which
   * each compared coder applied at least one code.
   */
  readonly sources?: readonly string[];
  /** The codes. Default the codebook's codable codes, else every code used. */
  readonly codes?: readonly string[];
  /** The codebook, for names. */
  readonly codebook?: Codebook;
}

/**
 * One code's agreement in {@link coderAgreement}.
 *
 * @category Reliability
 */
export interface CoderAgreementRow {
  /** The code. */
  readonly code: string;
  /** Its name. */
  readonly codeName: string;
  /** Number of sources compared. */
  readonly units: number;
  /** Sources every coder agreed on (all applied the code, or none did). */
  readonly agreed: number;
  /** agreed / units. */
  readonly percentAgreement: number;
  /** Krippendorff's alpha (nominal) of applied / not applied; NaN when every decision is alike. */
  readonly alpha: number;
  /** Cohen's kappa, with exactly two coders; NaN when it is undefined (one category only) or with more coders. */
  readonly kappa: number;
  /** Lower limit of kappa's 95% interval (vcd's ASE), NaN when kappa is. */
  readonly kappaLower: number;
  /** Upper limit. */
  readonly kappaUpper: number;
}

/**
 * Inter-coder agreement per code, counted by source: for each double-coded source, did each coder
 * apply the code or not? From that yes/no matrix come the percent agreement, Krippendorff's alpha
 * (nominal, any number of coders, {@link krippendorffAlpha}) and, with two coders, Cohen's kappa
 * with its interval (`cohensKappa` of `sos-eval/stats`). Agreement on where segments start and end
 * is not measured: coders who mark different passages of a source for the same theme agree here.
 *
 * @param segments - The coded segments of every coder.
 * @returns Frozen rows, one per code.
 * @throws TypeError or RangeError for bad arguments, such as fewer than two coders.
 * @category Reliability
 * @example
 * ```ts
 * import { coderAgreement } from 'sos-eval/qualitative';
 * const seg = (sourceId: string, codeId: string, coder: string) =>
 *   ({ id: `${sourceId}-${codeId}-${coder}`, sourceId, codeId, start: 0, end: 1, coder });
 * // 4 sources; both coders code 'it' in s1, s2; only A in s3; neither in s4 (both code 'x' there).
 * const segments = [
 *   seg('s1', 'it', 'A'), seg('s1', 'it', 'B'), seg('s2', 'it', 'A'), seg('s2', 'it', 'B'),
 *   seg('s3', 'it', 'A'), seg('s3', 'x', 'B'), seg('s4', 'x', 'A'), seg('s4', 'x', 'B'),
 * ];
 * const [it] = coderAgreement(segments, { codes: ['it'] });
 * it.percentAgreement //=> 0.75
 * // po = 3/4, pe = (3·2 + 1·2)/16 = 1/2, kappa = (3/4 − 1/2)/(1/2)
 * it.kappa //=> 0.5
 * ```
 */
export function coderAgreement(
  segments: readonly CodedSegment[],
  options: CoderAgreementOptions = {},
): CoderAgreementRow[] {
  assertArray('segments', segments);
  const coders = options.coders ?? [...new Set(segments.map((s) => s.coder))].sort();
  assertArray('options.coders', coders);
  if (new Set(coders).size < 2) {
    throw new RangeError(
      `options.coders must name at least two different coders, got ${showValue(coders)}`,
    );
  }
  const applied = new Map<string, Set<string>>(); // coder → "source\u0000code"
  const coded = new Map<string, Set<string>>(); // coder → sources
  for (const s of segments) {
    if (!applied.has(s.coder)) {
      applied.set(s.coder, new Set());
      coded.set(s.coder, new Set());
    }
    applied.get(s.coder)!.add(`${s.sourceId}\u0000${s.codeId}`);
    coded.get(s.coder)!.add(s.sourceId);
  }
  let units: string[];
  if (options.sources !== undefined) {
    assertArray('options.sources', options.sources);
    units = [...new Set(options.sources)];
  } else {
    const first = coded.get(coders[0]!) ?? new Set<string>();
    units = [...first].filter((id) => coders.every((c) => coded.get(c)?.has(id) ?? false)).sort();
  }
  const codes = readCodes(options.codes, options.codebook, segments);
  const names = codeNames(options.codebook);
  const rows = codes.map((code): CoderAgreementRow => {
    const matrix = coders.map((c) =>
      units.map((u) => (applied.get(c)?.has(`${u}\u0000${code}`) ? 1 : 0)),
    );
    let agreed = 0;
    for (let u = 0; u < units.length; u++) {
      const first = matrix[0]![u];
      if (matrix.every((row) => row[u] === first)) agreed++;
    }
    const alpha = units.length === 0 ? NaN : krippendorffAlpha(matrix).alpha;
    let kappa = NaN;
    let kappaLower = NaN;
    let kappaUpper = NaN;
    if (coders.length === 2 && units.length > 0) {
      const t = [
        [0, 0],
        [0, 0],
      ];
      for (let u = 0; u < units.length; u++) t[1 - matrix[0]![u]!]![1 - matrix[1]![u]!]! += 1;
      const a = t[0]![0]! + t[0]![1]!;
      const b = t[0]![0]! + t[1]![0]!;
      const n = units.length;
      // Chance agreement 1 (both coders always, or never, applied it): kappa undefined.
      if (!((a === 0 || a === n) && a === b)) {
        const k = cohensKappa(t);
        kappa = k.kappa;
        [kappaLower, kappaUpper] = k.confInt;
      }
    }
    return {
      code,
      codeName: names.get(code) ?? code,
      units: units.length,
      agreed,
      percentAgreement: units.length === 0 ? NaN : agreed / units.length,
      alpha,
      kappa,
      kappaLower,
      kappaUpper,
    };
  });
  return deepFreeze(rows);
}
