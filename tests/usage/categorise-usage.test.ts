import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { categoriseUsage } from 'sos-eval/usage';

describe('categoriseUsage', () => {
  it('reads all, some and none from the counts', () => {
    expect(categoriseUsage(1, 1)).toBe('all');
    expect(categoriseUsage(0, 1)).toBe('none');
    expect(categoriseUsage(1, 2)).toBe('some');
    expect(categoriseUsage(11, 12)).toBe('some');
  });

  test.prop([fc.integer({ min: 1, max: 1000 }), fc.nat(1000)])(
    'is all exactly at the caseload, none exactly at 0, some in between',
    (caseload, k) => {
      const usedWith = k % (caseload + 1);
      const level = categoriseUsage(usedWith, caseload);
      expect(level).toBe(usedWith === caseload ? 'all' : usedWith === 0 ? 'none' : 'some');
    },
  );

  it('throws, naming the argument, rather than guess', () => {
    expect(() => categoriseUsage(3, 2)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usedWith must not exceed caseload (2), got 3]`,
    );
    expect(() => categoriseUsage(0, 0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseload must be a whole number ≥ 1, got 0]`,
    );
    expect(() => categoriseUsage(-1, 4)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usedWith must be a whole number ≥ 0, got -1]`,
    );
    expect(() => categoriseUsage(1.5, 4)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usedWith must be a whole number ≥ 0, got 1.5]`,
    );
    expect(() => categoriseUsage(NaN, 4)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usedWith must be a whole number ≥ 0, got NaN]`,
    );
    expect(() => categoriseUsage(1, NaN)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseload must be a whole number ≥ 1, got NaN]`,
    );
    expect(() => categoriseUsage(1, 2.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseload must be a whole number ≥ 1, got 2.5]`,
    );
    expect(() => categoriseUsage('1' as never, 4)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: usedWith must be a number, got "1"]`,
    );
  });
});
