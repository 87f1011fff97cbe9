import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCsv } from 'sos-eval/io';
import { IsoDateSchema } from 'sos-eval/models';

// Runs once per time zone (vitest.config.ts): the ISO strings must not move a day anywhere.
describe(`readCsv dates in TZ=${process.env.TZ ?? 'unset'}`, () => {
  const schema = z.object({ date: IsoDateSchema });

  it('gives the same calendar dates in every zone', () => {
    // Pacific/Apia skipped 30 December 2011; Sao Paulo had midnight DST starts (e.g. 2015-10-18).
    const text = 'Date\n30/12/2011\n18/10/2015\n29/02/2016\n1/1/2000\n31/12/1999\n';
    expect(readCsv(text, schema).rows.map((r) => r.date)).toEqual([
      '2011-12-30',
      '2015-10-18',
      '2016-02-29',
      '2000-01-01',
      '1999-12-31',
    ]);
  });

  it('reads z.iso.date() and z.date() columns to the same day in every zone', () => {
    const text = 'Date,When\n30/12/2011,30/12/2011\n18/10/2015,18/10/2015\n';
    const rows = readCsv(text, z.object({ date: z.iso.date(), when: z.date() })).rows;
    expect(rows.map((r) => [r.date, r.when.toISOString()])).toEqual([
      ['2011-12-30', '2011-12-30T00:00:00.000Z'],
      ['2015-10-18', '2015-10-18T00:00:00.000Z'],
    ]);
  });

  it('rejects 31/02/2015 in every zone', () => {
    expect(readCsv('Date\n31/02/2015\n', schema).issues.map((i) => i.code)).toEqual([
      'invalid_date',
    ]);
  });
});
