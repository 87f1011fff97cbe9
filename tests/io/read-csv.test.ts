import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvPresets, readCsv } from 'sos-eval/io';
import { IsoDateSchema } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';

const person = z.object({
  workerId: z.string(),
  born: IsoDateSchema.nullable(),
  days: z.number().nullable(),
  agency: z.boolean().nullable(),
});

describe('readCsv headers', () => {
  it('matches headers to fields ignoring case, spaces and punctuation', () => {
    for (const header of ['Worker ID', 'worker_id', 'WORKERID', 'workerId', ' Worker-Id ']) {
      const { rows, issues } = readCsv(`${header},Born,Days,Agency\nSW-0001,,,\n`, person);
      expect(issues).toEqual([]);
      expect(rows).toEqual([{ workerId: 'SW-0001', born: null, days: null, agency: null }]);
    }
  });

  it('maps headers through a columns table or function, and skips ignored ones quietly', () => {
    const text = 'SW ref,DOB,Days,Agency,Notes\nSW-0001,01/02/1980,3,N,"anything, at all"\n';
    const table = readCsv(text, person, {
      columns: { 'SW ref': 'workerId', dob: 'born' },
      ignore: ['Notes'],
    });
    const fn = readCsv(text, person, {
      columns: (h) => ({ 'SW ref': 'workerId', DOB: 'born' })[h],
      ignore: ['Notes'],
    });
    const expected = [{ workerId: 'SW-0001', born: '1980-02-01', days: 3, agency: false }];
    expect(table).toEqual({ rows: expected, rowNumbers: [2], issues: [], rejected: 0 });
    expect(fn).toEqual(table);
  });

  it('reports a header the schema does not know, once, on row 1, and keeps reading', () => {
    const { rows, issues } = readCsv(
      'Worker ID,Born,Days,Agency,Shoe size\nA,,,,9\nB,,,,10\n',
      person,
    );
    expect(rows.map((r) => r.workerId)).toEqual(['A', 'B']);
    expect(issues).toEqual([
      {
        row: 1,
        column: 'Shoe size',
        code: 'unknown_column',
        message: '"Shoe size" is not a field of this record; its values are ignored',
      },
    ]);
  });

  it('reports two headers filling one field as a duplicate', () => {
    const { issues } = readCsv('Worker ID,workerId,Born,Days,Agency\nA,B,,,\n', person);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [1, 'workerId', 'duplicate_header'],
    ]);
    expect(issues[0]!.message).toMatchInlineSnapshot(
      `""workerId" fills workerId, as "Worker ID" already does; the values in column 2 are ignored"`,
    );
  });

  it('reports a missing required column once, and the missing value on every row', () => {
    const { rows, issues } = readCsv('Born,Days,Agency\n,1,\n,2,\n', person);
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [1, null, 'missing_column'],
      [2, null, 'missing_value'],
      [3, null, 'missing_value'],
    ]);
    expect(issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "no column fills workerId, which every row needs",
        "workerId: no value (no column fills it)",
        "workerId: no value (no column fills it)",
      ]
    `);
  });

  it('reports an empty file', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n', ',,,\n']) {
      expect(readCsv(text, person)).toEqual({
        rows: [],
        rowNumbers: [],
        rejected: 0,
        issues: [
          { row: 1, column: null, code: 'empty_file', message: 'the file has no header row' },
        ],
      });
    }
  });
});

describe('readCsv cells', () => {
  const read = (cells: string, options = {}) =>
    readCsv(`Worker ID,Born,Days,Agency\n${cells}\n`, person, options);

  it('reads dd/mm/yyyy, d/m/yyyy and ISO dates by default', () => {
    expect(read('A,1/2/1980,,').rows[0]!.born).toBe('1980-02-01');
    expect(read('A,01/02/1980,,').rows[0]!.born).toBe('1980-02-01');
    expect(read('A,1980-02-01,,').rows[0]!.born).toBe('1980-02-01');
    expect(read('A,29/02/2016,,').rows[0]!.born).toBe('2016-02-29');
  });

  it('reads US and ISO-only formats when asked', () => {
    expect(read('A,1/2/1980,,', { dateFormat: 'MM/dd/yyyy' }).rows[0]!.born).toBe('1980-01-02');
    expect(read('A,01.02.1980,,', { dateFormat: 'dd.MM.yyyy' }).rows[0]!.born).toBe('1980-02-01');
    expect(read('A,01/02/1980,,', { dateFormat: 'iso' }).issues[0]!.code).toBe('invalid_date');
  });

  it('turns impossible dates and two-digit years into issues, never dates', () => {
    for (const cell of [
      '31/02/2015',
      '29/02/2015',
      '00/01/2015',
      '01/13/2015',
      '01/02/15',
      '2015-2-1',
      'soon',
    ]) {
      const { rows, issues } = read(`A,${cell},,`);
      expect(rows).toEqual([]);
      expect(issues).toEqual([
        {
          row: 2,
          column: 'Born',
          code: 'invalid_date',
          message: `Born: ${JSON.stringify(cell)} is not a real date written dd/mm/yyyy`,
        },
      ]);
    }
  });

  it('reads yes/no, y/n and true/false in any case', () => {
    const yes = ['Yes', 'Y', 'TRUE', 'true', 'y'].map((c) => read(`A,,,${c}`).rows[0]!.agency);
    const no = ['No', 'N', 'FALSE', 'false', 'n'].map((c) => read(`A,,,${c}`).rows[0]!.agency);
    expect(yes).toEqual([true, true, true, true, true]);
    expect(no).toEqual([false, false, false, false, false]);
    expect(read('A,,,Sometimes').issues[0]).toMatchObject({
      column: 'Agency',
      code: 'invalid_boolean',
    });
  });

  it('reads numbers (trimmed) and reports text, thousands commas and units', () => {
    expect(read('A,," 4.5 ",').rows[0]!.days).toBe(4.5);
    expect(read('A,,-2,').rows[0]!.days).toBe(-2);
    for (const cell of ['five', '"1,000"', '5 days', '"4,5"']) {
      expect(read(`A,,${cell},`).issues.map((i) => i.code)).toEqual(['invalid_number']);
    }
  });

  it('reads an empty or blank cell as missing', () => {
    expect(read('A,  ,"",').rows[0]).toEqual({
      workerId: 'A',
      born: null,
      days: null,
      agency: null,
    });
    expect(read(',,,X').issues).toEqual([
      {
        row: 2,
        column: 'Agency',
        code: 'invalid_boolean',
        message: 'Agency: "X" is not yes/no, y/n or true/false',
      },
      { row: 2, column: 'Worker ID', code: 'missing_value', message: 'Worker ID: is empty' },
    ]);
  });

  it('reads a semicolon- or tab-delimited file when told', () => {
    const text = 'Worker ID;Born;Days;Agency\nA;;1,5;\n';
    expect(readCsv(text, person, { delimiter: ';' }).issues.map((i) => i.code)).toEqual([
      'invalid_number',
    ]);
    expect(
      readCsv('Worker ID\tBorn\tDays\tAgency\nA\t\t3\tY\n', person, { delimiter: '\t' }).rows,
    ).toEqual([{ workerId: 'A', born: null, days: 3, agency: true }]);
  });
});

describe('readCsv rows', () => {
  it('counts rows as a spreadsheet does: a quoted line break stays in its row, blank rows count', () => {
    const text = 'Worker ID,Born,Days,Agency\n"A\nstill A",,,\n\nC,,x,\n';
    const { rows, rowNumbers, issues } = readCsv(text, person);
    expect(rows.map((r) => r.workerId)).toEqual(['A\nstill A']);
    expect(rowNumbers).toEqual([2]);
    // Header 1, the two-line row 2, the blank row 3, C on row 4.
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([[4, 'Days', 'invalid_number']]);
  });

  it('turns CRLF inside a quoted cell into LF, and reads doubled quotes', () => {
    const { rows } = readCsv('Worker ID,Born,Days,Agency\r\n"say ""hi""\r\nthere",,,\r\n', person);
    expect(rows[0]!.workerId).toBe('say "hi"\nthere');
  });

  it('reports a value in a column with no header or beyond the header', () => {
    const { rows, issues } = readCsv(
      'Worker ID,Born,Days,Agency,\nA,,,,x\nB,,,,,y\nC,,,,,\n',
      person,
    );
    expect(rows.map((r) => r.workerId)).toEqual(['C']);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, null, 'extra_field'],
      [3, null, 'extra_field'],
    ]);
    expect(issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "cell 5 ("x") is in a column with no header",
        "cell 6 ("y") is beyond the 5 columns of the header",
      ]
    `);
  });

  it('reports broken quoting instead of guessing', () => {
    // The stray quote after A runs the cell on to B's closing quote, so B is read into row 2.
    const stray = readCsv('Worker ID,Born,Days,Agency\n"A"x,,,\n"B",,,\nC,,,\n', person);
    expect(stray.rows.map((r) => r.workerId)).toEqual(['C']);
    expect(stray.issues.map((i) => [i.row, i.code])).toEqual([[2, 'malformed_quotes']]);
    const open = readCsv('Worker ID,Born,Days,Agency\nA,,,\n"B,,,\nC,,,\n', person);
    expect(open.rows.map((r) => r.workerId)).toEqual(['A']);
    expect(open.issues.map((i) => [i.row, i.code])).toEqual([[3, 'unterminated_quote']]);
    expect([...stray.issues, ...open.issues].map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "row 2: a quoted cell has text after its closing quote (a quote inside a cell must be doubled)",
        "row 3: a quoted cell is never closed, so the rest of the file was read into it",
      ]
    `);
  });

  test.prop([
    fc.array(
      fc.record({
        id: fc.constantFrom('SW-0001', '', 'x y'),
        days: fc.constantFrom('1', '', 'two', '99'),
        agency: fc.constantFrom('Y', 'N', '', 'maybe'),
      }),
      { maxLength: 20 },
    ),
  ])('every data row is either kept or has an issue, and kept rows are valid', (rows) => {
    const schema = z.object({
      workerId: z.string().regex(/^\S+$/),
      days: z.number().max(60).nullable(),
      agency: z.boolean().nullable(),
    });
    const text = [
      'Worker ID,Days,Agency',
      ...rows.map((r) => `${r.id},${r.days},${r.agency}`),
    ].join('\r\n');
    const result = readCsv(text, schema);
    const withIssue = new Set(result.issues.map((i) => i.row));
    rows.forEach((r, i) => {
      const n = i + 2;
      // A row of empty cells is a blank row, not data: neither kept nor reported.
      const blank = r.id === '' && r.days === '' && r.agency === '';
      expect([result.rowNumbers.includes(n), withIssue.has(n)]).toEqual(
        blank ? [false, false] : [!withIssue.has(n), withIssue.has(n)],
      );
    });
    const blanks = rows.filter((r) => r.id === '' && r.days === '' && r.agency === '').length;
    expect(result.rejected).toBe(rows.length - blanks - result.rows.length);
    for (const row of result.rows) expect(schema.safeParse(row).success).toBe(true);
  });

  it('never mutates the options, and the presets are frozen', () => {
    const preset = csvPresets(SOS_2017).workerSurveyResponse;
    const options = Object.freeze({ ...preset, ignore: Object.freeze(['Notes']) });
    readCsv('Worker ID\nSW-0001\n', SOS_2017.schemas.workerSurveyResponse, options);
    expect(Object.isFrozen(preset)).toBe(true);
    expect(Object.isFrozen(preset.choices)).toBe(true);
    expect(Object.isFrozen(preset.values)).toBe(true);
  });
});

describe('readCsv arguments', () => {
  it('throws on broken arguments, naming them', () => {
    expect(() => readCsv(42 as never, person)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: text must be a string, got 42]`,
    );
    expect(() => readCsv('a', z.array(z.string()) as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: schema must be a zod object schema, such as study.schemas.family, got object]`,
    );
    expect(() =>
      readCsv('a', person, { dateFormat: 'yyyy/dd/MM' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.dateFormat must be one of 'iso', 'dd/MM/yyyy', 'MM/dd/yyyy', 'dd-MM-yyyy', 'dd.MM.yyyy', got "yyyy/dd/MM"]`,
    );
    expect(() => readCsv('a', person, { delimiter: '"' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.delimiter must be one character other than a quote or line break, got "\\""]`,
    );
    expect(() => readCsv('a', person, { delimiter: ',,' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.delimiter must be one character other than a quote or line break, got ",,"]`,
    );
    expect(() => readCsv('a', person, { columns: 3 as never })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.columns must be an object or a function, got 3]`,
    );
    expect(() => readCsv('a', person, 'x' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options must be an object, got "x"]`,
    );
  });
});

describe('readCsv date columns, however the schema declares them', () => {
  const day = (schema: z.ZodType, cell = '14/04/2015') =>
    readCsv(`Day\n${cell}\n`, z.object({ day: schema })).rows[0]?.day;

  it('reads IsoDateSchema and zod 4 z.iso.date(), bare or wrapped', () => {
    for (const schema of [
      IsoDateSchema,
      IsoDateSchema.nullable(),
      IsoDateSchema.optional(),
      IsoDateSchema.refine((d) => d > '2000-01-01'),
      IsoDateSchema.describe('day of referral'),
      IsoDateSchema.meta({ title: 'Day' }),
      z.iso.date(),
      z.iso.date().nullable(),
      z.iso.date().optional().nullable(),
      z.iso.date().default('2015-01-01'),
      z.iso.date().readonly(),
      z.iso.date().transform((d) => d),
      z.iso.date().pipe(z.string()),
      z.lazy(() => z.iso.date()),
      z.string().date(),
    ] as z.ZodType[]) {
      expect(day(schema)).toBe('2015-04-14');
    }
  });

  it('reports an impossible date in any of them, and leaves a plain string alone', () => {
    for (const schema of [IsoDateSchema.nullable(), z.iso.date(), z.iso.date().optional()]) {
      expect(readCsv('Day\n31/02/2015\n', z.object({ day: schema })).issues).toEqual([
        {
          row: 2,
          column: 'Day',
          code: 'invalid_date',
          message: 'Day: "31/02/2015" is not a real date written dd/mm/yyyy',
        },
      ]);
    }
    expect(day(z.string())).toBe('14/04/2015');
  });

  it('reads dates inside lists and records', () => {
    const schema = z.object({
      visits: z.array(z.iso.date()),
      due: z.record(z.string(), IsoDateSchema.nullable()),
    });
    const { rows, issues } = readCsv('Visits,Due\n"1/2/2016; 2016-03-04",5/6/2016\n', schema, {
      columns: { Due: 'due.review' },
    });
    expect(issues).toEqual([]);
    expect(rows).toEqual([{ visits: ['2016-02-01', '2016-03-04'], due: { review: '2016-06-05' } }]);
  });

  it('gives a z.date() column the day at midnight UTC, also as the last item of a list', () => {
    const value = day(z.date().nullable());
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe('2015-04-14T00:00:00.000Z');
    const { rows } = readCsv(
      'Visit 1,Visit 2\n01/02/2016,03/04/2016\n',
      z.object({ visits: z.array(z.coerce.date()) }),
      { columns: (h) => `visits.${Number(h.slice(-1)) - 1}` },
    );
    expect(rows[0]!.visits.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2016-02-01',
      '2016-04-03',
    ]);
  });
});

describe('readCsv choices and keys', () => {
  const schema = z.object({
    site: z.string(),
    usage: z.record(z.string(), z.string().nullable()),
    tools: z.array(z.string()),
  });

  it('reads a choice by value, name, or either ignoring case and punctuation', () => {
    const options = {
      choices: {
        site: { 'west-sussex': ['West Sussex'], t1: ['Team one'] },
        'usage.*': ['all', 'some', 'none'],
        tools: { mapping: ['Safety mapping'], 'three-houses': [] },
      },
      columns: { Mapping: 'usage.mapping' },
    };
    const text = [
      'Site,Mapping,Tools',
      'West Sussex,All,"Safety mapping; Three Houses"',
      'WEST_SUSSEX,some,',
      'team one,none,mapping',
      'T 1,,',
      'Kent,often,Genogram',
    ].join('\n');
    const { rows, issues } = readCsv(text, schema, options);
    expect(rows.map((r) => [r.site, r.usage.mapping, r.tools])).toEqual([
      ['west-sussex', 'all', ['mapping', 'three-houses']],
      ['west-sussex', 'some', []],
      ['t1', 'none', ['mapping']],
      ['t1', null, []],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'Site: "Kent" is not one of west-sussex, t1',
      'Mapping: "often" is not one of all, some, none',
      'Tools: "Genogram" is not one of mapping, three-houses',
    ]);
  });

  it('tries the values (ignoring case) before any name, so a name never hides a value', () => {
    const options = { choices: { site: { a: ['B', 'Alpha'], b: ['A'] } } };
    const { rows } = readCsv(
      'Site,Tools\na,\nB,\nA,\nb,\nalpha,\n',
      schema.omit({ usage: true }),
      options,
    );
    expect(rows.map((r) => r.site)).toEqual(['a', 'b', 'a', 'b', 'a']);
  });

  it('reports a column for a record key the options do not allow, once, on the header', () => {
    const { rows, issues } = readCsv(
      'Site,Usage mapping,Usage genogram,Tools\nx,all,all,\n',
      schema,
      {
        columns: { 'Usage mapping': 'usage.mapping', 'Usage genogram': 'usage.genogram' },
        keys: { usage: ['mapping', 'three-houses'] },
      },
    );
    expect(rows).toEqual([{ site: 'x', usage: { mapping: 'all' }, tools: [] }]);
    expect(issues).toEqual([
      {
        row: 1,
        column: 'Usage genogram',
        code: 'unknown_column',
        message:
          '"Usage genogram" is not a known column: "genogram" is not a key of usage (known: mapping, three-houses); its values are ignored',
      },
    ]);
  });

  it('throws on broken choices and keys, naming them', () => {
    expect(() => readCsv('a', schema, { choices: [] as never })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.choices must be an object keyed by field path, got an array of length 0]`,
    );
    expect(() =>
      readCsv('a', schema, { choices: { site: [1] as never } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.choices["site"] must list strings, got an array of length 1]`,
    );
    expect(() =>
      readCsv('a', schema, { choices: { site: { a: 'A' as never } } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.choices["site"]["a"] must be an array of spellings, got "A"]`,
    );
    expect(() =>
      readCsv('a', schema, { keys: { usage: 'mapping' as never } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.keys["usage"] must be an array of strings, got "mapping"]`,
    );
  });
});
