import { deepFreeze } from '../_lib/deep-freeze.js';
import { showValue } from '../_lib/args.js';

/**
 * The (n, k) dominance rule for tables whose cells sum contributions (workers' caseloads, costs):
 * a cell is sensitive when its `n` largest contributors make up more than `k` per cent of it.
 *
 * @category Disclosure
 */
export interface DominanceRule {
  /** How many of the largest contributors are added up: a whole number ≥ 1. */
  readonly n: number;
  /** The share, in per cent (0 < k ≤ 100), above which the cell is sensitive. */
  readonly k: number;
}

/**
 * Rounding of the published counts to a base, each count rounded on its own (so rounded parts need
 * not add to a rounded total, as in published tables). Halves go up: 5 → 10 at base 10.
 *
 * @category Disclosure
 */
export interface RoundingRule {
  /** The base, a whole number ≥ 2 (5 and 10 are usual). */
  readonly base: number;
  /** Which published counts are rounded: every one (`'all'`) or only the margins (`'totals'`). */
  readonly cells: 'all' | 'totals';
}

/**
 * What {@link DisclosureRulesInput} accepts for rounding: the base, and optionally which counts.
 *
 * @category Disclosure
 */
export interface RoundingRuleInput {
  /** The base, a whole number ≥ 2. */
  readonly base: number;
  /** Every published count (`'all'`, the default) or only the margins (`'totals'`). */
  readonly cells?: 'all' | 'totals';
}

/**
 * How complementary (secondary) suppression protects each primary cell.
 *
 * @category Disclosure
 */
export interface SecondaryRule {
  /** The method: the hypercube method (see docs/disclosure.md), the only one at present. */
  readonly method: 'hypercube';
  /**
   * The protection interval, in counts, a whole number ≥ 1: from the published table and its
   * margins, each primary cell of value `x` must be consistent with every value from
   * `max(0, x − protection)` to `x + protection`.
   */
  readonly protection: number;
}

/**
 * What a protected table shows instead of a number.
 *
 * @category Disclosure
 */
export interface DisclosureSymbols {
  /** Shown for a primary suppressed cell (and its derived values). */
  readonly primary: string;
  /** Shown for a secondary (complementary) suppressed cell; usually the same as `primary`. */
  readonly secondary: string;
  /** Shown for a non-zero count that rounds to 0, or `null` to show the 0. */
  readonly low: string | null;
}

/**
 * A validated, frozen set of disclosure-control rules, as {@link defineDisclosureRules} returns.
 * It is plain data: copy it, change a field and pass it through {@link defineDisclosureRules} again.
 *
 * @category Disclosure
 */
export interface DisclosureRules {
  /** A name for the audit trail. */
  readonly name: string;
  /** Counts from 1 to `minCount − 1` are suppressed (primary suppression). A whole number ≥ 1. */
  readonly minCount: number;
  /** Whether zero counts are suppressed too (when a zero would itself disclose something). */
  readonly suppressZeros: boolean;
  /** The (n, k) dominance rule, or `null` for none. */
  readonly dominance: DominanceRule | null;
  /** Rounding of the published counts, or `null` for none. */
  readonly rounding: RoundingRule | null;
  /** Secondary suppression, or `null` to apply primary suppression only. */
  readonly secondary: SecondaryRule | null;
  /** The symbols shown in place of numbers. */
  readonly symbols: DisclosureSymbols;
}

/**
 * What {@link defineDisclosureRules} accepts: `minCount` and whatever else differs from the
 * defaults.
 *
 * @category Disclosure
 */
export interface DisclosureRulesInput {
  /** A name for the audit trail (default `'custom'`). */
  readonly name?: string;
  /** Counts from 1 to `minCount − 1` are suppressed. Required: a whole number ≥ 1. */
  readonly minCount: number;
  /** Suppress zero counts too (default `false`: a zero is shown). */
  readonly suppressZeros?: boolean;
  /** The (n, k) dominance rule (default none). */
  readonly dominance?: DominanceRule | null;
  /** Rounding (default none); `cells` defaults to `'all'`. */
  readonly rounding?: RoundingRuleInput | null;
  /**
   * Secondary suppression (default `{ method: 'hypercube', protection: 1 }`); `false` or `null`
   * for none (only safe when no totals of the table are published).
   */
  readonly secondary?: Partial<SecondaryRule> | false | null;
  /** Symbols (default `'c'` for both kinds of suppression, no symbol for low counts). */
  readonly symbols?: Partial<DisclosureSymbols>;
}

const fail = (field: string, want: string, got: unknown): never => {
  throw new RangeError(`rules.${field} must be ${want}, got ${showValue(got)}`);
};

const wholeAtLeast = (field: string, value: unknown, min: number): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    fail(field, `a whole number ≥ ${min}`, value);
  return value as number;
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const symbol = (field: string, value: unknown): string => {
  if (typeof value !== 'string' || value.length === 0 || /^\s|\s$/.test(value))
    fail(field, 'a non-empty string without edge spaces', value);
  if (/^[-+]?(\d|\.\d)/.test(value as string))
    fail(field, 'a symbol that cannot be read as a number', value);
  return value as string;
};

