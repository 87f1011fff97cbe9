import { showValue } from '../_lib/args.js';
import type { AnyStudy, StudyToolId, StudyUsageLevelId } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { WorkerSurveyResponse } from '../models/worker.js';
import { catalogueOf, studyOption, toolsOption } from './_catalogue.js';

/**
 * The core tools {@link fidelityProfile} looks at by default: the study's assessment and
 * planning tools (those with `category: 'assessment-and-planning'`), in catalogue order, or
 * every tool of the study when none has that category. For the 2017 study these are mapping,
 * danger statements, safety planning and scaling.
 *
 * @param study - A study made by `defineStudy`.
 * @returns The core tools' ids.
 * @throws TypeError if `study` is not a study.
 * @category Usage
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { corePracticeTools } from 'sos-eval/usage';
 *
 * corePracticeTools(SOS_2017) //=> ['mapping', 'danger-statements', 'safety-planning', 'scaling']
 * ```
 */
export function corePracticeTools<S extends AnyStudy>(study: S): readonly StudyToolId<S>[] {
  const cat = catalogueOf('study', study);
  const core = cat.study.tools
    .filter((t) => t.category === 'assessment-and-planning')
    .map((t) => t.id);
  return Object.freeze(core.length > 0 ? core : [...cat.tools]) as readonly StudyToolId<S>[];
}

/**
 * How consistently a worker uses the core tools: `consistent` (every answered core tool at full
 * use), `not-using` (no answered core tool used), or `pick-and-mix` (anything between).
 *
 * @category Usage
 */
export type FidelityClass = 'consistent' | 'pick-and-mix' | 'not-using';

/**
 * Options for {@link fidelityProfile}.
 *
 * @typeParam S - The study.
 * @category Usage
 */
export interface FidelityProfileOptions<S extends AnyStudy = AnyStudy> {
  /** The study: its tools and usage levels. */
  readonly study: S;
  /** The core tools (default {@link corePracticeTools} of the study); distinct tools of the study. */
  readonly coreTools?: readonly StudyToolId<S>[];
}

/**
 * One worker's use of the core tools, from {@link fidelityProfile}.
 *
 * @typeParam T - The study's tool ids.
 * @typeParam L - The study's usage level ids.
 * @category Usage
 */
