import { z } from 'zod';
import { assertArray } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { PseudonymousIdSchema } from '../models/worker.js';

/**
 * How sure the evaluators are of a configuration or a rating.
 *
 * @category Models
 * @example
 * ```ts
 * import { ConfidenceSchema } from 'sos-eval/qualitative';
 * ConfidenceSchema.options //=> ['low', 'moderate', 'high']
 * ```
 */
export const ConfidenceSchema = z.enum(['low', 'moderate', 'high']);

/**
 * A confidence rating.
 *
 * @category Models
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;

// One part of a configuration: what the evaluators concluded and the segments that evidence it.
const evidenced = z.strictObject({
  /** What the evaluators concluded, in a sentence. */
  statement: z.string().trim().min(1).max(10_000),
  /** Ids of the coded segments that evidence it. */
  evidence: z.array(PseudonymousIdSchema),
});

/**
 * A realist context–mechanism–outcome configuration (Pawson & Tilley 1997, _Realistic
 * Evaluation_): in this **context**, the programme's **resource** triggers this **reasoning**
 * (the mechanism, split as Dalkin et al. 2015 split it), giving this **outcome**. Each part lists
 * the coded segments that evidence it, and the whole carries a confidence rating. `pilot` is left
 * out for a configuration that holds across sites; a study's `schemas.realistConfiguration` checks
 * it.
 *
 * @category Models
 * @example
 * ```ts
 * import { RealistConfigurationSchema } from 'sos-eval/qualitative';
 * RealistConfigurationSchema.safeParse({
 *   id: 'cmo-1',
 *   context: { statement: 'Senior managers champion the framework', evidence: ['s1'] },
 *   mechanism: {
 *     resource: { statement: 'Protected time for training', evidence: ['s2'] },
 *     reasoning: { statement: 'Workers feel it is valued', evidence: ['s3'] },
 *   },
 *   outcome: { statement: 'Tools used with families', evidence: ['s4'] },
 *   confidence: 'moderate',
 * }).success //=> true
 * ```
 */
export const RealistConfigurationSchema = z.strictObject({
  /** The configuration's id. */
  id: PseudonymousIdSchema,
  /** The site it was found at; left out when it holds across sites. */
  pilot: z.string().optional(),
  /** The wave it was found at, when it belongs to one. */
  wave: z.string().optional(),
  /** The context. */
  context: evidenced,
  /** The mechanism: the resource offered and the reasoning it triggers. */
  mechanism: z.strictObject({
    /** The resource the programme offers. */
    resource: evidenced,
    /** The reasoning (response) it triggers in people. */
    reasoning: evidenced,
  }),
  /** The outcome. */
  outcome: evidenced,
  /** How sure the evaluators are. */
  confidence: ConfidenceSchema,
  /** Notes, such as rival explanations considered. */
  notes: z.string().max(100_000).optional(),
});

/**
 * A realist context–mechanism–outcome configuration.
 *
 * @category Models
 */
export type RealistConfiguration = z.infer<typeof RealistConfigurationSchema>;

/**
 * Every segment id a configuration cites, once each, in the order context, resource, reasoning,
 * outcome.
 *
 * @category Models
 * @example
 * ```ts
 * import { configurationEvidence } from 'sos-eval/qualitative';
 * const part = (evidence: string[]) => ({ statement: 'x', evidence });
 * configurationEvidence({
 *   id: 'cmo-1', confidence: 'low', context: part(['s1']),
 *   mechanism: { resource: part(['s2', 's1']), reasoning: part([]) }, outcome: part(['s3']),
 * }) //=> ['s1', 's2', 's3']
 * ```
 */
export function configurationEvidence(configuration: RealistConfiguration): string[] {
  const c = configuration;
  return [
    ...new Set([
      ...c.context.evidence,
      ...c.mechanism.resource.evidence,
      ...c.mechanism.reasoning.evidence,
      ...c.outcome.evidence,
    ]),
  ];
}

/**
 * Checks that every segment a realist configuration cites exists, and that each part of the
 * configuration (context, resource, reasoning, outcome) cites at least one: one issue per
 * problem, with the configuration's index and the part in the path (`unknown_segment`,
 * `no_evidence`). Configurations are not changed.
 *
 * @param configurations - Parsed configurations.
 * @param segments - The coded segments they may cite.
 * @returns The issues, empty when every citation resolves.
 * @category Models
 * @example
 * ```ts
 * import { checkConfigurationEvidence } from 'sos-eval/qualitative';
 * const part = (evidence: string[]) => ({ statement: 'x', evidence });
 * const cmo = {
 *   id: 'cmo-1', confidence: 'low' as const, context: part(['s1']),
 *   mechanism: { resource: part(['s2']), reasoning: part([]) }, outcome: part(['s9']),
 * };
 * const segments = [{ id: 's1', sourceId: 'a', codeId: 'c', start: 0, end: 1, coder: 'x' },
 *   { id: 's2', sourceId: 'a', codeId: 'c', start: 2, end: 3, coder: 'x' }];
 * checkConfigurationEvidence([cmo], segments).map((i) => [i.path, i.code]) //=> [
 * //   [[0, 'mechanism', 'reasoning', 'evidence'], 'no_evidence'],
 * //   [[0, 'outcome', 'evidence', 0], 'unknown_segment'],
 * // ]
 * ```
 */
export function checkConfigurationEvidence(
  configurations: readonly RealistConfiguration[],
  segments: readonly { readonly id: string }[],
): ValidationIssue[] {
  assertArray('configurations', configurations);
  assertArray('segments', segments);
  const known = new Set(segments.map((s) => s.id));
  const issues: ValidationIssue[] = [];
  configurations.forEach((c, i) => {
    const parts: [(string | number)[], { readonly evidence: readonly string[] }][] = [
      [['context'], c.context],
      [['mechanism', 'resource'], c.mechanism.resource],
      [['mechanism', 'reasoning'], c.mechanism.reasoning],
      [['outcome'], c.outcome],
    ];
    for (const [where, part] of parts) {
      const label = where.join('.');
      if (part.evidence.length === 0) {
        issues.push({
          path: [i, ...where, 'evidence'],
          code: 'no_evidence',
          message: `[${i}].${label}: configuration ${JSON.stringify(c.id)} cites no segment for its ${where[where.length - 1]}`,
        });
      }
      part.evidence.forEach((id, k) => {
        if (!known.has(id)) {
          issues.push({
            path: [i, ...where, 'evidence', k],
            code: 'unknown_segment',
            message: `[${i}].${label}.evidence[${k}]: segment ${JSON.stringify(id)} is not among the coded segments`,
          });
        }
      });
    }
  });
  return issues;
}
