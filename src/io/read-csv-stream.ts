import type { z } from 'zod';
import type { CsvRowResult } from './csv-row-result.js';
import type { ReadCsvOptions } from './read-csv-options.js';
import { assertObjectSchema } from './_assert-schema.js';
import { createCsvReader, type CsvReader } from './_csv-reader.js';
import { resolveSettings } from './_settings.js';
import { showValue } from '../_lib/args.js';

/**
 * Text or bytes arriving in pieces: a Node read stream, a `fetch` body, a `ReadableStream` (which
 * is async-iterable in Node and modern browsers), or any (async) iterable of strings.
 *
 * @category CSV
 */
export type CsvChunks = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Reads CSV arriving in pieces, yielding one {@link CsvRowResult} per data row as soon as the row
 * is complete, so a file of any size is read in memory bounded by its longest row. Pieces may be
 * cut anywhere — inside a quoted cell, between the CR and LF of a line end, inside a multi-byte
 * character or the byte-order mark — and the rows and issues are exactly those {@link readCsv}
 * gives for the whole text. Byte pieces are decoded as `options.encoding` (default UTF-8).
 *
 * @throws TypeError when `chunks` is not iterable or `schema` not a zod object schema; RangeError
 * or TypeError for a broken option.
 * @category CSV
 * @example
 * ```ts
 * import { readCsvStream } from 'sos-eval/io';
 * import { z } from 'zod';
 *
 * const schema = z.object({ familyId: z.string(), score: z.number() });
 * const pieces = ['Family ID,Sco', 're\r', '\nF-0001,4\r\nF-0002,ten\r\n'];
 * const items = [];
 * for await (const item of readCsvStream(pieces, schema)) items.push(item);
 * items[0] //=> { rowNumber: 2, row: { familyId: 'F-0001', score: 4 }, issues: [] }
 * items[1].issues[0].code //=> 'invalid_number'
 * ```
 */
export function readCsvStream<S extends z.ZodType>(
  chunks: CsvChunks,
  schema: S,
  options?: ReadCsvOptions,
): AsyncGenerator<CsvRowResult<z.output<S>>, void, undefined> {
  // Arguments are checked here, not in the generator, so a broken call throws at once.
  const iterable = chunks as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
  const isIterable =
    typeof iterable === 'object' &&
    iterable !== null &&
    (typeof iterable[Symbol.asyncIterator] === 'function' ||
      typeof iterable[Symbol.iterator] === 'function');
  if (!isIterable && typeof chunks !== 'string') {
    throw new TypeError(
      `chunks must be an iterable or async iterable of strings or bytes, got ${showValue(chunks)}`,
    );
  }
  assertObjectSchema(schema);
  const settings = resolveSettings(options);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(settings.encoding);
  } catch {
    throw new RangeError(
      `options.encoding must be an encoding TextDecoder knows, got ${showValue(settings.encoding)}`,
    );
  }
  return generate(chunks, createCsvReader(schema, settings), decoder);
}

async function* generate<T>(
  chunks: CsvChunks,
  reader: CsvReader<T>,
  decoder: TextDecoder,
): AsyncGenerator<CsvRowResult<T>, void, undefined> {
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else if (chunk instanceof Uint8Array) text = decoder.decode(chunk, { stream: true });
    else
      throw new TypeError(`each chunk must be a string or a Uint8Array, got ${showValue(chunk)}`);
    for (const { result } of reader.push(text)) yield result;
  }
  const tail = decoder.decode();
  for (const { result } of reader.push(tail)) yield result;
  for (const { result } of reader.end()) yield result;
}
