import { assertOneOf, showValue } from '../_lib/args.js';
import { deepFreeze } from './deep-freeze.js';
import { defineMeasure } from './define-measure.js';
import type {
  MeasureBandTable,
  MeasureDefinition,
  MeasureFlagRule,
  MeasureMissingPolicy,
} from './measure-definition.js';
import {
  bandTableProblems,
  MeasureBandTableSchema,
  MeasureMissingPolicySchema,
  RESERVED_OPTIONS,
} from './measure-definition-schema.js';
import { measureScoreRange, scoreNames } from './measure-score-range.js';
import { readResponses } from './read-responses.js';
import { roundHalfUp } from './round-half-up.js';
import type { ValidationIssue } from '../models/validation-issue.js';

/**
 * Options for {@link scoreMeasure}. Besides `missing` and `bands`, a definition's flags may name
 * their own options that pick a cut-point rule, e.g. `{ isolation: '<=12' }` for `LSNS_6`; an
 * option the definition does not know throws a RangeError, so a typo cannot pass silently.
 *
 * @category Scoring
 * @example
 * ```ts
 * import { scoreMeasure, LSNS_6, type ScoreMeasureOptions } from 'sos-eval/measures';
 * const options: ScoreMeasureOptions = { isolation: '<=12' };
 * scoreMeasure(LSNS_6, [0, 0, 0, 4, 4, 4], options).flags //=> { isolated: true }
 * ```
 */
export interface ScoreMeasureOptions {
  /** Replaces the definition's missing-item policy for this call (e.g. opt in to prorating). */
  readonly missing?: MeasureMissingPolicy;
  /** Band tables by score name, added to or replacing the definition's; `null` drops a table. */
  readonly bands?: Readonly<Record<string, MeasureBandTable | null>>;
  /** Flag options named by the definition (`MeasureFlag.option`), each set to a rule name. */
  readonly [flagOption: string]: unknown;
}

/**
 * One respondent's scores on one measure. Scores are null when too many items are missing;
 * every missing or invalid item, and every score left unscored, is listed in `issues`.
 *
 * @category Scoring
 * @example
 * ```ts
 * import { scoreMeasure, LSNS_6 } from 'sos-eval/measures';
 * const s = scoreMeasure(LSNS_6, [3, 2, 2, 1, 1, 0]);
 * [s.measure, s.answered, s.missing] //=> ['lsns-6', 6, 0]
 * ```
 */
export interface MeasureScore {
  /** The measure's id. */
  readonly measure: string;
  /** Each subscale's score, or null. */
  readonly subscales: Readonly<Record<string, number | null>>;
  /** Each total's score, or null. */
  readonly totals: Readonly<Record<string, number | null>>;
  /** The headline total (the definition's `total`), or null. */
  readonly total: number | null;
  /** Name of the total reported as `total` (e.g. `'totalDifficulties'`), or null when there is none. */
  readonly totalScore: string | null;
  /** Band label for every banded score, or null when the score is null. */
  readonly bands: Readonly<Record<string, string | null>>;
  /** Each flag, or null when its score is null. */
  readonly flags: Readonly<Record<string, boolean | null>>;
  /** Items with a valid code. */
  readonly answered: number;
  /** Items missing or invalid. */
  readonly missing: number;
  /** What was wrong with the responses. */
  readonly issues: readonly ValidationIssue[];
}

function compare(score: number, rule: MeasureFlagRule): boolean {
  switch (rule.comparison) {
    case '<':
      return score < rule.value;
    case '<=':
      return score <= rule.value;
    case '>':
      return score > rule.value;
    case '>=':
      return score >= rule.value;
  }
}

function bandOf(score: number, table: MeasureBandTable): string {
  // Each band runs up to the next band's min, so unrounded prorated scores (13.4) still fall in one.
  const { bands } = table;
  for (let i = bands.length - 1; i > 0; i--) if (score >= bands[i]!.min) return bands[i]!.label;
  return bands[0]!.label;
}

function groupScore(
  scores: readonly (number | null)[],
  policy: MeasureMissingPolicy,
): number | null {
  const present = scores.filter((s): s is number => s !== null);
  const sum = present.reduce((a, b) => a + b, 0);
  if (present.length === scores.length) return sum;
  if (policy.kind === 'none' || present.length < policy.minAnswered) return null;
  // sum · n / answered is one correctly rounded division, so an exact half stays exact for rounding.
  const prorated = (sum * scores.length) / present.length;
  return policy.rounding === 'half-up' ? roundHalfUp(prorated) : prorated;
}

interface Resolved {
  missing: MeasureMissingPolicy;
  bands: Record<string, MeasureBandTable>;
  rules: Record<string, MeasureFlagRule>;
}

