import type { MeasureConfidence } from './measure-confidence.js';

/**
 * The items of a measure: how many, and the lowest and highest response code (whole numbers).
 *
 * @category Definitions
 * @example
 * ```ts
 * import { LSNS_6 } from 'sos-eval/measures';
 * LSNS_6.items //=> { count: 6, min: 0, max: 5 }
 * ```
 */
export interface MeasureItems {
  /** Number of items; responses are given in item order, index 0 = item 1. */
  readonly count: number;
  /** Lowest valid response code. */
  readonly min: number;
  /** Highest valid response code. */
  readonly max: number;
}

/**
 * What to do when items are missing. `none`: any missing item leaves that score null. `prorate`:
 * score when at least `minAnswered` items of the group are answered, as the mean of the answered
 * items times the number of items, rounded half away from zero (`'half-up'`: 2.5 → 3, never
 * banker's rounding) or left unrounded (`'none'`).
 *
 * @category Definitions
 * @example
 * ```ts
 * import { SDQ_PARENT } from 'sos-eval/measures';
 * SDQ_PARENT.missing //=> { kind: 'prorate', minAnswered: 3, rounding: 'half-up' }
 * ```
 */
export type MeasureMissingPolicy =
  | {
      /** Any missing item leaves the score null. */
      readonly kind: 'none';
    }
  | {
      /** Score from the answered items when enough are answered. */
      readonly kind: 'prorate';
      /** Fewest answered items (in each subscale, or of all items for an all-items total). */
      readonly minAnswered: number;
      /** How the prorated score is rounded. */
      readonly rounding: 'half-up' | 'none';
    };

/**
 * How a total is built: the sum of named subscales (null when any of them is null), or the sum of
 * all items (under the measure's missing-item policy).
 *
 * @category Definitions
 * @example
 * ```ts
 * import { SDQ_PARENT } from 'sos-eval/measures';
 * SDQ_PARENT.totals.externalising //=> { kind: 'subscales', subscales: ['conduct', 'hyperactivity'] }
 * ```
 */
export type MeasureTotalRule =
  | {
      /** The sum of named subscales. */
      readonly kind: 'subscales';
      /** Names of the subscales summed. */
      readonly subscales: readonly string[];
    }
  | {
      /** The sum of all items. */
      readonly kind: 'all-items';
    };

/**
 * One band of a band table: scores from `min` up to (not including) the next band's `min`, and
 * up to `max` inclusive for the last band, carry `label`.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { SDQ_PARENT_BANDS } from 'sos-eval/measures';
 * SDQ_PARENT_BANDS.bands[0] //=> { label: 'normal', min: 0, max: 13 }
 * ```
 */
export interface MeasureBand {
  /** The band's name, e.g. `'borderline'`. */
  readonly label: string;
  /** Lowest score in the band. */
  readonly min: number;
  /** Highest whole-number score in the band. */
  readonly max: number;
}

/**
 * A band table for one score, with where it comes from and how sure we are of it. Bands must be
 * contiguous (each `min` is the previous `max` + 1) and cover the score's whole range.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { SDQ_TEACHER_BANDS } from 'sos-eval/measures';
 * SDQ_TEACHER_BANDS.confidence //=> "1 source"
 * ```
 */
export interface MeasureBandTable {
  /** Citation for the table. */
  readonly source: string;
  /** How sure we are of the table. */
  readonly confidence: MeasureConfidence;
  /** The bands, lowest first. */
  readonly bands: readonly MeasureBand[];
}

/**
 * A cut-point rule: the flag is true when `score comparison value` holds.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { LSNS_6 } from 'sos-eval/measures';
 * LSNS_6.flags.isolated.rules['<=12'].comparison //=> "<="
 * ```
 */
export interface MeasureFlagRule {
  /** How the score is compared with `value`. */
  readonly comparison: '<' | '<=' | '>' | '>=';
  /** The cut point. */
  readonly value: number;
  /** Citation for the rule. */
  readonly source: string;
  /** How sure we are of the rule. */
  readonly confidence: MeasureConfidence;
}

