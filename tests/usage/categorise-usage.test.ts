import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defineStudy } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { categoriseUsage } from 'sos-eval/usage';
import { studyArb } from '../_support/study-arbitrary.js';
import { FIVE_LEVELS } from './five-level-study.js';

const study = SOS_2017;

describe('categoriseUsage', () => {
  it('reads all, some and none from the counts', () => {
    expect(categoriseUsage(1, 1, { study })).toBe('all');
    expect(categoriseUsage(0, 1, { study })).toBe('none');
    expect(categoriseUsage(1, 2, { study })).toBe('some');
    expect(categoriseUsage(11, 12, { study })).toBe('some');
  });

  test.prop([fc.integer({ min: 1, max: 1000 }), fc.nat(1000)])(
    'is all exactly at the caseload, none exactly at 0, some in between',
    (caseload, k) => {
      const usedWith = k % (caseload + 1);
      const level = categoriseUsage(usedWith, caseload, { study });
      expect(level).toBe(usedWith === caseload ? 'all' : usedWith === 0 ? 'none' : 'some');
    },
  );

  it('divides the levels between always and never where the cuts say', () => {
    const cuts = [0.75, 0.25]; // often ≥ 75%, sometimes ≥ 25%, rarely below
    const level = (usedWith: number) => categoriseUsage(usedWith, 8, { study: FIVE_LEVELS, cuts });
    // 8/8 always; 6/8 = 0.75 often (at the cut); 5/8 and 2/8 = 0.25 sometimes; 1/8 rarely; 0 never.
    expect([8, 7, 6, 5, 2, 1, 0].map(level)).toEqual([
      'always',
      'often',
      'often',
      'sometimes',
      'sometimes',
      'rarely',
      'never',
    ]);
  });

  it('gives any use the using level of a two-level study', () => {
    const yesNo = defineStudy({
      ...FIVE_LEVELS.definition,
      usageLevels: [
        { id: 'yes', uses: true },
        { id: 'no', uses: false },
      ],
    });
    expect([3, 1, 0].map((k) => categoriseUsage(k, 3, { study: yesNo }))).toEqual([
      'yes',
      'yes',
      'no',
    ]);
  });

  test.prop([
    studyArb,
    fc.integer({ min: 1, max: 200 }),
    fc.nat(200),
    fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 3, maxLength: 3 }),
  ])(
    'for any study: first level at every family, last at none, otherwise a level between, more use never lower',
    (s, caseload, k, raw) => {
      const between = Math.max(0, s.usageLevels.length - 2);
      const cuts = [...new Set(raw)].sort((a, b) => b - a).slice(0, Math.max(0, between - 1));
      fc.pre(cuts.length === Math.max(0, between - 1));
      const levels = s.ids.usageLevels;
      const usedWith = k % (caseload + 1);
      const rank = (n: number) => levels.indexOf(categoriseUsage(n, caseload, { study: s, cuts }));
      const r = rank(usedWith);
      if (usedWith === 0) expect(r).toBe(levels.length - 1);
      else if (usedWith === caseload || levels.length === 2) expect(r).toBe(0);
      else expect(r > 0 && r < levels.length - 1).toBe(true);
      if (usedWith < caseload) expect(rank(usedWith + 1)).toBeLessThanOrEqual(r);
    },
  );

  it('throws, naming the argument, rather than guess', () => {
    expect(() => categoriseUsage(3, 2, { study })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usedWith must not exceed caseload (2), got 3]`,
    );
    expect(() => categoriseUsage(0, 0, { study })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseload must be a whole number ≥ 1, got 0]`,
    );
    expect(() => categoriseUsage(-1, 4, { study })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usedWith must be a whole number ≥ 0, got -1]`,
    );
    expect(() => categoriseUsage(1.5, 4, { study })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usedWith must be a whole number ≥ 0, got 1.5]`,
    );
    expect(() => categoriseUsage(NaN, 4, { study })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: usedWith must be a whole number ≥ 0, got NaN]`,
    );
    expect(() => categoriseUsage(1, NaN, { study })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseload must be a whole number ≥ 1, got NaN]`,
    );
    expect(() => categoriseUsage(1, 2.5, { study })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseload must be a whole number ≥ 1, got 2.5]`,
    );
    expect(() => categoriseUsage('1' as never, 4, { study })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: usedWith must be a number, got "1"]`,
    );
    expect(() => categoriseUsage(1, 4, undefined as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: options.study must be a study made by defineStudy (sos-eval/models), got undefined]`,
    );
    expect(() => categoriseUsage(1, 4, { study: FIVE_LEVELS })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.cuts must give 2 shares dividing study "fableshire-2026"'s levels often, sometimes, rarely (they lie between always and never), got undefined]`,
    );
    expect(() =>
      categoriseUsage(1, 4, { study: FIVE_LEVELS, cuts: [0.2, 0.5] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.cuts[1] must be between 0 and 0.2 (exclusive; cuts decrease), got 0.5]`,
    );
    expect(() => categoriseUsage(1, 4, { study, cuts: [0.5] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.cuts must be empty or left out for study "sos-2017", which has no two levels between its first and last to divide, got 1 cut]`,
    );
  });
});
