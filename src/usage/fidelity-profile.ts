import { showValue } from '../_lib/args.js';
import type { ToolId } from '../models/tool.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { WorkerSurveyResponse } from '../models/worker.js';
import { assertOptions, toolsOption } from './_usage-args.js';

/**
 * The core assessment and planning tools {@link fidelityProfile} looks at by default: mapping,
 * danger statements, safety planning and scaling. The 2017 survey did not ask about scaling
 * (it treated it as part of mapping), which is why unanswered tools do not count against a
 * worker.
 *
 * @category Usage
 * @example
 * ```ts
 * import { CORE_PRACTICE_TOOLS } from 'sos-eval/usage';
 *
 * CORE_PRACTICE_TOOLS //=> ['mapping', 'danger-statements', 'safety-planning', 'scaling']
 * ```
 */
export const CORE_PRACTICE_TOOLS: readonly ToolId[] = Object.freeze([
  'mapping',
  'danger-statements',
  'safety-planning',
  'scaling',
] as const);

/**
 * How consistently a worker uses the core tools: `consistent` (every answered core tool with
 * all families), `not-using` (no answered core tool with any family), or `pick-and-mix`
 * (anything between).
 *
 * @category Usage
 */
export type FidelityClass = 'consistent' | 'pick-and-mix' | 'not-using';

/**
 * Options for {@link fidelityProfile}.
 *
 * @category Usage
 */
export interface FidelityProfileOptions {
  /** The core tools (default {@link CORE_PRACTICE_TOOLS}); known, distinct tool ids. */
  readonly coreTools?: readonly ToolId[];
}

/**
 * One worker's use of the core tools, from {@link fidelityProfile}.
 *
 * @category Usage
 */
export interface FidelityProfile {
  /** The worker. */
  readonly workerId: string;
  /** Core tools the worker answered about (with all, some or none). */
  readonly answered: number;
  /** Core tools used with all families. */
  readonly withAll: number;
  /** Core tools used with some families. */
  readonly withSome: number;
  /** Core tools not used at all. */
  readonly notUsed: number;
  /** Core tools with no usable answer — left out of the classification, not held against the worker. */
  readonly unanswered: readonly ToolId[];
  /** The class, or `null` when no core tool was answered (nothing to judge). */
  readonly fidelity: FidelityClass | null;
  /** Answers that were not a usage level (counted as unanswered). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * How consistently one worker uses the core assessment and planning tools.
 *
 * The evaluation's key informants named consistency as the major challenge — to "move away
 * from 'pick and mix'" (slide 8), where a worker picks some tools, or uses them with some
 * families only. The classes follow that: **consistent** = every answered core tool is used with
 * all families; **not-using** = no answered core tool is used with any family; **pick-and-mix**
 * = everything else (a tool used with only some families, or some tools used and others not).
 *
 * Only answered tools are judged: a missing answer is not evidence of non-use. This matters for
 * the 2017 survey, which never asked about scaling, so with the default core tools every 2017
 * response has `scaling` unanswered and is judged on mapping, danger statements and safety
 * planning. A response with no answered core tool gets `fidelity: null`.
 *
 * @param response - One survey response.
 * @param options - {@link FidelityProfileOptions}: `coreTools`.
 * @throws RangeError for an unknown or repeated core tool; TypeError for a response with no
 *   `usage` object.
 * @category Usage
 * @example
 * ```ts
 * import { fidelityProfile } from 'sos-eval/usage';
 *
 * const base = { workerId: 'SW-7', pilotId: 'bristol', wave: 'T2', employment: 'permanent', trainingDays: 5, sosSupervision: true, confidence: 8 } as const;
 * // Scaling was not asked in 2017, so it is unanswered and not held against the worker.
 * const p = fidelityProfile({ ...base, usage: { mapping: 'all', 'danger-statements': 'all', 'safety-planning': 'all' } });
 * [p.fidelity, p.withAll, p.answered, p.unanswered] //=> ['consistent', 3, 3, ['scaling']]
 * fidelityProfile({ ...base, usage: { mapping: 'all', 'danger-statements': 'some', 'safety-planning': 'all' } }).fidelity //=> 'pick-and-mix'
 * fidelityProfile({ ...base, usage: { mapping: 'none', 'danger-statements': 'none' } }).fidelity //=> 'not-using'
 * ```
 */
export function fidelityProfile(
  response: WorkerSurveyResponse,
  options: FidelityProfileOptions = {},
): FidelityProfile {
  assertOptions('options', options);
  const coreTools =
    options.coreTools === undefined
      ? CORE_PRACTICE_TOOLS
      : toolsOption('options.coreTools', options.coreTools);
  const usage = (response as { usage?: unknown } | null)?.usage;
  if (usage === null || typeof usage !== 'object' || Array.isArray(usage)) {
    throw new TypeError(
      `response.usage must be an object of tool → level, got ${showValue(usage)}`,
    );
  }
  const answers = usage as Record<string, unknown>;
  let withAll = 0;
  let withSome = 0;
  let notUsed = 0;
  const unanswered: ToolId[] = [];
  const issues: ValidationIssue[] = [];
  for (const tool of coreTools) {
    const answer = Object.hasOwn(answers, tool) ? answers[tool] : undefined;
    if (answer === 'all') withAll += 1;
    else if (answer === 'some') withSome += 1;
    else if (answer === 'none') notUsed += 1;
    else {
      unanswered.push(tool);
      if (answer != null) {
        issues.push(
          Object.freeze({
            path: Object.freeze(['usage', tool]),
            code: 'invalid_level',
            message: `usage.${tool} must be 'all', 'some', 'none' or null, got ${showValue(answer)}; treated as unanswered`,
          }),
        );
      }
    }
  }
  const answered = withAll + withSome + notUsed;
  return Object.freeze({
    workerId: response.workerId,
    answered,
    withAll,
    withSome,
    notUsed,
    unanswered: Object.freeze(unanswered),
    fidelity: classify(answered, withAll, notUsed),
    issues: Object.freeze(issues),
  });
}

const classify = (answered: number, withAll: number, notUsed: number): FidelityClass | null => {
  if (answered === 0) return null;
  if (withAll === answered) return 'consistent';
  return notUsed === answered ? 'not-using' : 'pick-and-mix';
};
