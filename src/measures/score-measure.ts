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
import { itemIssue, notArrayIssue, wrongLengthIssue } from './read-responses.js';
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
 * every missing or invalid item, and every score left unscored, is listed in `issues`. The result
 * and every object in it are frozen, so results with the same scores or issues may share them.
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
    let smallest = def.items.count;
    for (const s of Object.values(def.subscales)) smallest = Math.min(smallest, s.length);
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
  // The last definition scored with default options skips even the WeakSet and WeakMap look-ups:
  // scoring 10^6 rows of one measure is the case that matters.
  if (options === undefined && definition === lastDefinition) {
    return scoreWithPlan(lastPlan!, responses);
  }
  return scoreWithPlan(planOf(defineMeasure(definition), options), responses);
}

/**
 * @internal Compiles a definition and options once and returns a scorer for single rows, so a batch
 * (`scoreMany`) checks the definition and parses the options once, not per row.
 */
export function compileScorer(
  definition: MeasureDefinition,
  options?: ScoreMeasureOptions,
): (responses: unknown) => MeasureScore {
  const plan = planOf(defineMeasure(definition), options);
  return (responses) => scoreWithPlan(plan, responses);
}

// One subscale, or a total over all items: item indices (0-based), and the "not scored" issue for
// each possible answered count, made on first use, since the same few recur across 10^6 rows.
interface Group {
  readonly name: string;
  readonly kind: 'subscales' | 'totals';
  readonly items: Int32Array;
  readonly unscored: (ValidationIssue | undefined)[];
}

// A total: either a group of items or a sum of subscales (indices into Plan.values). One shape
// for both keeps the property loads in scoreWithPlan monomorphic.
interface TotalRule {
  readonly name: string;
  readonly group: Group | null;
  readonly parts: Int32Array;
}

// A band table or flag rule with the index of its score in Plan.values (subscales, then totals).
interface BandRule {
  readonly name: string;
  readonly score: number;
  readonly table: MeasureBandTable;
}
interface FlagRule {
  readonly name: string;
  readonly score: number;
  readonly rule: MeasureFlagRule;
}

// A definition compiled once for scoring. Plans for the default options are cached per definition
// (a WeakMap, so definitions are still collected), which is what makes scoring 10^6 rows cheap.
// Issues are immutable data, so the plan holds one frozen "item i is missing" issue per item and
// every result that misses item i shares it: no object or message string is built per missing item.
interface Plan {
  readonly def: MeasureDefinition;
  readonly policy: MeasureMissingPolicy;
  readonly min: number;
  readonly max: number;
  readonly count: number;
  /** 1 where the item (0-based) is reverse-keyed. */
  readonly reversed: Uint8Array;
  readonly missingIssues: readonly ValidationIssue[];
  readonly subscales: readonly Group[];
  readonly totals: readonly TotalRule[];
  readonly bands: readonly BandRule[];
  readonly flags: readonly FlagRule[];
  /** Index in `values` of the headline total, or -1. */
  readonly total: number;
  /** Scratch for item codes, NaN where missing; a nested call made while reading gets its own. */
  readonly codes: Float64Array;
  /** Scratch for subscale then total scores, NaN where not scored. */
  readonly values: Float64Array;
  /**
   * Radix of each score in the intern key (its whole-number range plus one for null), or 0 for a
   * total summed from subscales, which the subscales already determine. Empty when keys could
   * pass MAX_KEYS and scores are never interned.
   */
  readonly radix: Int32Array;
  /** Each score's lowest value, the key digit's offset. */
  readonly low: Float64Array;
  /**
   * Interned scores by key: a dense array, as a Map look-up cost more than building them. Made
   * only once a plan has scored INTERN_AFTER rows, so a plan built for one call's options (never
   * cached) does not pay for it.
   */
  interned: (Scores | undefined)[] | null;
  internedCount: number;
  rows: number;
  readonly keys: number;
}

