/**
 * @internal A minimal RFC 4180 splitter: quoted fields (`""` for a quote), CRLF or LF line ends,
 * a leading BOM dropped. Returns the records with their 1-based record numbers, and whether the
 * text ended inside a quoted field (the last record is then dropped: it is cut short).
 */
export interface CsvSplit {
  readonly records: readonly (readonly string[])[];
  /** 1-based number of the record an unterminated quoted field began in, or `null`. */
  readonly truncatedAt: number | null;
}

/** @internal Splits CSV text into records of fields. */
export function splitCsv(text: string): CsvSplit {
  const records: string[][] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  while (i < n) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      inQuotes = true;
      fieldStarted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      fieldStarted = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (inQuotes) return { records, truncatedAt: records.length + 1 };
  if (fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { records, truncatedAt: null };
}

/** @internal One CSV cell: quoted when needed; text a spreadsheet would run as a formula gets a leading `'`. */
export function csvCell(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** @internal The text of a cell {@link csvCell} neutralised: the leading `'` it was given removed. */
export function uncell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
