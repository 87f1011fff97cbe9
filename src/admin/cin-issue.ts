import type { ValidationIssue } from '../models/validation-issue.js';

/**
 * A problem found in a CIN census file: sos-eval's {@link ValidationIssue} (`path` holds element
 * names and 0-based positions among same-named siblings, from the root `Message`) plus where to
 * look in the file. Codes are stable: `dfe_NNNN` for a DfE validation rule by its number (for
 * example `dfe_8925`, a protection plan ending before it starts), and `xml_error`, `truncated`,
 * `wrong_namespace`, `not_cin_census`, `too_deep`, `text_too_long`, `too_many_elements`,
 * `too_many_issues`, `unknown_element`, `duplicate_element`, `missing_element`, `invalid_date`,
 * `unknown_code`, `invalid_number`, `schema_year_assumed` and `outside_bank_holiday_table` for
 * the rest (docs/cin-census.md lists each). Read from the flat CSV layout
 * ({@link readCinCensusCsv}), `line` is the CSV row, `element` the column and `path` `[row, column]`.
 *
 * @category Census
 */
export interface CinIssue extends ValidationIssue {
  /** The element as an XPath with 1-based positions, e.g. `Message/Children/Child[3]/CINdetails[1]/CPPendDate`. */
  readonly element: string;
  /** Line in the file where the element starts (1-based), or `null` when not known. */
  readonly line: number | null;
}