// The parts of a result that follow from the scores alone, frozen, shared by every result with
// the same scores. Building and freezing four objects per row was a large part of the cost of
// scoring 10^6 rows, and real data repeat a small set of score combinations.
interface Scores {
  readonly subscales: Readonly<Record<string, number | null>>;
  readonly totals: Readonly<Record<string, number | null>>;
  readonly bands: Readonly<Record<string, string | null>>;
  readonly flags: Readonly<Record<string, boolean | null>>;
  readonly total: number | null;
}

// At most this many score combinations are kept per plan (about 200 bytes each), so the cache for
// a built-in definition, which lives as long as the process, stays small whatever is scored.
const MAX_INTERNED = 1 << 16;
// Definitions whose key could pass this many (a 1 MiB array of slots) are not interned.
const MAX_KEYS = 1 << 18;
const INTERN_AFTER = 64;

const defaultPlans = new WeakMap<MeasureDefinition, Plan>();
let lastDefinition: MeasureDefinition | undefined;
let lastPlan: Plan | undefined;

const EMPTY_ISSUES: readonly ValidationIssue[] = Object.freeze([]);
const EMPTY_RECORD: Readonly<Record<string, never>> = Object.freeze({});

function freezeIssue(issue: ValidationIssue): ValidationIssue {
  Object.freeze(issue.path);
  return Object.freeze(issue);
}

function group(name: string, kind: Group['kind'], items: readonly number[]): Group {
  return { name, kind, items: Int32Array.from(items, (i) => i - 1), unscored: [] };
}

function internKey(
  def: MeasureDefinition,
  subscaleNames: readonly string[],
  totalNames: readonly string[],
): { radix: Int32Array; low: Float64Array; size: number } {
  const names = [...subscaleNames, ...totalNames];
  const radix = new Int32Array(names.length);
  const low = new Float64Array(names.length);
  let size = 1;
  for (let k = 0; k < names.length; k++) {
    if (k >= subscaleNames.length && def.totals[names[k]!]!.kind === 'subscales') continue;
    const { min, max } = measureScoreRange(def, names[k]!);
    radix[k] = max - min + 2;
    low[k] = min;
    size *= radix[k]!;
  }
  if (size > MAX_KEYS) return { radix: new Int32Array(0), low, size: 0 };
  return { radix, low, size };
}

function planOf(def: MeasureDefinition, options: unknown): Plan {
  if (options === undefined) {
    const cached = defaultPlans.get(def);
    if (cached) {
      lastDefinition = def;
      lastPlan = cached;
      return cached;
    }
  }
  const { missing: policy, bands, rules } = resolveOptions(def, options);
  const { count, min, max } = def.items;
  const reversed = new Uint8Array(count);
  for (const item of def.reverseKeyed) reversed[item - 1] = 1;
  const subscaleNames = Object.keys(def.subscales);
  const totalNames = Object.keys(def.totals);
  // A name that is both a subscale and a total reads the subscale, as bands and flags always have.
  const indexOf = (score: string) => {
    const s = subscaleNames.indexOf(score);
    return s >= 0 ? s : subscaleNames.length + totalNames.indexOf(score);
  };
  const allItems = Array.from({ length: count }, (_, i) => i + 1);
  const key = internKey(def, subscaleNames, totalNames);
  const plan: Plan = {
    def,
    policy,
    min,
    max,
    count,
    reversed,
    missingIssues: Object.freeze(
      Array.from({ length: count }, (_, i) => freezeIssue(itemIssue(i, undefined, def.items))),
    ),
    subscales: subscaleNames.map((name) => group(name, 'subscales', def.subscales[name]!)),
    totals: totalNames.map((name) => {
      const rule = def.totals[name]!;
      return rule.kind === 'all-items'
        ? { name, group: group(name, 'totals', allItems), parts: new Int32Array(0) }
        : { name, group: null, parts: Int32Array.from(rule.subscales, (p) => indexOf(p)) };
    }),
    bands: Object.entries(bands).map(([name, table]) => ({ name, score: indexOf(name), table })),
    flags: Object.entries(def.flags).map(([name, f]) => ({
      name,
      score: indexOf(f.score),
      rule: rules[name]!,
    })),
    total: def.total === null ? -1 : indexOf(def.total),
    codes: new Float64Array(count),
    values: new Float64Array(subscaleNames.length + totalNames.length),
    radix: key.radix,
    low: key.low,
    keys: key.size,
    interned: null,
    internedCount: 0,
    rows: 0,
  };
  if (options === undefined) {
    defaultPlans.set(def, plan);
    lastDefinition = def;
    lastPlan = plan;
  }
  return plan;
}

