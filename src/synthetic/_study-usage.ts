import { showValue } from '../_lib/args.js';
import type { AnyStudy } from '../models/study/study.js';
import { allocate } from './_allocate.js';
import { exactly, weighted, type Random } from './_random.js';

/** @internal What the `usage` function is asked about: one worker's answer for one tool. */
export interface UsageQuestion {
  readonly workerId: string;
  readonly pilotId: string;
  readonly wave: string;
  readonly waveIndex: number;
  readonly tool: string;
}

/** @internal The `usage` option, before it is checked. */
export type UsageOption =
  | Readonly<Record<string, number | undefined>>
  | ((question: UsageQuestion) => Readonly<Record<string, number | undefined>>);

/**
 * @internal Checks a table of weights per usage level and returns it as `[level, weight]` pairs
 * in the study's level order (levels left out weigh 0). `name` is what messages call it, and
 * `where` (if any) ends them.
 */
export function checkWeights(
  study: AnyStudy,
  name: string,
  value: unknown,
  where = '',
): (readonly [string, number])[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new TypeError(
      `${name} must be an object of weights by usage level (${study.ids.usageLevels.join(', ')}), got ${showValue(value)}${where}`,
    );
  const levels = new Set(study.ids.usageLevels);
  const table = value as Record<string, unknown>;
  for (const [key, weight] of Object.entries(table)) {
    if (!levels.has(key))
      throw new RangeError(
        `${name}.${key}: ${JSON.stringify(key)} is not a usage level of study ${JSON.stringify(study.id)} (${study.ids.usageLevels.join(', ')})${where}`,
      );
    if (weight === undefined) continue;
    if (typeof weight !== 'number')
      throw new TypeError(`${name}.${key} must be a number, got ${showValue(weight)}${where}`);
    if (!(Number.isFinite(weight) && weight >= 0))
      throw new RangeError(
        `${name}.${key} must be a finite number ≥ 0, got ${showValue(weight)}${where}`,
      );
  }
  const pairs = study.ids.usageLevels.map(
    (l) => [l, (table[l] as number | undefined) ?? 0] as const,
  );
  if (!pairs.some(([, w]) => w > 0))
    throw new RangeError(`${name} must give at least one usage level a weight above 0${where}`);
  return pairs;
}

/** @internal Checks the `usage` option: a table of weights, a function, or left out. */
export function checkUsageOption(study: AnyStudy, usage: unknown): UsageOption | undefined {
  if (usage === undefined || typeof usage === 'function') return usage as UsageOption | undefined;
  checkWeights(study, 'usage', usage);
  return usage as UsageOption;
}

/**
 * @internal The answers of one wave's respondents for one tool. With a table of weights (or the
 * default, every level alike) the levels are dealt out in exact proportion (largest remainder) and
 * shuffled; with a function each answer is drawn from the weights it returns for that question.
 */
export function answersFor(
  random: Random,
  study: AnyStudy,
  usage: UsageOption | undefined,
  questions: readonly UsageQuestion[],
): string[] {
  if (typeof usage === 'function') {
    return questions.map((q) =>
      weighted(
        random,
        checkWeights(
          study,
          'usage(...)',
          usage(q),
          ` (asked for tool ${JSON.stringify(q.tool)} at wave ${JSON.stringify(q.wave)})`,
        ),
      ),
    );
  }
  const pairs =
    usage === undefined
      ? study.ids.usageLevels.map((l) => [l, 1] as const)
      : checkWeights(study, 'usage', usage);
  const counts = allocate(questions.length, Object.fromEntries(pairs));
  return exactly(
    random,
    study.ids.usageLevels.map((l) => [l, counts[l]!] as const),
  );
}
