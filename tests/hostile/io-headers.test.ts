import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { z } from 'zod';
import { csvPresets, readCsv, readCsvStream, type ReadCsvOptions } from 'sos-eval/io';
import { SOS_2017 } from 'sos-eval/reference';

// Issue 13: hostile headers, indices, widths and bytes. Whatever the file, readCsv and
// readCsvStream never throw on it, every data row is kept or rejected (and they agree), and
// nothing global changes: no property appears on Object.prototype, none of its members change.

const PROTO = Object.getOwnPropertyNames(Object.prototype);
const RESERVED = [
  ...PROTO,
  'prototype',
  'constructor',
  '__proto__',
  'then',
  'length',
  'name',
  'polluted',
  'toJSON',
  'Symbol(Symbol.iterator)',
];

const snapshot = () =>
  Object.getOwnPropertyNames(Object.prototype)
    .sort()
    .map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)?.value]);
const before = snapshot();

function expectUntouched(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(snapshot()).toEqual(before);
}

const inCase = (word: string) =>
  fc
    .constantFrom<(w: string) => string>(
      (w) => w,
      (w) => w.toUpperCase(),
      (w) => w.toLowerCase(),
      (w) => w.charAt(0).toUpperCase() + w.slice(1),
      (w) => ` ${w} `,
    )
    .map((f) => f(word));

const reserved = fc.constantFrom(...RESERVED).chain(inCase);

/** Numbers a header may hold: huge, negative, fractional, written oddly. */
const index = fc.oneof(
  fc.nat({ max: 20 }).map(String),
  fc.constantFrom('0', '-1', '1.5', '1e9', '4294967296', '4294967297', '50000000', '9'.repeat(30)),
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
  fc.double({ noNaN: true }).map(String),
);

/** Header names built from reserved words and indices, in the shapes the presets recognise. */
const header = fc.oneof(
  reserved,
  fc.tuple(reserved, reserved).map(([a, b]) => `${a}.${b}`),
  fc.tuple(reserved, reserved, reserved).map(([a, b, c]) => `${a}.${b}.${c}`),
  reserved.map((w) => `Usage: ${w}`),
  reserved.map((w) => `usage.${w}`),
  reserved.map((w) => `measures.${w}.0`),
  fc.tuple(reserved, index).map(([w, n]) => `${w} item ${n}`),
  index.map((n) => `LSNS-6 item ${n}`),
  index.map((n) => `Goal ${n} score`),
  index.map((n) => `Judgement ${n} date`),
  index.map((n) => `goals.${n}.score`),
  reserved.map((w) => `goals.${w}.score`),
  reserved.map((w) => `judgements.0.${w}`),
  fc.constantFrom('Family ID', 'Wave', 'Interview date', 'Local authority', 'Tools evidenced'),
);

/** Cell text: plain, hostile or binary (NUL, lone surrogates, BOMs, quotes, line breaks). */
const cell = fc.oneof(
  fc.constantFrom('', '1', '-3', 'yes', 'Time 1', 'Bristol', '01/06/2015', 'F-0001', '=1+2'),
  reserved,
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({
    unit: fc.constantFrom('\0', '\uFEFF', '\uD800', '\uDC00', '"', ',', '\r', '\n', ' ', 'a'),
    maxLength: 8,
  }),
);

/** A cell written as CSV: quoted when it needs to be. */
const field = (text: string): string =>
  /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;

const csv = fc
  .record({
    headers: fc.uniqueArray(header, { minLength: 1, maxLength: 12 }),
    rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 8 }),
  })
  .map(({ headers, rows }) => ({
    text: [headers, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n',
    // Data rows are those with a cell that is not blank (blank rows are skipped, as in Excel).
    dataRows: rows.filter((r) => r.some((c) => c.replace(/\r\n?/g, '\n').trim() !== '')).length,
  }));

const presets = csvPresets(SOS_2017);
const KINDS = ['family', 'familyInterview', 'caseRecord', 'workerSurveyResponse', 'pilot'] as const;

// A schema with nested records, and a columns function taking every header as a path: the
// deepest walk a header can ask for.
const leaf = z.record(z.string(), z.string());
const deep = z.object({
  id: z.string().optional(),
  x: z.record(z.string(), z.record(z.string(), leaf)).optional(),
  goals: z.array(z.object({ score: z.number().nullable() })).optional(),
});
const asPath: ReadCsvOptions = { columns: (h) => h };

async function streamed(text: string, schema: z.ZodType, options: ReadCsvOptions, size: number) {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  let rows = 0;
  let rejected = 0;
  const issues: unknown[] = [];
  let header = true;
  for await (const item of readCsvStream(pieces, schema, options)) {
    for (const i of item.issues) issues.push(i);
    if (item.row !== null) rows++;
    else if (!(header && item.rowNumber === 1 && item.issues.every((i) => i.row === 1))) rejected++;
    header = false;
  }
  return { rows, rejected, issues };
}

const cases: [string, z.ZodType, ReadCsvOptions][] = [
  ...KINDS.map((k): [string, z.ZodType, ReadCsvOptions] => [
    k,
    SOS_2017.schemas[k] as z.ZodType,
    presets[k],
  ]),
  ['deep schema, headers as paths', deep, asPath],
  ['deep schema, headers as a table', deep, { columns: { __proto__: 'x', toString: 'id' } }],
];

describe('hostile CSV input', () => {
  for (const [name, schema, options] of cases) {
    test.prop([csv, fc.integer({ min: 1, max: 64 })])(
      `${name}: never throws, keeps or rejects every data row, touches nothing global (readCsv and readCsvStream)`,
      async ({ text, dataRows }, size) => {
        const read = readCsv(text, schema, options);
        expectUntouched();
        expect(read.rows.length + read.rejected).toBe(dataRows);
        expect(read.rowNumbers).toHaveLength(read.rows.length);
        const stream = await streamed(text, schema, options, size);
        expectUntouched();
        expect(stream.issues).toEqual(read.issues);
        expect(stream.rows).toBe(read.rows.length);
      },
    );
  }

  test.prop([
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.constantFrom(...cases),
    fc.integer({ min: 1, max: 32 }),
  ])(
    'random text (NUL, lone surrogates, BOMs, stray quotes): no throw, readCsv and readCsvStream agree',
    async (text, [, schema, options], size) => {
      const read = readCsv(text, schema, options);
      expectUntouched();
      const stream = await streamed(text, schema, options, size);
      expectUntouched();
      expect(stream.issues).toEqual(read.issues);
      expect(stream.rows).toBe(read.rows.length);
    },
  );

  test.prop([fc.integer({ min: 1, max: 3000 }), fc.constantFrom(...cases)], { numRuns: 20 })(
    'wide rows and wide headers: no throw, one issue per extra cell',
    async (width, [, schema, options]) => {
      const text = `${Array.from({ length: width }, (_, i) => `h${i}`).join(',')}\n${'x,'.repeat(width * 2)}x\n`;
      const read = readCsv(text, schema, options);
      expectUntouched();
      expect(read.rows.length + read.rejected).toBe(1);
      expect(read.issues.filter((i) => i.code === 'extra_field')).toHaveLength(width + 1);
    },
  );
});