// True while a plan's `codes` scratch is being filled. Reading an element can run user code (a
// getter, a Proxy) that scores again; such a nested call must not overwrite the outer call's codes.
let reading = false;

// Reads `responses` into `codes` (NaN where missing or invalid) and returns the issues, or
// undefined when there are none (most rows), so no array is made for a clean row.
function readInto(
  plan: Plan,
  responses: unknown,
  codes: Float64Array,
): ValidationIssue[] | undefined {
  const { def, count, min, max } = plan;
  if (!Array.isArray(responses)) {
    codes.fill(NaN);
    return [freezeIssue(notArrayIssue(def.id, def.items, responses))];
  }
  const length = responses.length;
  let issues: ValidationIssue[] | undefined;
  if (length !== count) issues = [freezeIssue(wrongLengthIssue(def.id, def.items, length))];
  for (let i = 0; i < count; i++) {
    const value: unknown = i < length ? responses[i] : undefined;
    if (typeof value === 'number' && value >= min && value <= max && Number.isInteger(value)) {
      codes[i] = value;
      continue;
    }
    codes[i] = NaN;
    (issues ??= []).push(
      value === null || value === undefined
        ? plan.missingIssues[i]!
        : freezeIssue(itemIssue(i, value, def.items)),
    );
  }
  return issues;
}

// Module-level rather than closures in scoreWithPlan: no function objects made per call.
// Returns NaN when the group cannot be scored under the policy.
function scoreGroup(plan: Plan, codes: Float64Array, items: Int32Array): number {
  const { policy, reversed } = plan;
  const flip = plan.max + plan.min;
  let sum = 0;
  let answered = 0;
  for (let k = 0; k < items.length; k++) {
    const i = items[k]!;
    const code = codes[i]!;
    if (code !== code) continue;
    sum += reversed[i] === 1 ? flip - code : code;
    answered++;
  }
  if (answered === items.length) return sum;
  if (policy.kind !== 'none' && answered >= policy.minAnswered) {
    // sum · n / answered is one correctly rounded division, so an exact half stays exact.
    const prorated = (sum * items.length) / answered;
    return policy.rounding === 'half-up' ? roundHalfUp(prorated) : prorated;
  }
  return NaN;
}

function unscoredIssue(plan: Plan, codes: Float64Array, g: Group): ValidationIssue {
  let answered = 0;
  for (let k = 0; k < g.items.length; k++)
    if (codes[g.items[k]!] === codes[g.items[k]!]) answered++;
  const cached = g.unscored[answered];
  if (cached) return cached;
  const { policy } = plan;
  const rule = policy.kind === 'prorate' ? `${policy.minAnswered} needed` : 'all needed';
  const issue = freezeIssue({
    path: [g.kind, g.name],
    code: 'unscored',
    message: `${g.name} not scored: ${answered} of ${g.items.length} items answered, ${rule}`,
  });
  g.unscored[answered] = issue;
  return issue;
}

