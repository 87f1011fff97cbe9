import { describe, expect, it } from 'vitest';
import {
  LSNS_6,
  MEASURES,
  PEARLIN_MASTERY,
  scoreMany,
  scoreMeasure,
  SDQ_PARENT,
  validateMeasureResponses,
} from 'sos-eval/measures';

describe('scoreMeasure: bad data becomes issues', () => {
  it('counts an invalid code as missing and says why', () => {
    const s = scoreMeasure(LSNS_6, [3, 2, 6, 1.5, '1', undefined]);
    expect(s.answered).toBe(2);
    expect(s.missing).toBe(4);
    expect(s.issues.filter((i) => i.path.length === 1)).toEqual([
      { path: [2], code: 'out_of_range', message: 'item 3 must be from 0 to 5, got 6' },
      { path: [3], code: 'not_integer', message: 'item 4 must be a whole number, got 1.5' },
      { path: [4], code: 'invalid_type', message: 'item 5 must be a number, got "1"' },
      { path: [5], code: 'missing', message: 'item 6 is missing' },
    ]);
    expect(s.total).toBeNull();
  });

  it('reports a wrong length: short arrays miss items, extra codes are ignored', () => {
    const short = scoreMeasure(LSNS_6, [3, 2, 2]);
    expect(short.issues[0]).toEqual({
      path: [],
      code: 'wrong_length',
      message: 'lsns-6 has 6 items, got 3 responses',
    });
    expect(short.subscales).toEqual({ family: 7, friends: null });
    const long = scoreMeasure(LSNS_6, [3, 2, 2, 1, 1, 0, 5]);
    expect(long.total).toBe(9);
    expect(long.issues.map((i) => i.code)).toEqual(['wrong_length']);
  });

  it('reports non-array input', () => {
    const s = scoreMeasure(SDQ_PARENT, { 1: 2 });
    expect(s.issues[0]).toEqual({
      path: [],
      code: 'not_array',
      message: 'sdq-parent responses must be an array of 25 item codes, got object',
    });
    expect(s.total).toBeNull();
    expect(s.answered).toBe(0);
  });

  it('returns a frozen result and leaves frozen input alone', () => {
    const input = Object.freeze([3, 2, 2, 1, 1, 0]);
    const s = scoreMeasure(LSNS_6, input);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.subscales)).toBe(true);
    expect(s.totalScore).toBe('total');
  });
});

describe('scoreMeasure: broken arguments throw', () => {
  it('names the bad option', () => {
    expect(() => scoreMeasure(LSNS_6, [], 'x' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options must be an object, got "x"]`,
    );
    expect(() =>
      scoreMeasure(LSNS_6, [], { missing: { kind: 'prorate' } as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.missing must be a missing-item policy, got object]`,
    );
    expect(() =>
      scoreMeasure(LSNS_6, [], { missing: { kind: 'prorate', minAnswered: 4, rounding: 'none' } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.missing.minAnswered must be at most 3, got 4]`,
    );
    expect(() => scoreMeasure({ id: 'x' } as never, [])).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: definition.name: Invalid input: expected string, received undefined]`,
    );
  });
});

describe('scoreMany and validateMeasureResponses', () => {
  it('scores rows in order', () => {
    expect(
      scoreMany(PEARLIN_MASTERY, [Array(7).fill(4), Array(7).fill(1)]).map((s) => s.total),
    ).toEqual([13, 22]);
    expect(() => scoreMany(PEARLIN_MASTERY, 'rows' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: rows must be an array, got "rows"]`,
    );
  });

  it('validates responses to the same issues as scoring', () => {
    expect(validateMeasureResponses(LSNS_6, [3, 2, 2, 1, 1, 0])).toEqual([]);
    expect(validateMeasureResponses(LSNS_6, [3, 2, 2, 1, 1, -1])).toEqual([
      { path: [5], code: 'out_of_range', message: 'item 6 must be from 0 to 5, got -1' },
    ]);
    expect(validateMeasureResponses(SDQ_PARENT, 7)[0]!.code).toBe('not_array');
  });

  it('MEASURES names the built-ins by id', () => {
    expect(Object.keys(MEASURES)).toEqual([
      'lsns-6',
      'pearlin-mastery',
      'sdq-parent',
      'sdq-teacher',
      'sdq-self',
    ]);
    for (const [id, def] of Object.entries(MEASURES)) expect(def.id).toBe(id);
    expect(Object.isFrozen(MEASURES)).toBe(true);
  });
});