/**
 * A flag on one score, with a default rule and alternatives chosen per call through the option
 * named `option` (e.g. `scoreMeasure(LSNS_6, r, { isolation: '<=12' })`).
 *
 * @category Definitions
 * @example
 * ```ts
 * import { LSNS_6 } from 'sos-eval/measures';
 * LSNS_6.flags.isolated.defaultRule //=> "<12"
 * ```
 */
export interface MeasureFlag {
  /** Name of the subscale or total the flag reads. */
  readonly score: string;
  /** The rules, by name. */
  readonly rules: Readonly<Record<string, MeasureFlagRule>>;
  /** Name of the rule used when the option is not given. */
  readonly defaultRule: string;
  /** Name of the `scoreMeasure` option that picks a rule; when absent the default always applies. */
  readonly option?: string;
}

/**
 * A scored instrument: items, reverse keying, subscales, totals, missing-item policy, flags and
 * band tables. Build one with {@link defineMeasure}, which validates and freezes it.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { PEARLIN_MASTERY } from 'sos-eval/measures';
 * PEARLIN_MASTERY.reverseKeyed //=> [1, 2, 3, 5, 7]
 * ```
 */
export interface MeasureDefinition {
  /** Short stable id, e.g. `'lsns-6'`. */
  readonly id: string;
  /** Name for people. */
  readonly name: string;
  /** Citation for the scoring rules. */
  readonly source: string;
  /** How sure we are of the scoring rules as a whole. */
  readonly confidence: MeasureConfidence;
  /** Item count and response range. */
  readonly items: MeasureItems;
  /** 1-based numbers of reverse-keyed items, scored as `max + min − code`. */
  readonly reverseKeyed: readonly number[];
  /** Subscales by name, each a list of 1-based item numbers. */
  readonly subscales: Readonly<Record<string, readonly number[]>>;
  /** Totals by name. */
  readonly totals: Readonly<Record<string, MeasureTotalRule>>;
  /** Name of the total reported as the headline `total`, or null for none. */
  readonly total: string | null;
  /** Missing-item policy for subscales and all-items totals. */
  readonly missing: MeasureMissingPolicy;
  /** Flags by name. */
  readonly flags: Readonly<Record<string, MeasureFlag>>;
  /** Band tables by the name of the score they band. */
  readonly bands: Readonly<Record<string, MeasureBandTable>>;
}

/**
 * What {@link defineMeasure} accepts: a {@link MeasureDefinition} whose collections may be left
 * out (no reverse keys, subscales, totals, flags or bands; headline total null; missing policy
 * `none`; confidence `'unverified'`).
 *
 * @category Definitions
 * @example
 * ```ts
 * import { defineMeasure, type MeasureDefinitionInput } from 'sos-eval/measures';
 * const input: MeasureDefinitionInput = { id: 'x', name: 'X', source: 'mine', items: { count: 2, min: 0, max: 1 } };
 * defineMeasure(input).missing //=> { kind: 'none' }
 * ```
 */
export interface MeasureDefinitionInput {
  /** See {@link MeasureDefinition.id}. */
  readonly id: string;
  /** See {@link MeasureDefinition.name}. */
  readonly name: string;
  /** See {@link MeasureDefinition.source}. */
  readonly source: string;
  /** See {@link MeasureDefinition.confidence}. */
  readonly confidence?: MeasureConfidence;
  /** See {@link MeasureDefinition.items}. */
  readonly items: MeasureItems;
  /** See {@link MeasureDefinition.reverseKeyed}. */
  readonly reverseKeyed?: readonly number[];
  /** See {@link MeasureDefinition.subscales}. */
  readonly subscales?: Readonly<Record<string, readonly number[]>>;
  /** See {@link MeasureDefinition.totals}. */
  readonly totals?: Readonly<Record<string, MeasureTotalRule>>;
  /** See {@link MeasureDefinition.total}. */
  readonly total?: string | null;
  /** See {@link MeasureDefinition.missing}. */
  readonly missing?: MeasureMissingPolicy;
  /** See {@link MeasureDefinition.flags}. */
  readonly flags?: Readonly<Record<string, MeasureFlag>>;
  /** See {@link MeasureDefinition.bands}. */
  readonly bands?: Readonly<Record<string, MeasureBandTable>>;
}
