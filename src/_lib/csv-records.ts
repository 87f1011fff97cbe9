// The one CSV record splitter: sos-eval/io's readers and the CIN census's flat CSV layout
// (src/admin/_csv.ts) both read records through it.

/** @internal One CSV record: its cells, its spreadsheet row number, and any quoting problem. */
export interface RawRecord {
  /** Row number as a spreadsheet shows it: the first record is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
  /** Indices of the cells written in quotes (their text is kept exactly for string fields). */
  readonly quoted?: ReadonlySet<number>;
  /** Set when the record's quoting was malformed or a quoted field never closed. */
  readonly quoteProblem?: QuoteProblem;
}

type QuoteProblem = 'malformed_quotes' | 'unterminated_quote';

/** @internal An incremental record splitter: feed it text in pieces cut anywhere. */
export interface RecordSplitter {
  push(chunk: string): RawRecord[];
  end(): RawRecord[];
}

/**
 * Where the splitter is within a record: at the start of a field, inside an unquoted or a quoted
 * one, just after a quote inside a quoted field (`quote`: it may close the field or be the first
 * of a doubled quote), or in whitespace after such a quote (`spaces`).
 */
type State = 'start' | 'unquoted' | 'quoted' | 'quote' | 'spaces';

const QUOTE = '"';
const LF = 10;
// The whitespace String.prototype.trim removes: allowed between a closing quote and what follows.
const SPACE = /\s/;

/**
 * @internal Splits CSV text into records, reading each character once whatever the pieces are,
 * so time is linear in the input and memory bounded by the longest record (an unfinished record
 * is never re-read when the next piece arrives). It reads RFC 4180 as papaparse does, which
 * earlier versions used: a field starting with a quote runs to a quote followed by the
 * delimiter or a line end (whitespace between them allowed); a doubled quote inside it is one
 * quote; any other quote inside it is kept and marks the record `malformed_quotes`; a quoted
 * field still open at the end marks it `unterminated_quote`; quotes inside an unquoted field are
 * plain text. Line endings are normalised to `\n` first (a `\r` at the end of a piece waits for
 * the next one, as it may be half of a CRLF), which also turns CRLF inside quoted cells into
 * `\n`. A leading byte-order mark is dropped.
 */
export function createRecordSplitter(delimiter: string): RecordSplitter {
  const delimiterCode = delimiter.charCodeAt(0);
  let pendingCr = false;
  let started = false;
  let state: State = 'start';
  let field = '';
  let spaces = '';
  let cells: string[] = [];
  let problem: QuoteProblem | undefined;
  let quoted: Set<number> | undefined;
  let row = 0;
  let ready: RawRecord[] = [];

  const endField = (): void => {
    cells.push(field);
    field = '';
    state = 'start';
  };
  const endRecord = (): void => {
    endField();
    row += 1;
    const record: { -readonly [K in keyof RawRecord]: RawRecord[K] } = { row, cells };
    if (quoted !== undefined) record.quoted = quoted;
    if (problem !== undefined) record.quoteProblem = problem;
    ready.push(record);
    cells = [];
    problem = undefined;
    quoted = undefined;
  };

  const feed = (text: string): void => {
    const n = text.length;
    let i = 0;
    while (i < n) {
      switch (state) {
        case 'start':
          if (text[i] === QUOTE) {
            (quoted ??= new Set()).add(cells.length);
            state = 'quoted';
            i++;
          } else state = 'unquoted';
          break;
        case 'unquoted': {
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === delimiterCode || c === LF) break;
            j++;
          }
          field += text.slice(i, j);
          if (j < n) {
            if (text.charCodeAt(j) === LF) endRecord();
            else endField();
          }
          i = j + 1;
          break;
        }
        case 'quoted': {
          const j = text.indexOf(QUOTE, i);
          if (j === -1) {
            field += text.slice(i);
            i = n;
          } else {
            field += text.slice(i, j);
            state = 'quote';
            i = j + 1;
          }
          break;
        }
        case 'quote':
        case 'spaces': {
          const c = text[i]!;
          if (c === QUOTE && state === 'quote') {
            field += QUOTE;
            state = 'quoted';
            i++;
          } else if (c === delimiter || c === '\n') {
            spaces = '';
            if (c === '\n') endRecord();
            else endField();
            i++;
          } else if (SPACE.test(c)) {
            spaces += c;
            state = 'spaces';
            i++;
          } else {
            // Not a closing quote after all: keep it (and any spaces) as text, and read this
            // character as part of the quoted field.
            problem = 'malformed_quotes';
            field += QUOTE + spaces;
            spaces = '';
            state = 'quoted';
          }
          break;
        }
      }
    }
  };

  const finish = (): void => {
    if (state === 'quoted' || state === 'spaces') {
      field += state === 'spaces' ? QUOTE + spaces : '';
      spaces = '';
      problem = 'unterminated_quote';
    }
    if (state !== 'start' || cells.length > 0) endRecord();
  };

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

  const take = (): RawRecord[] => {
    const out = ready;
    ready = [];
    return out;
  };

  return {
    push(chunk) {
      feed(normalise(chunk, false));
      return take();
    },
    end() {
      feed(normalise('', true));
      finish();
      return take();
    },
  };
}
