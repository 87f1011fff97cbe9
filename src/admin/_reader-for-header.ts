import { addMonths, plusDays } from '../_lib/calendar.js';
import { CIN_SCHEMA_YEARS, cinCodeLists } from './cin-code-lists.js';
import type { CinHeader } from './cin-records.js';
import { RecordReader } from './_records-from-xml.js';

/**
 * @internal The record reader a census header implies, chosen the same way for the XML and the
 * CSV layouts: the schema year given, else the header's collection year, else the year its
 * reference date falls in (April to March); a year without code lists here falls back to the
 * nearest one (2017 or 2024), and `assumed` then says why, for the caller's issue. The census
 * period is the year up to the reference date (or 31 March of the collection year).
 */
export function readerForHeader(
  header: CinHeader | null,
  schemaYear?: number,
): { readonly reader: RecordReader; readonly assumed: string | null } {
  let year = schemaYear ?? header?.year ?? null;
  if (year === null && header?.referenceDate) {
    const y = Number(header.referenceDate.slice(0, 4));
    year = header.referenceDate.slice(5) <= '03-31' ? y : y + 1;
  }
  let used = year ?? 2024;
  if (!CIN_SCHEMA_YEARS.includes(used)) used = used < 2017 ? 2017 : 2024;
  const assumed =
    year === used
      ? null
      : `${year === null ? 'no collection year' : `collection year ${year} has no code lists here`}; codes were checked against the ${used} schema`;
  const end = header?.referenceDate ?? (year !== null ? `${year}-03-31` : null);
  const period = end ? { start: plusDays(addMonths(end, -12), 1), end } : null;
  return { reader: new RecordReader(cinCodeLists(used), period), assumed };
}
