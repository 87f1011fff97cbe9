import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvPresets, readCsv, readCsvStream, type CsvRowResult } from 'sos-eval/io';
import { SOS_2017 } from 'sos-eval/reference';

const survey = readFileSync(new URL('./fixtures/worker-survey-excel.csv', import.meta.url), 'utf8');
const options = { ...csvPresets(SOS_2017).workerSurveyResponse, ignore: ['Notes'] };
const surveySchema = SOS_2017.schemas.workerSurveyResponse;

async function collect<T>(items: AsyncIterable<CsvRowResult<T>>) {
  const all: CsvRowResult<T>[] = [];
  for await (const item of items) all.push(item);
  return {
    rows: all.flatMap((i) => (i.row === null ? [] : [i.row])),
    rowNumbers: all.flatMap((i) => (i.row === null ? [] : [i.rowNumber])),
    issues: all.flatMap((i) => i.issues),
  };
}

const cut = <T extends { length: number; slice(a: number, b?: number): T }>(
  whole: T,
  points: number[],
): T[] => {
  const sorted = [...new Set(points.map((p) => p % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let from = 0;
  for (const p of sorted) {
    pieces.push(whole.slice(from, p));
    from = p;
  }
  pieces.push(whole.slice(from));
  return pieces;
};

async function* slowly<T>(pieces: T[]): AsyncGenerator<T> {
  for (const p of pieces) yield await Promise.resolve(p);
}

describe('readCsvStream', () => {
  const whole = readCsv(survey, surveySchema, options);

  test.prop([fc.array(fc.nat(), { maxLength: 40 })])(
    'splitting the text anywhere gives the rows and issues readCsv gives for the whole text',
    async (points) => {
      const streamed = await collect(
        readCsvStream(slowly(cut(survey, points)), surveySchema, options),
      );
      expect(streamed).toEqual({
        rows: whole.rows,
        rowNumbers: whole.rowNumbers,
        issues: whole.issues,
      });
    },
  );

  test.prop([fc.array(fc.nat(), { maxLength: 40 })])(
    'splitting the UTF-8 bytes anywhere (inside the BOM, inside a CRLF) gives the same result',
    async (points) => {
      const bytes = new TextEncoder().encode(survey);
      expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
      const streamed = await collect(readCsvStream(cut(bytes, points), surveySchema, options));
      expect(streamed).toEqual({
        rows: whole.rows,
        rowNumbers: whole.rowNumbers,
        issues: whole.issues,
      });
    },
  );

  // Arbitrary CSV-ish text built from the characters that matter: quotes, delimiters, CR, LF.
  const nasty = fc
    .array(fc.constantFrom('a', '1', ',', '"', '\r', '\n', ' ', '\r\n', '""', 'é'), {
      maxLength: 60,
    })
    .map((parts) => 'Name,Count\r\n' + parts.join(''));
  const loose = z.object({ name: z.string().nullable(), count: z.number().nullable() });

  test.prop([nasty, fc.array(fc.nat(), { maxLength: 20 })])(
    'on arbitrary text with quotes and line breaks, pieces give exactly the whole-text result',
    async (text, points) => {
      const all = readCsv(text, loose, { listSeparators: ';' });
      const streamed = await collect(
        readCsvStream(cut(text, points), loose, { listSeparators: ';' }),
      );
      expect(streamed).toEqual({ rows: all.rows, rowNumbers: all.rowNumbers, issues: all.issues });
    },
  );

  it('yields rows as they complete, before the input ends', async () => {
    let released = false;
    async function* source() {
      yield 'Name,Count\nA,1\n';
      await new Promise((r) => setTimeout(r, 1));
      released = true;
      yield 'B,2\n';
    }
    const iterator = readCsvStream(source(), loose);
    const first = await iterator.next();
    expect(first.value).toEqual({ rowNumber: 2, row: { name: 'A', count: 1 }, issues: [] });
    expect(released).toBe(false);
    await iterator.return(undefined);
  });

  it('decodes Windows-1252 bytes when told to', async () => {
    // 0xE9 is é in Windows-1252.
    const bytes = Uint8Array.from(
      [...'Name,Count\r\nRen'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x2c, 0x33]),
    );
    const { rows } = await collect(readCsvStream([bytes], loose, { encoding: 'windows-1252' }));
    expect(rows).toEqual([{ name: 'René', count: 3 }]);
  });

  it('throws at once on broken arguments', () => {
    expect(() => readCsvStream(42 as never, loose)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: chunks must be an iterable or async iterable of strings or bytes, got 42]`,
    );
    expect(() => readCsvStream([], z.string() as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: schema must be a zod object schema, such as study.schemas.family, got object]`,
    );
    expect(() =>
      readCsvStream([], loose, { encoding: 'klingon' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.encoding must be an encoding TextDecoder knows, got "klingon"]`,
    );
  });

  it('rejects a chunk that is neither text nor bytes', async () => {
    await expect(
      collect(readCsvStream([{}] as never, loose)),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TypeError: each chunk must be a string or a Uint8Array, got object]`,
    );
  });
});
