import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { parseWith } from '../models/parse.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { PseudonymousIdSchema } from '../models/worker.js';

/**
 * One code of a codebook: its id (a REFI-QDA GUID or any pseudonymous id), name, optional
 * description and colour, its parent (`null` at the top) and whether segments may be coded with
 * it (REFI-QDA's `isCodable`; a heading code is not).
 *
 * @category Models
 * @example
 * ```ts
 * import { CodeSchema } from 'sos-eval/qualitative';
 * CodeSchema.safeParse({ id: 'c1', name: 'IT challenges', parentId: null, codable: true }).success //=> true
 * ```
 */
export const CodeSchema = z.strictObject({
  /** The code's id. */
  id: PseudonymousIdSchema,
  /** The code's name, as the coding tool shows it. */
  name: z.string().min(1).max(1000),
  /** What the code means and when to apply it. */
  description: z.string().max(100_000).optional(),
  /** A colour as `#rrggbb`, when the tool gave one. */
  colour: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour #rrggbb')
    .optional(),
  /** The parent code's id, `null` for a top-level code. */
  parentId: PseudonymousIdSchema.nullable(),
  /** Whether segments can be coded with it. */
  codable: z.boolean(),
});

/**
 * A code of a codebook.
 *
 * @category Models
 */
export type Code = z.infer<typeof CodeSchema>;

/**
 * A hierarchical codebook, its codes listed flat with parent ids (parents before or after their
 * children). The schema checks that ids are unique, that every parent exists and that no code is
 * its own ancestor.
 *
 * @category Models
 * @example
 * ```ts
 * import { CodebookSchema } from 'sos-eval/qualitative';
 * const codes = [
 *   { id: 'barriers', name: 'Barriers', parentId: null, codable: false },
 *   { id: 'it', name: 'IT challenges', parentId: 'barriers', codable: true },
 * ];
 * CodebookSchema.safeParse({ codes }).success //=> true
 * CodebookSchema.safeParse({ codes: [codes[1]] }).success //=> false
 * ```
 */
export const CodebookSchema = z
  .strictObject({
    /** The codebook's name, when given. */
    name: z.string().max(1000).optional(),
    /** Which tool wrote it, when known (REFI-QDA's `origin`). */
    origin: z.string().max(1000).optional(),
    /** The codes. */
    codes: z.array(CodeSchema),
  })
  .superRefine((book, ctx) => {
    const byId = new Map<string, Code>();
    book.codes.forEach((code, i) => {
      if (byId.has(code.id)) {
        ctx.addIssue({
          code: 'custom',
          params: { code: 'duplicate_id' },
          path: ['codes', i, 'id'],
          message: `code id ${JSON.stringify(code.id)} is used more than once`,
        });
      } else byId.set(code.id, code);
    });
    book.codes.forEach((code, i) => {
      if (code.parentId === null) return;
      if (!byId.has(code.parentId)) {
        ctx.addIssue({
          code: 'custom',
          params: { code: 'unknown_parent' },
          path: ['codes', i, 'parentId'],
          message: `parent ${JSON.stringify(code.parentId)} is not a code of the codebook`,
        });
        return;
      }
      // Walk up at most codes.length steps: more means a cycle.
      let at: string | null = code.parentId;
      for (let step = 0; at !== null && step <= book.codes.length; step++) {
        if (at === code.id) {
          ctx.addIssue({
            code: 'custom',
            params: { code: 'cyclic_parent' },
            path: ['codes', i, 'parentId'],
            message: `code ${JSON.stringify(code.id)} is its own ancestor`,
          });
          return;
        }
        at = byId.get(at)?.parentId ?? null;
      }
    });
  });

/**
 * A codebook: named codes in a hierarchy.
 *
 * @category Models
 */
export type Codebook = z.infer<typeof CodebookSchema>;

/**
 * Parses a codebook: `Right(codebook)` or `Left(issues)`. Never throws.
 *
 * @category Models
 * @example
 * ```ts
 * import { parseCodebook } from 'sos-eval/qualitative';
 * parseCodebook({ codes: [] })._tag //=> 'Right'
 * parseCodebook({ codes: [{ id: 'x', name: '', parentId: null, codable: true }] })._tag //=> 'Left'
 * ```
 */
export function parseCodebook(input: unknown): Either<ValidationIssue[], Codebook> {
  return parseWith(CodebookSchema, input);
}

/**
 * The ids of a code and all the codes below it in the codebook, the code itself first. Unknown
 * ids give an empty list.
 *
 * @category Models
 * @example
 * ```ts
 * import { codeWithDescendants } from 'sos-eval/qualitative';
 * const codebook = { codes: [
 *   { id: 'barriers', name: 'Barriers', parentId: null, codable: false },
 *   { id: 'it', name: 'IT challenges', parentId: 'barriers', codable: true },
 *   { id: 'managers', name: 'Intransigent managers', parentId: 'barriers', codable: true },
 * ] };
 * codeWithDescendants(codebook, 'barriers') //=> ['barriers', 'it', 'managers']
 * ```
 */
export function codeWithDescendants(codebook: Codebook, id: string): string[] {
  if (!codebook.codes.some((c) => c.id === id)) return [];
  const children = new Map<string, string[]>();
  for (const c of codebook.codes) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.shift()!;
    if (seen.has(at)) continue;
    seen.add(at);
    out.push(at);
    for (const child of children.get(at) ?? []) stack.push(child);
  }
  return out;
}
