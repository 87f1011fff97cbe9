import { z } from 'zod';

/**
 * What a qualitative source is: a key-informant **interview**, a **focus group**, a **case file**
 * analysed, or any other **document**.
 *
 * @category Models
 * @example
 * ```ts
 * import { SourceKindSchema } from 'sos-eval/qualitative';
 * SourceKindSchema.options //=> ['interview', 'focus-group', 'case-file', 'document']
 * ```
 */
export const SourceKindSchema = z.enum(['interview', 'focus-group', 'case-file', 'document']);

/**
 * The kind of a source.
 *
 * @category Models
 */
export type SourceKind = z.infer<typeof SourceKindSchema>;

/**
 * The informant roles a study's sources may name unless it gives its own list
 * (`qualitativeModels(study, { roles })`).
 *
 * @category Models
 * @example
 * ```ts
 * import { INFORMANT_ROLES } from 'sos-eval/qualitative';
 * INFORMANT_ROLES.includes('senior-manager') //=> true
 * ```
 */
export const INFORMANT_ROLES: readonly string[] = Object.freeze([
  'senior-manager',
  'practice-lead',
  'team-manager',
  'social-worker',
  'family',
  'partner-agency',
  'other',
]);

/**
 * One qualitative source of a study: an interview, focus group, case file or document, with the
 * site and wave it belongs to, the role of its informants and their pseudonymous ids (one for an
 * interview, several or none for a focus group). A study's `schemas.source` (from
 * {@link qualitativeModels}) checks site, wave and role against the study.
 *
 * @category Models
 */
export interface Source {
  /** The source's id (a REFI-QDA source GUID, or any pseudonymous id). */
  readonly id: string;
  /** What it is. */
  readonly kind: SourceKind;
  /** The site. */
  readonly pilot: string;
  /** The wave. */
  readonly wave: string;
  /** The informants' role; `null` when it has none (a document, a case file). */
  readonly role: string | null;
  /** Pseudonymous ids of the informants; the same id at two waves is the same person. */
  readonly informants: readonly string[];
  /** How many took part (a focus group), when known. */
  readonly participants?: number;
  /** A short title, never a person's name. */
  readonly title?: string;
  /** The date of the interview or focus group, `YYYY-MM-DD`. */
  readonly date?: string;
  /** The plain text, when loaded (from a `.qdpx`, for instance). */
  readonly text?: string;
}