function resolveOptions(def: MeasureDefinition, options: unknown): Resolved {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  }
  const opts = options as Record<string, unknown>;
  const flagOptions = Object.entries(def.flags).filter(([, f]) => f.option !== undefined);
  const known = [...RESERVED_OPTIONS, ...flagOptions.map(([, f]) => f.option!)];
  for (const key of Object.keys(opts)) {
    if (opts[key] !== undefined && !known.includes(key)) {
      throw new RangeError(
        `options.${key} is not an option of ${def.id}; its options are ${known.join(', ')}`,
      );
    }
  }

  let missing = def.missing;
  if (opts.missing !== undefined) {
    const parsed = MeasureMissingPolicySchema.safeParse(opts.missing);
    if (!parsed.success)
      throw new TypeError(
        `options.missing must be a missing-item policy, got ${showValue(opts.missing)}`,
      );
    missing = parsed.data;
    const smallest = Math.min(
      def.items.count,
      ...Object.values(def.subscales).map((s) => s.length),
    );
    if (missing.kind === 'prorate' && missing.minAnswered > smallest) {
      throw new RangeError(
        `options.missing.minAnswered must be at most ${smallest}, got ${missing.minAnswered}`,
      );
    }
  }

  const bands: Record<string, MeasureBandTable> = { ...def.bands };
  if (opts.bands !== undefined) {
    if (opts.bands === null || typeof opts.bands !== 'object') {
      throw new TypeError(
        `options.bands must be an object of band tables, got ${showValue(opts.bands)}`,
      );
    }
    for (const [score, table] of Object.entries(opts.bands as Record<string, unknown>)) {
      const names = scoreNames(def);
      assertOneOf('options.bands key', score, names);
      if (table === null) {
        delete bands[score];
        continue;
      }
      const parsed = MeasureBandTableSchema.safeParse(table);
      if (!parsed.success)
        throw new TypeError(`options.bands.${score} must be a band table, got ${showValue(table)}`);
      const problem = bandTableProblems(parsed.data, measureScoreRange(def, score))[0];
      if (problem) throw new RangeError(`options.bands.${score}: ${problem.message}`);
      bands[score] = parsed.data;
    }
  }

  const rules: Record<string, MeasureFlagRule> = {};
  for (const [name, f] of Object.entries(def.flags)) {
    const chosen =
      f.option !== undefined && opts[f.option] !== undefined ? opts[f.option] : f.defaultRule;
    assertOneOf(`options.${f.option ?? name}`, chosen, Object.keys(f.rules));
    rules[name] = f.rules[chosen]!;
  }
  return { missing, bands, rules };
}

/**
 * Scores one respondent's item codes on a measure. `responses` holds the codes in item order
 * (index 0 = item 1; `null` or `undefined` = missing). Reverse-keyed items are reversed, subscales
 * and totals summed under the missing-item policy, bands and flags looked up. Bad data never
 * throws: non-array input, a wrong length, missing items and invalid codes (which count as
 * missing) are reported in `issues`. Broken options throw.
 *
 * @category Scoring
 * @example
 * ```ts
 * import { scoreMeasure, LSNS_6, SDQ_PARENT } from 'sos-eval/measures';
 * const s = scoreMeasure(LSNS_6, [3, 2, 2, 1, 1, 0]);
 * s.subscales //=> { family: 7, friends: 2 }
 * s.total //=> 9
 * s.flags //=> { isolated: true }
 * scoreMeasure(LSNS_6, [0, 0, 0, 4, 4, 4]).flags.isolated //=> false
 * scoreMeasure(LSNS_6, [0, 0, 0, 4, 4, 4], { isolation: '<=12' }).flags.isolated //=> true
 * scoreMeasure(SDQ_PARENT, Array(25).fill(2)).bands //=> { totalDifficulties: 'abnormal' }
 * scoreMeasure(LSNS_6, 'not an array').issues[0].code //=> "not_array"
 * ```
 */
export function scoreMeasure(
  definition: MeasureDefinition,
  responses: unknown,
  options?: ScoreMeasureOptions,
): MeasureScore {
  const def = defineMeasure(definition);
  const { missing: policy, bands: tables, rules } = resolveOptions(def, options);
  const { codes, issues } = readResponses(def.id, def.items, responses);
  const reversed = new Set(def.reverseKeyed);
  const { min, max } = def.items;
  const itemScore = (item: number) => {
    const code = codes[item - 1]!;
    return code === null || !reversed.has(item) ? code : max + min - code;
  };

  const unscored = (path: string[], message: string) =>
    issues.push({ path, code: 'unscored', message });
  const need = policy.kind === 'prorate' ? policy.minAnswered : null;
  const scoreGroup = (kind: string, name: string, items: readonly number[]) => {
    const value = groupScore(items.map(itemScore), policy);
    if (value === null) {
      const answered = items.filter((i) => codes[i - 1] !== null).length;
      const rule = need === null ? 'all needed' : `${need} needed`;
      unscored(
        [kind, name],
        `${name} not scored: ${answered} of ${items.length} items answered, ${rule}`,
      );
    }
    return value;
  };

  const subscales: Record<string, number | null> = {};
  for (const [name, items] of Object.entries(def.subscales))
    subscales[name] = scoreGroup('subscales', name, items);

  const allItems = Array.from({ length: def.items.count }, (_, i) => i + 1);
  const totals: Record<string, number | null> = {};
  for (const [name, rule] of Object.entries(def.totals)) {
    if (rule.kind === 'all-items') {
      totals[name] = scoreGroup('totals', name, allItems);
      continue;
    }
    const parts = rule.subscales.map((s) => subscales[s]!);
    const absent = rule.subscales.filter((_, i) => parts[i] === null);
    totals[name] = absent.length > 0 ? null : parts.reduce<number>((a, b) => a + b!, 0);
    if (absent.length > 0)
      unscored(['totals', name], `${name} not scored: ${absent.join(', ')} not scored`);
  }

  const valueOf = (score: string) =>
    Object.hasOwn(subscales, score) ? subscales[score]! : totals[score]!;
  const bands: Record<string, string | null> = {};
  for (const [score, table] of Object.entries(tables)) {
    const value = valueOf(score);
    bands[score] = value === null ? null : bandOf(value, table);
  }
  const flags: Record<string, boolean | null> = {};
  for (const [name, f] of Object.entries(def.flags)) {
    const value = valueOf(f.score);
    flags[name] = value === null ? null : compare(value, rules[name]!);
  }

  const answered = codes.filter((c) => c !== null).length;
  return deepFreeze({
    measure: def.id,
    subscales,
    totals,
    total: def.total === null ? null : totals[def.total]!,
    totalScore: def.total,
    bands,
    flags,
    answered,
    missing: def.items.count - answered,
    issues,
  });
}
