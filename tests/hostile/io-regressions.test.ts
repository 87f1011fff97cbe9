import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvPresets, readCsv, readCsvStream, type CsvRowResult } from 'sos-eval/io';
import { defineStudy } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';

// Issue 13: one regression test per class of hostile input that broke the CSV readers.

const presets = csvPresets(SOS_2017);

async function streamed<T>(text: string, schema: z.ZodType<T>, options?: object) {
  const all: CsvRowResult<T>[] = [];
  for await (const item of readCsvStream([text], schema, options)) all.push(item);
  return all;
}

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

describe('headers naming Object.prototype members', () => {
  it.each(['Constructor', 'constructor', 'CONSTRUCTOR', 'toString', '__proto__', 'valueOf'])(
    'a preset reports %s as an unknown column instead of throwing',
    async (header) => {
      const text = `Family ID,Local authority,Cohort,Referral date,Previous referrals,Previous concerns,Current concerns,${header}\nF-0001,Bristol,Cohort 1,14/04/2015,0,,Neglect,x\n`;
      const read = readCsv(text, SOS_2017.schemas.family, presets.family);
      expect(read.rows).toHaveLength(1);
      expect(read.issues.map((i) => [i.column, i.code])).toEqual([[header, 'unknown_column']]);
      const items = await streamed(text, SOS_2017.schemas.family, presets.family);
      expect(items.flatMap((i) => i.issues)).toEqual(read.issues);
    },
  );

  it.each(['toString', '__proto__', 'valueOf', 'constructor', 'hasOwnProperty'])(
    'a columns table does not look %s up on Object.prototype',
    (header) => {
      const schema = z.object({ a: z.string() });
      const read = readCsv(`a,${header}\nx,y\n`, schema, { columns: { A: 'a' } });
      expect(read.rows).toEqual([{ a: 'x' }]);
      expect(read.issues.map((i) => [i.column, i.code])).toEqual([[header, 'unknown_column']]);
    },
  );

  it('a columns function mapping through constructor.prototype sets nothing on Object.prototype', () => {
    const before = protoNames();
    const leaf = z.record(z.string(), z.string());
    const schema = z.object({
      id: z.string(),
      x: z.record(z.string(), z.record(z.string(), leaf)).optional(),
    });
    for (const path of [
      'x.constructor.prototype.polluted',
      ['x', 'constructor', 'prototype', 'polluted'],
      ['x', '__proto__', 'polluted', 'deep'],
      'x.a.__proto__.polluted',
    ]) {
      const read = readCsv('id,evil\nF-1,yes\n', schema, {
        columns: (h) => (h === 'evil' ? path : undefined),
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(read.rows).toEqual([{ id: 'F-1' }]);
      expect(read.issues).toHaveLength(1);
      expect(read.issues[0]).toMatchObject({ row: 1, column: 'evil', code: 'unknown_column' });
    }
    expect(protoNames()).toBe(before);
  });

  it('a columns function returning something other than a path is an issue, not a throw', () => {
    const schema = z.object({ a: z.string() });
    const read = readCsv('a,b\nx,y\n', schema, {
      columns: (h) => (h === 'b' ? (42 as never) : undefined),
    });
    expect(read.rows).toEqual([{ a: 'x' }]);
    expect(read.issues.map((i) => [i.column, i.code])).toEqual([['b', 'unknown_column']]);
  });

  it('a study whose scorer is called constructor still gets presets that read', () => {
    const study = defineStudy({
      id: 's',
      title: 'S',
      pilots: [{ id: 'p', name: 'P' }],
      cohorts: [{ id: 'c', label: 'C', referrals: { start: '2020-01-01', end: '2020-12-31' } }],
      waves: [
        { id: 'w1', label: 'W1' },
        { id: 'w2', label: 'W2' },
      ],
      tools: [{ id: 't', name: 'T' }],
      scorers: ['constructor', 'worker'],
    });
    const text =
      'Family ID,Audit date,Tools evidenced,Judgement 1 date,Judgement 1 scored by,Judgement 1 score\nF-0001,01/02/2020,T,01/02/2020,constructor,4\n';
    const read = readCsv(text, study.schemas.caseRecord, csvPresets(study).caseRecord);
    expect(read.issues).toEqual([]);
    expect(read.rows[0]!.judgements[0]!.scoredBy).toBe('constructor');
  });
});

describe('item and goal numbers in headers', () => {
  const head = 'Family ID,Wave,Interview date,Worker changes,Agency worker,Still allocated,Feeling';
  const row = 'F-0001,Time 1,01/06/2015,0,No,Yes,Positive';

  it.each([
    ['LSNS-6 item 50000000', 'item'],
    ['Goal 4294967297 score', 'goal'],
    ['Goal 1001 weight', 'goal'],
  ])('%s is reported as a column out of range, not used as an index', (header) => {
    const text = `${head},${header}\n${row},3\n`;
    const read = readCsv(text, SOS_2017.schemas.familyInterview, presets.familyInterview);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ row: 1, column: header, code: 'index_out_of_range' });
    expect(read.rows).toHaveLength(1);
  });

  it('a measure that declares its item count bounds its item numbers', () => {
    const study = defineStudy({
      id: 's',
      title: 'S',
      pilots: [{ id: 'p', name: 'P' }],
      cohorts: [{ id: 'c', label: 'C', referrals: { start: '2020-01-01', end: '2020-12-31' } }],
      waves: [
        { id: 'w1', label: 'W1' },
        { id: 'w2', label: 'W2' },
      ],
      tools: [{ id: 't', name: 'T' }],
      measures: [{ id: 'two', items: { count: 2, min: 0, max: 3 } }],
    });
    const text = `${head.replace('Worker changes,', 'Worker changes,two item 1,two item 2,two item 3,')}\nF-0001,W1,01/06/2020,0,1,2,3,No,Yes,Positive\n`;
    const read = readCsv(text, study.schemas.familyInterview, csvPresets(study).familyInterview);
    expect(read.issues.map((i) => [i.column, i.code])).toEqual([
      ['two item 3', 'index_out_of_range'],
    ]);
    expect(read.rows[0]!.measures).toEqual({ two: [1, 2] });
  });

  it('an index from a columns function must be a whole number no bigger than the cap', () => {
    const schema = z.object({ id: z.string(), xs: z.array(z.number()).optional() });
    for (const index of [-1, 1.5, Number.NaN, 2 ** 32, 5e7]) {
      const read = readCsv('id,x\nF,1\n', schema, {
        columns: (h) => (h === 'x' ? ['xs', index] : undefined),
      });
      expect(read.issues.map((i) => i.code)).toEqual([
        index >= 0 && Number.isInteger(index) ? 'index_out_of_range' : 'unknown_column',
      ]);
      expect(read.rows).toEqual([{ id: 'F' }]);
    }
  });
});

