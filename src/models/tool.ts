import { z } from 'zod';

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
