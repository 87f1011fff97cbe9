import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { concatAll } from 'fp-ts/lib/Monoid.js';
import {
  CONFIDENCE_SCALE,
  getScaleTallyMonoid,
  SAFETY_SCALE,
  scaleTallyFromCounts,
  summariseScale,
  summariseScaleTally,
  tallyScale,
  tallyScaleAsync,
} from 'sos-eval/scaling';

// R's agreement is checked in differential-r.test.ts (both paths against the same R fixture);
// here: the tally is the sample (laws, merging, streaming, counts from elsewhere).

// 0–10 in steps of 0.5, with missing and off-scale values mixed in.
const valueArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 20 }).map((k) => k / 2) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, Number.NaN) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 10.5, 3.25, Infinity) },
);
const scoresArb = fc.array(valueArb, { maxLength: 60 });
const M = getScaleTallyMonoid(SAFETY_SCALE);
const tallyArb = scoresArb.map((x) => tallyScale(x, SAFETY_SCALE));

describe('tallyScale and summariseScaleTally', () => {
  test.prop([scoresArb, fc.integer({ min: 1, max: 9 })])(
    'summarise the same as summariseScale on the scores themselves',
    (scores, t) => {
      const type = t as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
      const direct = summariseScale(scores, SAFETY_SCALE, { type });
      const viaTally = summariseScaleTally(tallyScale(scores, SAFETY_SCALE), SAFETY_SCALE, {
        type,
      });
      const { mean, sd, ...rest } = viaTally;
      const { mean: mean0, sd: sd0, ...rest0 } = direct;
      // Order statistics, counts and issues are identical; sums differ only in rounding order.
      expect(rest).toEqual(rest0);
      for (const [a, b] of [
        [mean, mean0],
        [sd, sd0],
      ] as const) {
        if (a === null || b === null) expect(a).toBe(b);
        else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
      }
    },
  );

  it('counts by hand and reports what is not a score', () => {
    const t = tallyScale([7, 8, 8, null, 0, 11, 'x'], CONFIDENCE_SCALE);
    expect(t.counts.filter((c) => c.count > 0)).toEqual([
      { score: 7, count: 1 },
      { score: 8, count: 2 },
    ]);
    expect([t.missing, t.invalid]).toEqual([1, 3]);
    expect(t.issues.map((i) => [i.path, i.code])).toEqual([
      [[4], 'too_small'],
      [[5], 'too_big'],
      [[6], 'invalid_type'],
    ]);
    expect(Object.isFrozen(t) && Object.isFrozen(t.counts[0])).toBe(true);
  });

  test.prop([scoresArb])('an async iterable tallies as the array does', async (scores) => {
    async function* stream() {
      yield* scores;
    }
    expect(await tallyScaleAsync(stream(), SAFETY_SCALE)).toEqual(tallyScale(scores, SAFETY_SCALE));
  });

  it('rejects what cannot be tallied, naming the argument', () => {
    expect(() => tallyScale('123' as never, SAFETY_SCALE)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scores must be an iterable (an array or generator), got "123"]`,
    );
    expect(() => tallyScale([1], {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scale must be a scale made by defineScale, got object]`,
    );
    const t = tallyScale([5], SAFETY_SCALE);
    expect(() => summariseScaleTally(t, CONFIDENCE_SCALE)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tally is on scale "safety", not "confidence"]`,
    );
    expect(() => summariseScaleTally(t, SAFETY_SCALE, { type: 10 as never })).toThrow(
      /type must be one of R's quantile types 1–9, got 10/,
    );
  });
});

describe('getScaleTallyMonoid', () => {
  test.prop([tallyArb, tallyArb, tallyArb])('concat is associative', (a, b, c) => {
    expect(M.concat(a, M.concat(b, c))).toEqual(M.concat(M.concat(a, b), c));
  });

  test.prop([tallyArb])('empty is an identity on both sides', (a) => {
    expect(M.concat(a, M.empty)).toEqual(a);
    expect(M.concat(M.empty, a)).toEqual(a);
  });

  test.prop([scoresArb, fc.array(fc.nat(60), { maxLength: 4 })])(
    'tallies of a partition merge into the tally of the whole, and summarise the same',
    (scores, cuts) => {
      const edges = [0, ...cuts.map((c) => Math.min(c, scores.length)).sort((x, y) => x - y)];
      const chunks = edges.map((e, k) => scores.slice(e, edges[k + 1] ?? scores.length));
      const merged = concatAll(M)(chunks.map((chunk) => tallyScale(chunk, SAFETY_SCALE)));
      const whole = tallyScale(scores, SAFETY_SCALE);
      // Issue paths are chunk-relative; everything else is the whole's.
      expect({ ...merged, issues: [] }).toEqual({ ...whole, issues: [] });
      expect(merged.issues.map((i) => i.code)).toEqual(whole.issues.map((i) => i.code));
      const { issues: _a, ...s1 } = summariseScaleTally(merged, SAFETY_SCALE);
      const { issues: _b, ...s2 } = summariseScaleTally(whole, SAFETY_SCALE);
      expect(s1).toEqual(s2);
    },
  );

  it('refuses to merge tallies on different scales', () => {
    expect(() =>
      M.concat(tallyScale([1], SAFETY_SCALE), tallyScale([1], CONFIDENCE_SCALE)),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: cannot merge a tally on scale "confidence" into one on "safety"]`,
    );
  });
});

describe('scaleTallyFromCounts', () => {
  test.prop([scoresArb])('GROUP BY counts rebuild the tally, issues aside', (scores) => {
    const whole = tallyScale(scores, SAFETY_SCALE);
    const rows = whole.counts.filter((c) => c.count > 0);
    const rebuilt = scaleTallyFromCounts(rows, SAFETY_SCALE, {
      missing: whole.missing,
      invalid: whole.invalid,
    });
    expect({ ...rebuilt, issues: [] }).toEqual({ ...whole, issues: [] });
    expect(rebuilt.issues).toEqual([]);
  });

  it('adds rows for the same point and summarises by hand', () => {
    // Scores 3 × 5 and 6 × 5 (two rows for 6): mean 4.5, median (3 + 6)/2.
    const t = scaleTallyFromCounts(
      [
        { score: 3, count: 5 },
        { score: 6, count: 2 },
        { score: 6, count: 3 },
      ],
      SAFETY_SCALE,
      { missing: 2 },
    );
    const s = summariseScaleTally(t, SAFETY_SCALE);
    expect([s.n, s.missing, s.invalid, s.mean, s.median, s.min, s.max]).toEqual([
      10, 2, 0, 4.5, 4.5, 3, 6,
    ]);
  });

  it('rejects broken counts, naming the row', () => {
    expect(() =>
      scaleTallyFromCounts([{ score: 11, count: 1 }], SAFETY_SCALE),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].score: 11 is above the scale maximum 10]`,
    );
    expect(() =>
      scaleTallyFromCounts([{ score: 1, count: 1.5 }], SAFETY_SCALE),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].count must be a whole number ≥ 0, got 1.5]`,
    );
    expect(() =>
      scaleTallyFromCounts([], SAFETY_SCALE, { missing: -1 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.missing must be a whole number ≥ 0, got -1]`,
    );
  });
});