describe('options.maxItems', () => {
  const schema = z.object({
    id: z.string(),
    goals: z.array(z.object({ score: z.number() })).optional(),
  });
  const columns = { G1: 'goals.0.score', G2: 'goals.1.score', G3: 'goals.2.score' };

  it('lowers the cap for the lists it names (patterns as in values)', () => {
    const read = readCsv('id,G1,G2,G3\nF,1,2,3\n', schema, { columns, maxItems: { goals: 2 } });
    expect(read.issues.map((i) => [i.column, i.code])).toEqual([['G3', 'index_out_of_range']]);
    expect(read.issues[0]!.message).toBe(
      '"G3" names item 3 of goals, which has at most 2; its values are ignored',
    );
    expect(read.rows).toEqual([{ id: 'F', goals: [{ score: 1 }, { score: 2 }] }]);
  });

  it('throws for a broken maxItems, naming it', () => {
    expect(() =>
      readCsv('id\nF\n', schema, { maxItems: { goals: -1 } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.maxItems["goals"] must be a whole number from 0, got -1]`,
    );
    expect(() => readCsv('id\nF\n', schema, { maxItems: [] as never })).toThrow(TypeError);
  });
});

describe('wide input', () => {
  it('a row of 300,000 cells beyond the header reports them without overflowing the stack', () => {
    const schema = z.object({ a: z.string() });
    const text = `a\nx${',y'.repeat(300_000)}\n`;
    const read = readCsv(text, schema);
    expect(read.rejected).toBe(1);
    expect(read.issues).toHaveLength(300_000);
  });
});

describe('quoting', () => {
  it('an unterminated quote in the header row is reported as such', async () => {
    const schema = z.object({ a: z.string(), b: z.string() });
    const text = 'a,"b\nx,y\n';
    const read = readCsv(text, schema);
    expect(read.issues[0]).toMatchObject({ row: 1, code: 'unterminated_quote' });
    expect(read.rows).toEqual([]);
    const items = await streamed(text, schema);
    expect(items.flatMap((i) => i.issues)).toEqual(read.issues);
  });
});
