import { assertOneOf, showValue } from '../_lib/args.js';
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
  return scoreWithPlan(planOf(def, options), responses);
}

// A definition compiled once for scoring: item positions as arrays, reverse keys as a mask, band
// tables and flag rules in order. Plans for the default options are cached per definition (a
// WeakMap, so definitions are still collected), which is what makes scoring 10^6 rows cheap.
interface Plan {
  readonly def: MeasureDefinition;
  readonly policy: MeasureMissingPolicy;
  readonly reversed: Uint8Array;
  readonly subscales: readonly { readonly name: string; readonly items: readonly number[] }[];
  readonly totals: readonly (
    | { readonly name: string; readonly kind: 'all-items'; readonly items: readonly number[] }
    | { readonly name: string; readonly kind: 'subscales'; readonly parts: readonly string[] }
  )[];
  readonly bands: readonly (readonly [string, MeasureBandTable])[];
  readonly flags: readonly (readonly [string, string, MeasureFlagRule])[];
}

const defaultPlans = new WeakMap<MeasureDefinition, Plan>();

function planOf(def: MeasureDefinition, options: unknown): Plan {
  if (options === undefined) {
    const cached = defaultPlans.get(def);
    if (cached) return cached;
  }
  const { missing: policy, bands, rules } = resolveOptions(def, options);
  const reversed = new Uint8Array(def.items.count + 1);
  for (const item of def.reverseKeyed) reversed[item] = 1;
  const allItems = Array.from({ length: def.items.count }, (_, i) => i + 1);
  const plan: Plan = {
    def,
    policy,
    reversed,
    subscales: Object.entries(def.subscales).map(([name, items]) => ({ name, items })),
    totals: Object.entries(def.totals).map(([name, rule]) =>
      rule.kind === 'all-items'
        ? { name, kind: 'all-items' as const, items: allItems }
        : { name, kind: 'subscales' as const, parts: rule.subscales },
    ),
    bands: Object.entries(bands),
    flags: Object.entries(def.flags).map(([name, f]) => [name, f.score, rules[name]!] as const),
  };
  if (options === undefined) defaultPlans.set(def, plan);
  return plan;
}

// Module-level rather than closures in scoreWithPlan: no function objects made per call.
function scoreGroup(
  plan: Plan,
  codes: readonly (number | null)[],
  issues: ValidationIssue[],
  kind: string,
  name: string,
  items: readonly number[],
): number | null {
  const { policy, reversed } = plan;
  const { min, max } = plan.def.items;
  let sum = 0;
  let answered = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const code = codes[item - 1]!;
    if (code === null) continue;
    sum += reversed[item] === 1 ? max + min - code : code;
    answered++;
  }
  if (answered === items.length) return sum;
  if (policy.kind !== 'none' && answered >= policy.minAnswered) {
    // sum · n / answered is one correctly rounded division, so an exact half stays exact.
    const prorated = (sum * items.length) / answered;
    return policy.rounding === 'half-up' ? roundHalfUp(prorated) : prorated;
  }
  const rule = policy.kind === 'prorate' ? `${policy.minAnswered} needed` : 'all needed';
  issues.push({
    path: [kind, name],
    code: 'unscored',
    message: `${name} not scored: ${answered} of ${items.length} items answered, ${rule}`,
  });
  return null;
}

function scoreWithPlan(plan: Plan, responses: unknown): MeasureScore {
  const { def } = plan;
  const { codes, issues } = readResponses(def.id, def.items, responses);

  const subscales: Record<string, number | null> = {};
  for (const { name, items } of plan.subscales)
    subscales[name] = scoreGroup(plan, codes, issues, 'subscales', name, items);

  const totals: Record<string, number | null> = {};
  for (const rule of plan.totals) {
    if (rule.kind === 'all-items') {
      totals[rule.name] = scoreGroup(plan, codes, issues, 'totals', rule.name, rule.items);
      continue;
    }
    let total: number | null = 0;
    let absent: string[] | undefined;
    for (const part of rule.parts) {
      const value = subscales[part]!;
      if (value === null) (absent ??= []).push(part);
      else if (total !== null) total += value;
    }
    if (absent) {
      total = null;
      issues.push({
        path: ['totals', rule.name],
        code: 'unscored',
        message: `${rule.name} not scored: ${absent.join(', ')} not scored`,
      });
    }
    totals[rule.name] = total;
  }

  const bands: Record<string, string | null> = {};
  for (const [score, table] of plan.bands) {
    const value = Object.hasOwn(subscales, score) ? subscales[score]! : totals[score]!;
    bands[score] = value === null ? null : bandOf(value, table);
  }
  const flags: Record<string, boolean | null> = {};
  for (const [name, score, rule] of plan.flags) {
    const value = Object.hasOwn(subscales, score) ? subscales[score]! : totals[score]!;
    flags[name] = value === null ? null : compare(value, rule);
  }

  let answered = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] !== null) answered++;
  for (const issue of issues) {
    Object.freeze(issue.path);
    Object.freeze(issue);
  }
  return Object.freeze({
    measure: def.id,
    subscales: Object.freeze(subscales),
    totals: Object.freeze(totals),
    total: def.total === null ? null : totals[def.total]!,
    totalScore: def.total,
    bands: Object.freeze(bands),
    flags: Object.freeze(flags),
    answered,
    missing: def.items.count - answered,
    issues: Object.freeze(issues),
  });
}
