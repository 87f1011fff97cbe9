import { PapaParser } from './_papa.js';

/** @internal One CSV record: its cells, its spreadsheet row number, and any quoting problem. */
export interface RawRecord {
  /** Row number as a spreadsheet shows it: the first record is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
  /** Set when the record's quoting was malformed or a quoted field never closed. */
  readonly quoteProblem?: 'malformed_quotes' | 'unterminated_quote';
}

/** @internal An incremental record splitter: feed it text in pieces cut anywhere. */
export interface RecordSplitter {
  push(chunk: string): RawRecord[];
  end(): RawRecord[];
}

interface PapaError {
  readonly code: string;
  readonly row: number;
}

interface PapaResult {
  readonly data: string[][];
  readonly errors: PapaError[];
  readonly meta: { readonly cursor: number };
}

/**
 * @internal Splits CSV text into records, holding back only the unfinished record between pushes,
 * so memory stays bounded by the longest record. Line endings are normalised to `\n` first (a
 * `\r` at the end of a chunk waits for the next one, as it may be half of a CRLF), which also
 * turns CRLF inside quoted cells into `\n`. A leading byte-order mark is dropped.
 */
export function createRecordSplitter(delimiter: string): RecordSplitter {
  let buffer = '';
  let pendingCr = false;
  let started = false;
  let recordsSeen = 0;

  const normalise = (chunk: string, final: boolean): string => {
    let text = (pendingCr ? '\r' : '') + chunk;
    pendingCr = !final && text.endsWith('\r');
    if (pendingCr) text = text.slice(0, -1);
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text.replace(/\r\n?/g, '\n');
  };

  const take = (final: boolean): RawRecord[] => {
    if (buffer.length === 0) return [];
    const parser = new PapaParser({ delimiter, newline: '\n', quoteChar: '"', fastMode: false });
    const result = parser.parse(buffer, 0, !final) as PapaResult;
    const problems = new Map<number, RawRecord['quoteProblem']>();
    for (const error of result.errors) {
      if (error.row >= result.data.length) continue;
      problems.set(
        error.row,
        error.code === 'MissingQuotes' ? 'unterminated_quote' : 'malformed_quotes',
      );
    }
    const records = result.data.map((cells, i): RawRecord => {
      const problem = problems.get(i);
      const row = recordsSeen + i + 1;
      return problem === undefined ? { row, cells } : { row, cells, quoteProblem: problem };
    });
    recordsSeen += result.data.length;
    buffer = final ? '' : buffer.slice(result.meta.cursor);
    return records;
  };

  return {
    push(chunk) {
      buffer += normalise(chunk, false);
      return take(false);
    },
    end() {
      buffer += normalise('', true);
      return take(true);
    },
  };
}
