import { papaParse } from './_papa.js';

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

/** What papaparse's `step` callback receives without a header row: one row and its errors. */
interface StepResult {
  readonly data: string[];
  readonly errors: readonly { readonly type: string; readonly code: string }[];
}

type Listener = (chunk?: string) => void;

/**
 * A readable stream as papaparse reads one. papaparse documents `Papa.parse(readableStream,
 * config)` with a `step` callback (its README, "Papa Parse for Node"); it recognises the stream
 * by `readable === true` and `read` and `on` being functions, the same check in its browser
 * build, and calls only `on`, `removeListener`, `pause` and `resume` on it. This stand-in hands
 * text over synchronously by `write`, and papaparse parses each piece as it arrives, so every
 * complete record reaches `step` before `write` returns. (Earlier versions drove papaparse's
 * undocumented `Papa.Parser` directly; a node `Readable` is not an option, as src must not
 * import Node built-ins.)
 */
function createTextSource() {
  const listeners = new Map<string, Listener[]>();
  const emit = (event: string, chunk?: string): void => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(chunk);
  };
  return {
    readable: true as const,
    read: (): null => null,
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    removeListener(event: string, listener: Listener) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((l) => l !== listener),
      );
      return this;
    },
    pause() {
      return this;
    },
    resume() {
      return this;
    },
    write: (chunk: string): void => emit('data', chunk),
    end: (): void => emit('end'),
  };
}

/**
 * @internal Splits CSV text into records with papaparse's documented streaming API
 * (`Papa.parse` on a readable stream, one `step` call per record): papaparse holds back only the
 * unfinished record between pieces, so memory stays bounded by the longest record. Line endings
 * are normalised to `\n` first (a `\r` at the end of a piece waits for the next one, as it may be
 * half of a CRLF), which also turns CRLF inside quoted cells into `\n`. A leading byte-order mark
 * is dropped.
 */
export function createRecordSplitter(delimiter: string): RecordSplitter {
  let pendingCr = false;
  let started = false;
  let recordsSeen = 0;
  let ready: RawRecord[] = [];

  const source = createTextSource();
  papaParse(source as unknown as NodeJS.ReadableStream, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    fastMode: false,
    step: (result: StepResult) => {
      recordsSeen += 1;
      // The last quoting error names the row's problem (a stray quote that then never closes
      // is an unterminated quote).
      const quotes = result.errors.filter((e) => e.type === 'Quotes').at(-1);
      const cells = result.data;
      ready.push(
        quotes === undefined
          ? { row: recordsSeen, cells }
          : {
              row: recordsSeen,
              cells,
              quoteProblem:
                quotes.code === 'MissingQuotes' ? 'unterminated_quote' : 'malformed_quotes',
            },
      );
    },
  });

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
      const text = normalise(chunk, false);
      if (text.length > 0) source.write(text);
      return take();
    },
    end() {
      const text = normalise('', true);
      if (text.length > 0) source.write(text);
      source.end();
      return take();
    },
  };
}