export interface FidelityProfile<T extends string = string, L extends string = string> {
  /** The worker. */
  readonly workerId: string;
  /** Core tools the worker answered about (at any usage level). */
  readonly answered: number;
  /** Answered core tools at each usage level of the study, in the study's order. */
  readonly levels: { readonly [K in L]: number };
  /** Core tools used at full use: the study's first level that uses the tool (`all` by default). */
  readonly full: number;
  /** Core tools used at another level that uses the tool (`some` by default). */
  readonly partial: number;
  /** Core tools at a level that does not use the tool (`none` by default). */
  readonly notUsed: number;
  /** Core tools with no usable answer — left out of the classification, not held against the worker. */
  readonly unanswered: readonly T[];
  /** The class, or `null` when no core tool was answered (nothing to judge). */
  readonly fidelity: FidelityClass | null;
  /** Answers that were not a usage level of the study (counted as unanswered). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * How consistently one worker uses the core assessment and planning tools.
 *
 * The evaluation's key informants named consistency as the major challenge — to "move away
 * from 'pick and mix'" (slide 8), where a worker picks some tools, or uses them with some
 * families only. The classes follow that, with **full use** meaning the study's first usage
 * level that uses the tool (its levels run from most use to least: `all` families by default,
 * `always` on a scale from always to never): **consistent** = every answered core tool is at
 * full use; **not-using** = every answered core tool is at a level that does not use it
 * (`uses: false`); **pick-and-mix** = everything else (a tool used at a lower level, or some
 * tools used and others not).
 *
 * Only answered tools are judged: a missing answer is not evidence of non-use. This matters for
 * the 2017 survey, which never asked about scaling, so with the default core tools every 2017
 * response has `scaling` unanswered and is judged on mapping, danger statements and safety
 * planning. A response with no answered core tool gets `fidelity: null`.
 *
 * @param response - One survey response.
 * @param options - {@link FidelityProfileOptions}: `study` (required), `coreTools`.
 * @throws RangeError for a core tool outside the study or repeated; TypeError for a response with
 *   no `usage` object or an `options.study` that is not a study.
 * @category Usage
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { fidelityProfile } from 'sos-eval/usage';
 *
 * const study = SOS_2017;
 * const base = { workerId: 'SW-7', pilotId: 'bristol', wave: 'T2', employment: 'permanent', trainingDays: 5, supervisionAligned: true, confidence: 8 } as const;
 * // Scaling was not asked in 2017, so it is unanswered and not held against the worker.
 * const p = fidelityProfile({ ...base, usage: { mapping: 'all', 'danger-statements': 'all', 'safety-planning': 'all' } }, { study });
 * [p.fidelity, p.full, p.answered, p.unanswered] //=> ['consistent', 3, 3, ['scaling']]
 * fidelityProfile({ ...base, usage: { mapping: 'all', 'danger-statements': 'some', 'safety-planning': 'all' } }, { study }).fidelity //=> 'pick-and-mix'
 * fidelityProfile({ ...base, usage: { mapping: 'none', 'danger-statements': 'none' } }, { study }).fidelity //=> 'not-using'
 * ```
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { fidelityProfile } from 'sos-eval/usage';
 *
 * const study = defineStudy({
 *   id: 'eastshire', title: 'Eastshire', pilots: [{ id: 'east', name: 'East' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'w1', label: 'Wave 1' }, { id: 'w2', label: 'Wave 2' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }, { id: 'wizards-and-fairies', name: 'Wizards and Fairies' }],
 *   usageLevels: [{ id: 'always', uses: true }, { id: 'often', uses: true }, { id: 'never', uses: false }],
 * });
 * const base = { workerId: 'SW-1', pilotId: 'east', wave: 'w1', employment: 'permanent', trainingDays: 5, supervisionAligned: true, confidence: 8 } as const;
 * const p = fidelityProfile({ ...base, usage: { mapping: 'always', 'wizards-and-fairies': 'often' } }, { study });
 * [p.fidelity, p.levels] //=> ['pick-and-mix', { always: 1, often: 1, never: 0 }]
 * fidelityProfile({ ...base, usage: { mapping: 'always' } }, { study, coreTools: ['mapping'] }).fidelity //=> 'consistent'
 * ```
 */
export function fidelityProfile<S extends AnyStudy>(
  response: WorkerSurveyResponse,
  options: FidelityProfileOptions<S>,
): FidelityProfile<StudyToolId<S>, StudyUsageLevelId<S>> {
  const cat = studyOption(options);
  const coreTools =
    options.coreTools === undefined
      ? corePracticeTools(cat.study)
      : toolsOption('options.coreTools', options.coreTools, cat).map((t) => cat.tools[t]!);
  const usage = (response as { usage?: unknown } | null)?.usage;
  if (usage === null || typeof usage !== 'object' || Array.isArray(usage)) {
    throw new TypeError(
      `response.usage must be an object of tool → level, got ${showValue(usage)}`,
    );
  }
  const answers = usage as Record<string, unknown>;
  const { levels, uses, fullLevel } = cat;
  const perLevel = levels.map(() => 0);
  const unanswered: string[] = [];
  const issues: ValidationIssue[] = [];
  for (const tool of coreTools) {
    const answer = Object.hasOwn(answers, tool) ? answers[tool] : undefined;
    const l = typeof answer === 'string' ? levels.indexOf(answer) : -1;
    if (l >= 0) perLevel[l]! += 1;
    else {
      unanswered.push(tool);
      if (answer != null) {
        issues.push(
          Object.freeze({
            path: Object.freeze(['usage', tool]),
            code: 'invalid_level',
            message: `usage.${tool} must be ${cat.levelChoice}, got ${showValue(answer)}; treated as unanswered`,
          }),
        );
      }
    }
  }
  let full = 0;
  let partial = 0;
  let notUsed = 0;
  perLevel.forEach((count, l) => {
    if (l === fullLevel) full += count;
    else if (uses[l]) partial += count;
    else notUsed += count;
  });
  const answered = full + partial + notUsed;
  return Object.freeze({
    workerId: response.workerId,
    answered,
    levels: Object.freeze(Object.fromEntries(levels.map((l, k) => [l, perLevel[k]!]))),
    full,
    partial,
    notUsed,
    unanswered: Object.freeze(unanswered),
    fidelity: classify(answered, full, notUsed),
    issues: Object.freeze(issues),
  }) as FidelityProfile<StudyToolId<S>, StudyUsageLevelId<S>>;
}

const classify = (answered: number, full: number, notUsed: number): FidelityClass | null => {
  if (answered === 0) return null;
  if (full === answered) return 'consistent';
  return notUsed === answered ? 'not-using' : 'pick-and-mix';
};
