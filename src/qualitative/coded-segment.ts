import { z } from 'zod';
import { PseudonymousIdSchema } from '../models/worker.js';

/**
 * One coded segment: a stretch of a source's text that a coder coded with a code. `start` and
 * `end` are **Unicode code point** offsets from the start of the source's plain text, `end`
 * exclusive — the unit REFI-QDA uses for `startPosition` / `endPosition`, not the UTF-16 units of
 * a JavaScript string (`textOfSegment` converts). A segment with `start = end` marks a place.
 *
 * @category Models
 * @example
 * ```ts
 * import { CodedSegmentSchema } from 'sos-eval/qualitative';
 * const segment = { id: 's1', sourceId: 'int-01', codeId: 'it', start: 10, end: 42, coder: 'coder-a' };
 * CodedSegmentSchema.safeParse(segment).success //=> true
 * CodedSegmentSchema.safeParse({ ...segment, end: 5 }).success //=> false
 * ```
 */
export const CodedSegmentSchema = z
  .strictObject({
    /** The segment's id (a REFI-QDA selection GUID, or any pseudonymous id). */
    id: PseudonymousIdSchema,
    /** The source it is in. */
    sourceId: PseudonymousIdSchema,
    /** The code applied. */
    codeId: PseudonymousIdSchema,
    /** First code point, from 0. */
    start: z.number().int().min(0),
    /** One past the last code point. */
    end: z.number().int().min(0),
    /** Pseudonymous id of the coder (a REFI-QDA user). */
    coder: PseudonymousIdSchema,
    /** The segment's text, when known. */
    text: z.string().optional(),
  })
  .refine((s) => s.end >= s.start, {
    path: ['end'],
    message: 'end must not be before start',
    params: { code: 'end_before_start' },
  });

/**
 * A coded segment.
 *
 * @category Models
 */
export type CodedSegment = z.infer<typeof CodedSegmentSchema>;

/**
 * The text of `[start, end)` counted in Unicode code points, as REFI-QDA counts positions, from a
 * JavaScript string (which counts UTF-16 units: an emoji or a rare CJK character is two). Positions
 * past the end are clipped.
 *
 * @category Models
 * @example
 * ```ts
 * import { sliceCodePoints } from 'sos-eval/qualitative';
 * // '😀' is one code point but two UTF-16 units
 * sliceCodePoints('😀 we had IT problems', 2, 4) //=> 'we'
 * ```
 */
export function sliceCodePoints(text: string, start: number, end: number): string {
  let unit = 0;
  let point = 0;
  let from = -1;
  while (unit < text.length) {
    if (point === start) from = unit;
    if (point === end) return from < 0 ? '' : text.slice(from, unit);
    const c = text.codePointAt(unit)!;
    unit += c > 0xffff ? 2 : 1;
    point++;
  }
  if (point === start) from = unit;
  return from < 0 || end <= start ? '' : text.slice(from);
}

/**
 * The number of Unicode code points in a string (REFI-QDA's length of a text).
 *
 * @category Models
 * @example
 * ```ts
 * import { codePointLength } from 'sos-eval/qualitative';
 * codePointLength('😀!') //=> 2
 * '😀!'.length //=> 3
 * ```
 */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
