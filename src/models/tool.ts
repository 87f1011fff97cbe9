import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { parseWith } from './parse.js';
import type { ValidationIssue } from './validation-issue.js';

/**
 * Ids of the Signs of Safety tools and practice elements the package knows.
 *
 * @category Tools
 * @example
 * ```ts
 * import { TOOL_IDS } from 'sos-eval/models';
 *
 * TOOL_IDS.includes('three-houses') //=> true
 * ```
 */
export const TOOL_IDS = [
  'mapping',
  'danger-statements',
  'safety-planning',
  'scaling',
  'three-houses',
  'words-and-pictures',
  'family-network-meetings',
  'appreciative-inquiry',
] as const;

/**
 * A tool's id: one of {@link TOOL_IDS}.
 *
 * @category Tools
 * @example
 * ```ts
 * import { ToolIdSchema } from 'sos-eval/models';
 *
 * ToolIdSchema.safeParse('mapping').success //=> true
 * ToolIdSchema.safeParse('genogram').success //=> false
 * ```
 */
export const ToolIdSchema = z.enum(TOOL_IDS);

/**
 * A tool's id.
 *
 * @category Tools
 */
export type ToolId = z.infer<typeof ToolIdSchema>;

/**
 * What a tool is for: assessment and planning, the child's voice, the family's network, or the
 * organisation's practice culture.
 *
 * @category Tools
 * @example
 * ```ts
 * import { ToolCategorySchema } from 'sos-eval/models';
 *
 * ToolCategorySchema.options.length //=> 4
 * ```
 */
export const ToolCategorySchema = z.enum([
  'assessment-and-planning',
  'childs-voice',
  'network',
  'practice-culture',
]);

/**
 * A tool's category.
 *
 * @category Tools
 */
export type ToolCategory = z.infer<typeof ToolCategorySchema>;

/**
 * Whom a tool is used with: the family (parents and network) or the child.
 *
 * @category Tools
 * @example
 * ```ts
 * import { ToolAudienceSchema } from 'sos-eval/models';
 *
 * ToolAudienceSchema.options //=> ['family', 'child']
 * ```
 */
export const ToolAudienceSchema = z.enum(['family', 'child']);

/**
 * A tool's audience.
 *
 * @category Tools
 */
export type ToolAudience = z.infer<typeof ToolAudienceSchema>;

/**
 * A Signs of Safety tool: id, name, category, audience and a short description.
 *
 * @category Tools
 * @example
 * ```ts
 * import { ToolSchema } from 'sos-eval/models';
 *
 * ToolSchema.safeParse({ id: 'mapping', name: 'Mapping', category: 'assessment-and-planning', audience: 'family', description: 'A one-page assessment.' }).success //=> true
 * ```
 */
export const ToolSchema = z.strictObject({
  /** The tool's id, as used in usage records. */
  id: ToolIdSchema,
  /** The tool's name in prose, such as "Three Houses". */
  name: z.string().min(1),
  /** What the tool is for. */
  category: ToolCategorySchema,
  /** Whom the tool is used with. */
  audience: ToolAudienceSchema,
  /** One sentence on what the tool is. */
  description: z.string().min(1),
});

/**
 * A Signs of Safety tool.
 *
 * @category Tools
 */
export type Tool = z.infer<typeof ToolSchema>;

/**
 * Parses a tool record.
 *
 * @category Tools
 * @example
 * ```ts
 * import { parseTool } from 'sos-eval/models';
 *
 * parseTool({ id: 'fairy-wizard', name: 'Fairy/Wizard', category: 'childs-voice', audience: 'child', description: 'x' })._tag //=> 'Left'
 * ```
 */
export function parseTool(input: unknown): Either<ValidationIssue[], Tool> {
  return parseWith(ToolSchema, input);
}

/**
 * How many of a worker's families a tool was used with, as the 2017 survey asked:
 * with `all` families, with `some`, or `none` (not at all).
 *
 * @category Tools
 * @example
 * ```ts
 * import { UsageLevelSchema } from 'sos-eval/models';
 *
 * UsageLevelSchema.options //=> ['all', 'some', 'none']
 * ```
 */
export const UsageLevelSchema = z.enum(['all', 'some', 'none']);

/**
 * A usage level: `all`, `some` or `none`.
 *
 * @category Tools
 */
export type UsageLevel = z.infer<typeof UsageLevelSchema>;