function scoreWithPlan(plan: Plan, responses: unknown): MeasureScore {
  const { def, values } = plan;
  const own = !reading;
  const codes = own ? plan.codes : new Float64Array(plan.count);
  let issues: ValidationIssue[] | undefined;
  if (own) reading = true;
  try {
    issues = readInto(plan, responses, codes);
  } finally {
    if (own) reading = false;
  }
  // From here on no user code runs, so the shared `values` scratch is safe.

  const nSub = plan.subscales.length;
  for (let k = 0; k < nSub; k++) {
    const g = plan.subscales[k]!;
    const value = scoreGroup(plan, codes, g.items);
    values[k] = value;
    if (value !== value) (issues ??= []).push(unscoredIssue(plan, codes, g));
  }
  for (let k = 0; k < plan.totals.length; k++) {
    const rule = plan.totals[k]!;
    let value: number;
    if (rule.group !== null) {
      value = scoreGroup(plan, codes, rule.group.items);
      if (value !== value) (issues ??= []).push(unscoredIssue(plan, codes, rule.group));
    } else {
      value = 0;
      const { parts } = rule;
      for (let p = 0; p < parts.length; p++) value += values[parts[p]!]!;
      if (value !== value) (issues ??= []).push(absentIssue(plan, rule));
    }
    values[nSub + k] = value;
  }

  let { interned } = plan;
  if (interned === null && ++plan.rows === INTERN_AFTER && plan.radix.length > 0) {
    // Packed from the start (a large `new Array(n)` would be a slow dictionary-mode array).
    interned = plan.interned = [];
    for (let k = 0; k < plan.keys; k++) interned.push(undefined);
  }
  const key = interned === null ? -1 : internKeyOf(plan);
  let scores = key < 0 ? undefined : interned![key];
  if (scores === undefined) {
    scores = scoresOf(plan);
    if (key >= 0 && plan.internedCount < MAX_INTERNED) {
      interned![key] = scores;
      plan.internedCount++;
    }
  }

  let answered = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] === codes[i]) answered++;
  return Object.freeze({
    measure: def.id,
    subscales: scores.subscales,
    totals: scores.totals,
    total: scores.total,
    totalScore: def.total,
    bands: scores.bands,
    flags: scores.flags,
    answered,
    missing: plan.count - answered,
    issues: issues === undefined ? EMPTY_ISSUES : Object.freeze(issues),
  });
}

function absentIssue(plan: Plan, rule: TotalRule): ValidationIssue {
  const { values, subscales } = plan;
  const absent: string[] = [];
  for (let p = 0; p < rule.parts.length; p++) {
    const part = rule.parts[p]!;
    if (values[part] !== values[part]) absent.push(subscales[part]!.name);
  }
  return freezeIssue({
    path: ['totals', rule.name],
    code: 'unscored',
    message: `${rule.name} not scored: ${absent.join(', ')} not scored`,
  });
}

// The key of the scores in `plan.values` (a mixed-radix number), or -1 when they cannot be keyed
// (no key for this definition, or a prorated score left unrounded).
function internKeyOf(plan: Plan): number {
  const { radix, low, values } = plan;
  if (radix.length === 0) return -1;
  let key = 0;
  for (let k = 0; k < radix.length; k++) {
    const r = radix[k]!;
    if (r === 0) continue;
    const value = values[k]!;
    let digit = 0;
    if (value === value) {
      digit = value - low[k]! + 1;
      if (!Number.isInteger(digit)) return -1;
    }
    key = key * r + digit;
  }
  return key;
}

// Builds the frozen score objects from `plan.values`.
function scoresOf(plan: Plan): Scores {
  const { values } = plan;
  const nSub = plan.subscales.length;
  const subscales: Record<string, number | null> = {};
  for (let k = 0; k < nSub; k++) {
    const value = values[k]!;
    subscales[plan.subscales[k]!.name] = value === value ? value : null;
  }
  const totals: Record<string, number | null> = {};
  for (let k = 0; k < plan.totals.length; k++) {
    const value = values[nSub + k]!;
    totals[plan.totals[k]!.name] = value === value ? value : null;
  }
  let bands: Record<string, string | null> = EMPTY_RECORD;
  if (plan.bands.length > 0) {
    bands = {};
    for (let k = 0; k < plan.bands.length; k++) {
      const b = plan.bands[k]!;
      const value = values[b.score]!;
      bands[b.name] = value === value ? bandOf(value, b.table) : null;
    }
    Object.freeze(bands);
  }
  let flags: Record<string, boolean | null> = EMPTY_RECORD;
  if (plan.flags.length > 0) {
    flags = {};
    for (let k = 0; k < plan.flags.length; k++) {
      const f = plan.flags[k]!;
      const value = values[f.score]!;
      flags[f.name] = value === value ? compare(value, f.rule) : null;
    }
    Object.freeze(flags);
  }
  const total = plan.total < 0 ? NaN : values[plan.total]!;
  return {
    subscales: Object.freeze(subscales),
    totals: Object.freeze(totals),
    bands,
    flags,
    total: total === total ? total : null,
  };
}
