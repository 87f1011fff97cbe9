import { describe, expect, it } from 'vitest';
import {
  assertMatchesExpected,
  compareToExpected,
  ExpectedSyntaxError,
  parseExpected,
} from './expected.js';

const ok = (actual: unknown, expected: string): string[] =>
  compareToExpected(actual, parseExpected(expected));

describe('//=> numbers match to the precision written', () => {
  it('rounds the actual value to the decimals of the literal', () => {
    expect(ok(0.32489, '0.3249')).toEqual([]);
    expect(ok(0.32494, '0.3249')).toEqual([]);
    expect(ok(0.32489, '0.3248')).toHaveLength(1);
    expect(ok(0.32496, '0.3249')).toHaveLength(1);
    expect(ok(-1.25, '-1.3')).toEqual([]);
    expect(ok(-1.36, '-1.3')).toHaveLength(1);
  });

  it('keeps trailing zeros as precision', () => {
    expect(ok(12.5, '12.50')).toEqual([]);
    expect(ok(12.504, '12.50')).toEqual([]);
    expect(ok(12.51, '12.50')).toHaveLength(1);
  });

  it('demands an exact integer for an integer literal', () => {
    expect(ok(3, '3')).toEqual([]);
    expect(ok(3.0000001, '3')).toEqual([expect.stringContaining('expected exactly 3')]);
    expect(ok(-2, '-2')).toEqual([]);
    expect(ok(2, '-2')).toHaveLength(1);
  });

  it('compares exponent forms to the written significant digits', () => {
    expect(ok(1.23e-20, '1.2e-20')).toEqual([]);
    expect(ok(1.16e-20, '1.2e-20')).toEqual([]);
    expect(ok(1.26e-20, '1.2e-20')).toHaveLength(1);
    expect(ok(1.2e-21, '1.2e-20')).toHaveLength(1);
    expect(ok(3.14159e5, '3.1416E+5')).toEqual([]);
    expect(ok(2.4e-7, '2e-7')).toEqual([]);
    expect(ok(2.6e-7, '2e-7')).toHaveLength(1);
  });

  it('accepts a value on the rounding boundary either way, but nothing beyond it', () => {
    expect(ok(0.125, '0.13')).toEqual([]);
    expect(ok(0.125, '0.12')).toEqual([]);
    expect(ok(0.1251, '0.12')).toHaveLength(1);
  });

  it('handles NaN, Infinity and non-numbers', () => {
    expect(ok(NaN, 'NaN')).toEqual([]);
    expect(ok(0, 'NaN')).toHaveLength(1);
    expect(ok(Infinity, 'Infinity')).toEqual([]);
    expect(ok(-Infinity, '-Infinity')).toEqual([]);
    expect(ok(Infinity, '-Infinity')).toHaveLength(1);
    expect(ok(Infinity, '1.5')).toHaveLength(1);
    expect(ok('0.5', '0.5')).toEqual([expect.stringContaining('expected the number 0.5')]);
  });
});

describe('//=> other literals', () => {
  it('compares strings, booleans, null and undefined exactly', () => {
    expect(ok('two.sided', "'two.sided'")).toEqual([]);
    expect(ok('two.sided', '"two.sided"')).toEqual([]);
    expect(ok('less', "'two.sided'")).toHaveLength(1);
    expect(ok('a\nb', '`a\nb`')).toEqual([]);
    expect(ok(true, 'true')).toEqual([]);
    expect(ok(1, 'true')).toHaveLength(1);
    expect(ok(null, 'null')).toEqual([]);
    expect(ok(undefined, 'null')).toHaveLength(1);
    expect(ok(undefined, 'undefined')).toEqual([]);
  });

  it('recurses into arrays, applying each number its own precision', () => {
    expect(ok([0.32489, 2, 'x'], "[0.3249, 2, 'x']")).toEqual([]);
    expect(ok([0.32489, 2], '[0.3249, 2, 3]')).toHaveLength(1);
    expect(ok([0.32489, 2.5], '[0.3249, 2]')).toEqual([
      expect.stringMatching(/^\[1\]: got 2\.5, expected exactly 2/),
    ]);
    expect(ok({ 0: 1 }, '[1]')).toHaveLength(1);
  });

  it('recurses into objects, naming the path of each mismatch', () => {
    const actual = { mean: 5.2381, sd: 1.1, n: 21, rows: [{ tool: 'map', share: 0.3333 }] };
    expect(
      ok(actual, "{ mean: 5.24, sd: 1.1, n: 21, rows: [{ tool: 'map', share: 0.33 }] }"),
    ).toEqual([]);
    expect(
      ok(actual, "{ mean: 5.23, sd: 1.1, n: 21, rows: [{ tool: 'map', share: 0.34 }] }"),
    ).toEqual([
      expect.stringMatching(/^mean: got 5\.2381/),
      expect.stringMatching(/^rows\[0\]\.share: /),
    ]);
  });

  it('treats missing and extra keys as toEqual does', () => {
    expect(ok({ a: 1, b: undefined }, '{ a: 1 }')).toEqual([]);
    expect(ok({ a: 1 }, '{ a: 1, b: undefined }')).toEqual([]);
    expect(ok({ a: 1, c: 2 }, '{ a: 1 }')).toEqual([
      expect.stringContaining('unexpected key(s) c'),
    ]);
    expect(ok({}, '{ a: 1 }')).toEqual(['a: missing']);
    expect(ok({ 'p-value': 0.05 }, "{ 'p-value': 0.050 }")).toEqual([]);
    expect(ok(null, '{ a: 1 }')).toHaveLength(1);
    expect(ok([1], '{ 0: 1 }')).toHaveLength(1);
  });

  it('accepts frozen and class-made objects by their own keys', () => {
    expect(ok(Object.freeze({ statistic: 4.5 }), '{ statistic: 4.50 }')).toEqual([]);
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    expect(ok(new Point(1, 2), '{ x: 1, y: 2 }')).toEqual([]);
  });
});

describe('//=> syntax', () => {
  it('rejects anything that is not a literal', () => {
    for (const bad of [
      'foo(1)',
      'x',
      '1 + 2',
      '[...xs]',
      '{ [k]: 1 }',
      '{ a }',
      '1, 2',
      '',
      '{ a: 1',
    ]) {
      expect(() => parseExpected(bad), bad).toThrow(ExpectedSyntaxError);
    }
  });

  it('allows trailing commas, parentheses and numeric separators', () => {
    expect(ok([1, 2], '[1, 2,]')).toEqual([]);
    expect(ok({ a: 1 }, '({ a: 1, })')).toEqual([]);
    expect(ok(1000000, '1_000_000')).toEqual([]);
    expect(ok(255, '0xff')).toEqual([]);
  });

  it('assertMatchesExpected throws a message with the location and every mismatch', () => {
    expect(() =>
      assertMatchesExpected({ a: 0.32489, b: 'x' }, "{ a: 0.3249, b: 'x' }"),
    ).not.toThrow();
    expect(() =>
      assertMatchesExpected({ a: 0.32489, b: 'y' }, "{ a: 0.3248, b: 'x' }", 'src/x.ts:3: f()'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: src/x.ts:3: f()
      //=> { a: 0.3248, b: 'x' }
        a: got 0.32489, expected 0.3248 (to ±0.00005)
        b: got "y", expected 'x']
    `);
  });
});
