// isIsoDate reads dates from character codes (readers check millions of them); IsoDateSchema is
// zod's z.iso.date(). They must give the same answer on every string.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isIsoDate, IsoDateSchema } from 'sos-eval/models';

const digit = fc.constantFrom(...'0123456789');
const near = fc.oneof(digit, fc.constantFrom('-', '/', ' ', 'a', '٣', '\u0000'));
// Strings shaped like dates, often a character off, so both sides of every rule are reached.
const dateLike = fc
  .tuple(
    fc.array(near, { minLength: 4, maxLength: 4 }),
    fc.constantFrom('-', '/', ''),
    fc.integer({ min: 0, max: 14 }),
    fc.constantFrom('-', '_'),
    fc.integer({ min: 0, max: 33 }),
    fc.constantFrom('', ' ', 'Z', '0'),
  )
  .map(
    ([y, s1, m, s2, d, tail]) =>
      `${y.join('')}${s1}${String(m).padStart(2, '0')}${s2}${String(d).padStart(2, '0')}${tail}`,
  );

describe('isIsoDate agrees with zod’s z.iso.date()', () => {
  test.prop([fc.oneof(dateLike, fc.string({ maxLength: 12 }))], { numRuns: 5000 })(
    'on date-shaped and random strings',
    (text) => {
      expect(isIsoDate(text)).toBe(IsoDateSchema.safeParse(text).success);
    },
  );

  it('on every day of four centuries, leap days included', () => {
    // 1600 and 2000 are leap years, 1700, 1800 and 1900 are not; 0000 is (divisible by 400).
    for (const year of ['0000', '1600', '1700', '1800', '1900', '2000', '2023', '2024', '9999']) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isIsoDate(text), text).toBe(IsoDateSchema.safeParse(text).success);
        }
      }
    }
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('is false for what is not a string', () => {
    for (const value of [null, undefined, 20240101, new Date(0), ['2024-01-01']]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});