const KNOWN = new Set([
  'name',
  'minCount',
  'suppressZeros',
  'dominance',
  'rounding',
  'secondary',
  'symbols',
]);

/**
 * Validates a rule set for {@link protectTable} and fills in the defaults: counts from 1 to
 * `minCount − 1` suppressed, zeros shown, no dominance rule, no rounding, secondary suppression by
 * the hypercube method with a protection interval of 1, and `'c'` (confidential, the GSS and DfE
 * symbol) shown for every suppressed cell. The result is frozen plain data, and passing it back in
 * gives an equal object, so presets such as {@link DFE_CHILDREN_IN_NEED_RULES} can be copied,
 * changed and checked again.
 *
 * @param input - {@link DisclosureRulesInput}: `minCount` and any fields that differ from the defaults.
 * @returns The frozen {@link DisclosureRules}.
 * @throws RangeError naming the field (`rules.minCount must be a whole number ≥ 1, got 0`) for a
 *   bad or unknown field; TypeError if `input` is not an object.
 * @category Disclosure
 * @example
 * ```ts
 * import { defineDisclosureRules } from 'sos-eval/disclosure';
 *
 * const rules = defineDisclosureRules({ minCount: 5 });
 * rules.minCount //=> 5
 * rules.secondary //=> { method: 'hypercube', protection: 1 }
 * rules.symbols //=> { primary: 'c', secondary: 'c', low: null }
 * defineDisclosureRules({ minCount: 10, rounding: { base: 5 } }).rounding //=> { base: 5, cells: 'all' }
 * ```
 * @example
 * ```ts
 * import { defineDisclosureRules } from 'sos-eval/disclosure';
 *
 * let message = '';
 * try { defineDisclosureRules({ minCount: 0 }); } catch (e) { message = (e as Error).message; }
 * message //=> 'rules.minCount must be a whole number ≥ 1, got 0'
 * ```
 */
export function defineDisclosureRules(input: DisclosureRulesInput): DisclosureRules {
  if (!isObject(input))
    throw new TypeError(`rules must be an object with minCount, got ${showValue(input)}`);
  for (const key of Object.keys(input)) {
    if (!KNOWN.has(key)) fail(key, `one of ${[...KNOWN].join(', ')} (unknown field)`, key);
  }
  const name = input.name ?? 'custom';
  if (typeof name !== 'string' || name.length === 0) fail('name', 'a non-empty string', name);
  const minCount = wholeAtLeast('minCount', input.minCount, 1);
  const suppressZeros = input.suppressZeros ?? false;
  if (typeof suppressZeros !== 'boolean') fail('suppressZeros', 'true or false', suppressZeros);

  let dominance: DominanceRule | null = null;
  if (input.dominance != null) {
    if (!isObject(input.dominance))
      fail('dominance', 'an object { n, k } or null', input.dominance);
    const d = input.dominance as unknown as Record<string, unknown>;
    const n = wholeAtLeast('dominance.n', d.n, 1);
    if (typeof d.k !== 'number' || !(d.k > 0 && d.k <= 100))
      fail('dominance.k', 'a percentage above 0 and at most 100', d.k);
    dominance = { n, k: d.k as number };
  }

  let rounding: RoundingRule | null = null;
  if (input.rounding != null) {
    if (!isObject(input.rounding))
      fail('rounding', 'an object { base, cells } or null', input.rounding);
    const r = input.rounding as unknown as Record<string, unknown>;
    const base = wholeAtLeast('rounding.base', r.base, 2);
    const cells = r.cells ?? 'all';
    if (cells !== 'all' && cells !== 'totals') fail('rounding.cells', "'all' or 'totals'", cells);
    rounding = { base, cells: cells as 'all' | 'totals' };
  }

  let secondary: SecondaryRule | null = { method: 'hypercube', protection: 1 };
  if (input.secondary === false || input.secondary === null) secondary = null;
  else if (input.secondary !== undefined) {
    if (!isObject(input.secondary))
      fail('secondary', 'an object { method, protection }, false or null', input.secondary);
    const s = input.secondary as Record<string, unknown>;
    const method = s.method ?? 'hypercube';
    if (method !== 'hypercube') fail('secondary.method', "'hypercube'", method);
    secondary = {
      method: 'hypercube',
      protection: wholeAtLeast('secondary.protection', s.protection ?? 1, 1),
    };
  }

  const s = input.symbols ?? {};
  if (!isObject(s)) fail('symbols', 'an object', s);
  const primary = symbol('symbols.primary', s.primary ?? 'c');
  const symbols: DisclosureSymbols = {
    primary,
    secondary: symbol('symbols.secondary', s.secondary ?? primary),
    low: s.low == null ? null : symbol('symbols.low', s.low),
  };

  return deepFreeze({ name, minCount, suppressZeros, dominance, rounding, secondary, symbols });
}
