import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCsv, toCsv } from 'sos-eval/io';

describe('toCsv', () => {
  it('writes RFC 4180 text with CRLF by default, quoting only where needed', () => {
    const rows = [
      { id: 'F-0001', note: 'plain', score: 4.5, flag: true },
      { id: 'F-0002', note: 'a, b', score: null, flag: false },
      { id: 'F-0003', note: 'say "hi"\nbye', score: 1e-7, flag: undefined },
      { id: 'F-0004', note: ' padded ', score: -0.25, flag: null },
    ];
    expect(toCsv(rows)).toBe(
      'id,note,score,flag\r\n' +
        'F-0001,plain,4.5,true\r\n' +
        'F-0002,"a, b",,false\r\n' +
        'F-0003,"say ""hi""\nbye",1e-7,\r\n' +
        'F-0004," padded ",-0.25,\r\n',
    );
  });

  it('takes columns in the order given, the union of keys by default, and LF or another delimiter', () => {
    const rows = [{ a: 1 }, { b: 2, a: 3 }];
    expect(toCsv(rows, { newline: '\n' })).toBe('a,b\n1,\n3,2\n');
    expect(toCsv(rows, { columns: ['b'], delimiter: ';', newline: '\n' })).toBe('b\n\n2\n');
    expect(toCsv([{ x: 'a;b' }], { delimiter: ';', newline: '\n' })).toBe('x\n"a;b"\n');
  });

  it('joins lists of plain values with "; " and writes other objects as JSON', () => {
    expect(
      toCsv([{ tools: ['mapping', 'scaling'], usage: { mapping: 'all' } }], { newline: '\n' }),
    ).toBe('tools,usage\nmapping; scaling,"{""mapping"":""all""}"\n');
  });

  it('writes just the header for no rows when columns are given, and nothing else otherwise', () => {
    expect(toCsv([], { columns: ['a', 'b'] })).toBe('a,b\r\n');
    expect(toCsv([])).toBe('\r\n');
  });

  it('does not touch its input', () => {
    const rows = Object.freeze([Object.freeze({ a: 1 })]);
    expect(toCsv(rows)).toBe('a\r\n1\r\n');
  });

  const text = fc
    .string({ unit: fc.constantFrom('a', 'Z', '7', ',', '"', '\n', ';', ' ', 'é', "'") })
    .filter((s) => s.trim() !== '' && s === s.trim());
  test.prop([
    fc.array(
      fc.record({
        name: text,
        count: fc.option(
          fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
        ),
      }),
      { maxLength: 15 },
    ),
    fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'),
  ])('readCsv reads back what toCsv writes', (rows, newline) => {
    const schema = z.object({ name: z.string(), count: z.number().nullable() });
    const back = readCsv(toCsv(rows, { newline, columns: ['name', 'count'] }), schema);
    expect(back.issues).toEqual([]);
    expect(back.rows).toEqual(rows);
  });

  it('throws on broken arguments, naming them', () => {
    expect(() => toCsv('rows' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: rows must be an array, got "rows"]`,
    );
    expect(() => toCsv([1] as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: rows[0] must be a plain object, got 1]`,
    );
    expect(() => toCsv([], { delimiter: '\n' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.delimiter must be one character other than a quote or line break, got "\\n"]`,
    );
    expect(() => toCsv([], { newline: '\r' as never })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.newline must be '\\r\\n' or '\\n', got "\\r"]`,
    );
  });
});
