import { z } from 'zod';
import type { Either } from 'fp-ts/lib/Either.js';
import { parseWith } from './parse.js';
import type { ValidationIssue } from './validation-issue.js';

/**
 * How much Signs of Safety experience a pilot had at the project's start (autumn 2014), as the
 * evaluators grouped the ten pilots: `new` (none, or up to a year), `two-years` (about two years),
 * `two-years-plus` (more than two years).
 *
 * @category Pilots
 * @example
 * ```ts
 * import { ExperienceGroupSchema } from 'sos-eval/models';
 *
 * ExperienceGroupSchema.options //=> ['new', 'two-years', 'two-years-plus']
 * ```
 */
export const ExperienceGroupSchema = z.enum(['new', 'two-years', 'two-years-plus']);

/**
 * One of the evaluation's three experience groupings.
 *
 * @category Pilots
 */
export type ExperienceGroup = z.infer<typeof ExperienceGroupSchema>;

/**
 * Display label and definition of an experience grouping.
 *
 * @category Pilots
 */
export interface ExperienceGroupInfo {
  /** The grouping's id. */
  readonly id: ExperienceGroup;
  /** The label the evaluation used on its slides (`new`, `2 years`, `2+ years`). */
  readonly label: string;
  /** What the grouping means, in words. */
  readonly definition: string;
}

/**
 * The three groupings with their labels and definitions, in order of experience
 * (source: the 2017 report's executive summary; slide 6).
 *
 * @category Pilots
 * @example
 * ```ts
 * import { EXPERIENCE_GROUPS } from 'sos-eval/models';
 *
 * EXPERIENCE_GROUPS.map((g) => g.label) //=> ['new', '2 years', '2+ years']
 * ```
 */
export const EXPERIENCE_GROUPS: readonly ExperienceGroupInfo[] = Object.freeze([
  Object.freeze({
    id: 'new',
    label: 'new',
    definition:
      'No experience of Signs of Safety, or up to one year, at the start of the project (autumn 2014).',
  }),
  Object.freeze({
    id: 'two-years',
    label: '2 years',
    definition: 'About two years of Signs of Safety experience at the start of the project.',
  }),
  Object.freeze({
    id: 'two-years-plus',
    label: '2+ years',
    definition: 'More than two years of Signs of Safety experience at the start of the project.',
  }),
] as const);

/**
 * Parses an experience grouping id.
 *
 * @category Pilots
 * @example
 * ```ts
 * import { parseExperienceGroup } from 'sos-eval/models';
 *
 * parseExperienceGroup('two-years')._tag //=> 'Right'
 * parseExperienceGroup('2 years')._tag //=> 'Left'
 * ```
 */
export function parseExperienceGroup(input: unknown): Either<ValidationIssue[], ExperienceGroup> {
  return parseWith(ExperienceGroupSchema, input);
}
