import { defineDisclosureRules, type DisclosureRules } from './disclosure-rules.js';

/**
 * Rules in the style of the Department for Education's children's social care statistics: every
 * count from 1 to 5 inclusive is suppressed and shown as `'c'`, with secondary suppression where
 * needed; zeros are shown (a zero was submitted as zero). The source, quoted in
 * docs/disclosure.md, is the data guidance of DfE's "Characteristics of children in need"
 * release (reporting year 2020). DfE also rounds England and regional totals to the nearest 10;
 * that is a property of national tables, not of an evaluation's margins, so it is left out here
 * (add `rounding: { base: 10, cells: 'totals' }` to follow it).
 *
 * @category Disclosure
 * @example
 * ```ts
 * import { DFE_CHILDREN_IN_NEED_RULES, defineDisclosureRules } from 'sos-eval/disclosure';
 *
 * DFE_CHILDREN_IN_NEED_RULES.minCount //=> 6
 * DFE_CHILDREN_IN_NEED_RULES.symbols.primary //=> 'c'
 * // A copy with national-style rounding of the totals:
 * const national = defineDisclosureRules({ ...DFE_CHILDREN_IN_NEED_RULES, rounding: { base: 10, cells: 'totals' } });
 * national.rounding //=> { base: 10, cells: 'totals' }
 * ```
 */
export const DFE_CHILDREN_IN_NEED_RULES: DisclosureRules = defineDisclosureRules({
  name: 'dfe-children-in-need',
  minCount: 6,
  symbols: { primary: 'c' },
});

/**
 * A default in the style of the Government Statistical Service's guidance: the bracketed symbols
 * of the GSS guidance on symbols in tables (`[c]` confidential, `[low]` for a figure that rounds
 * to zero), counts below 10 suppressed, secondary suppression with a protection interval of 2, and
 * counts rounded to the nearest 5. GSS guidance sets no single threshold or rounding base; 10 and
 * 5 are this package's choice for small evaluation samples (see docs/disclosure.md), so check them
 * against your own data-sharing agreement.
 *
 * @category Disclosure
 * @example
 * ```ts
 * import { GSS_STYLE_RULES } from 'sos-eval/disclosure';
 *
 * GSS_STYLE_RULES.minCount //=> 10
 * GSS_STYLE_RULES.symbols //=> { primary: '[c]', secondary: '[c]', low: '[low]' }
 * GSS_STYLE_RULES.rounding //=> { base: 5, cells: 'all' }
 * ```
 */
export const GSS_STYLE_RULES: DisclosureRules = defineDisclosureRules({
  name: 'gss-style',
  minCount: 10,
  rounding: { base: 5, cells: 'all' },
  secondary: { method: 'hypercube', protection: 2 },
  symbols: { primary: '[c]', low: '[low]' },
});

/**
 * The shipped presets by name, for command lines (`npm run demo -- --protect dfe`).
 *
 * @category Disclosure
 * @example
 * ```ts
 * import { DISCLOSURE_PRESETS } from 'sos-eval/disclosure';
 *
 * Object.keys(DISCLOSURE_PRESETS) //=> ['dfe', 'gss']
 * DISCLOSURE_PRESETS.dfe.name //=> 'dfe-children-in-need'
 * ```
 */
export const DISCLOSURE_PRESETS: DisclosurePresets = Object.freeze({
  dfe: DFE_CHILDREN_IN_NEED_RULES,
  gss: GSS_STYLE_RULES,
});

/**
 * The type of {@link DISCLOSURE_PRESETS}.
 *
 * @category Disclosure
 */
export interface DisclosurePresets {
  /** {@link DFE_CHILDREN_IN_NEED_RULES}. */
  readonly dfe: DisclosureRules;
  /** {@link GSS_STYLE_RULES}. */
  readonly gss: DisclosureRules;
}
