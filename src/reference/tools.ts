import type { StudyToolDefinition } from '../models/study/study-definition.js';
import type { ToolAudience, ToolCategory } from '../models/tool.js';

/**
 * The id of a tool in the Signs of Safety catalogue.
 *
 * @category Reference data
 */
export type ToolId =
  | 'mapping'
  | 'danger-statements'
  | 'safety-planning'
  | 'scaling'
  | 'three-houses'
  | 'words-and-pictures'
  | 'family-network-meetings'
  | 'appreciative-inquiry';

/**
 * A tool of the Signs of Safety catalogue: a study tool definition with every field filled in.
 *
 * @category Reference data
 */
export interface SosTool extends StudyToolDefinition {
  /** The tool's id. */
  readonly id: ToolId;
  /** The tool's name, as tables print it. */
  readonly name: string;
  /** Other names exports use for the tool. */
  readonly aliases: readonly string[];
  /** What the tool is for. */
  readonly category: ToolCategory;
  /** Whom the tool is used with. */
  readonly audience: ToolAudience;
  /** One sentence on what the tool is, in our own words. */
  readonly description: string;
}

/**
 * The Signs of Safety tools and practice elements the package knows, with a short description
 * of each in our own words (domain brief §4) and the other names survey and case-management
 * exports use for them (`aliases`, which a study's CSV presets recognise). The 2017 survey asked
 * about all but `scaling`, which it treated as part of mapping.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { SOS_TOOLS } from 'sos-eval/reference';
 *
 * SOS_TOOLS.filter((t) => t.audience === 'child').map((t) => t.id) //=> ['three-houses', 'words-and-pictures']
 * ```
 */
export const SOS_TOOLS: readonly SosTool[] = Object.freeze([
  {
    id: 'mapping',
    name: 'Mapping',
    aliases: ['Safety mapping', 'Mapping assessment'],
    category: 'assessment-and-planning',
    audience: 'family',
    description:
      'A one-page assessment made with the family: what we are worried about, what is working well, what needs to happen, and a 0–10 safety judgement.',
  },
  {
    id: 'danger-statements',
    name: 'Danger statements',
    aliases: ['Danger statement'],
    category: 'assessment-and-planning',
    audience: 'family',
    description:
      'Plain, behaviour-specific statements of the harm professionals believe is likely if nothing changes, each paired with a safety goal.',
  },
  {
    id: 'safety-planning',
    name: 'Safety planning',
    aliases: ['Safety plan'],
    category: 'assessment-and-planning',
    audience: 'family',
    description:
      'A plan built with the family and an informed network of friends and relatives to keep the children safe.',
  },
  {
    id: 'scaling',
    name: 'Scaling questions',
    aliases: ['Scaling questions'],
    category: 'assessment-and-planning',
    audience: 'family',
    description:
      'Judgements on a 0–10 scale, asked of workers, family members and the network, of how safe the children are.',
  },
  {
    id: 'three-houses',
    name: 'Three Houses',
    aliases: ['Three house'],
    category: 'childs-voice',
    audience: 'child',
    description:
      "A way of hearing the child's worries, good things and hopes, drawn as three houses.",
  },
  {
    id: 'words-and-pictures',
    name: 'Words and Pictures',
    aliases: ['Words & Pictures'],
    category: 'childs-voice',
    audience: 'child',
    description:
      'An explanation for the child, in words and drawings made with the parents, of why services are involved.',
  },
  {
    id: 'family-network-meetings',
    name: 'Family network meetings',
    aliases: ['Family network meeting', 'Network meetings', 'FNM'],
    category: 'network',
    audience: 'family',
    description:
      'Meetings of the family and its network of friends and relatives to assess and plan together.',
  },
  {
    id: 'appreciative-inquiry',
    name: 'Appreciative inquiry',
    aliases: ['Appreciative inquiries'],
    category: 'practice-culture',
    audience: 'family',
    description:
      'A structured, solution-focused conversation about work that went well, to learn what made it work.',
  },
] as const);
