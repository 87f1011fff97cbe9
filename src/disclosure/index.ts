/**
 * `sos-eval/disclosure` — statistical disclosure control for the package's tidy tables, so that
 * nothing published identifies a family or a worker. Rules are plain data
 * ({@link defineDisclosureRules}, with presets in the style of DfE's children's social care
 * statistics, {@link DFE_CHILDREN_IN_NEED_RULES}, and of GSS guidance, {@link GSS_STYLE_RULES});
 * {@link protectTable} applies them to a table of counts with its margins: primary suppression,
 * then secondary suppression by the hypercube method so that no hidden count can be worked out
 * from the published totals, derived values hidden with their counts, and an audit of every
 * hidden cell. The [disclosure guide](../../docs/disclosure.md) explains the attack it stops and
 * what it cannot promise.
 *
 * @module disclosure
 */
export {
  defineDisclosureRules,
  type DisclosureRules,
  type DisclosureRulesInput,
  type DisclosureSymbols,
  type DominanceRule,
  type RoundingRule,
  type RoundingRuleInput,
  type SecondaryRule,
} from './disclosure-rules.js';
export {
  DFE_CHILDREN_IN_NEED_RULES,
  DISCLOSURE_PRESETS,
  GSS_STYLE_RULES,
  type DisclosurePresets,
} from './presets.js';
export {
  protectTable,
  type DisclosureAuditEntry,
  type ProtectedRow,
  type ProtectTableOptions,
  type ProtectTableResult,
  type Suppression,
  type SuppressionReason,
  type TableCell,
} from './protect-table.js';
