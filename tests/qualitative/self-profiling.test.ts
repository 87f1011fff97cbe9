import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { qualitativeModels, selfProfilingChange, selfProfilingSummary } from 'sos-eval/qualitative';
import { studyArb } from '../_support/study-arbitrary.js';
import { madeUpStudy } from './_fixtures.js';

const study = madeUpStudy(
  ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: id.toUpperCase() })),
);
const start = [1, 2, 2, 3, 1, 2];
const end = [3, 3, 4, 4, 2, 5];
const ratings = study.ids.pilots.flatMap((pilot, i) => [
  { pilot, wave: 'start', dimension: 'leadership', rating: start[i]! },
  { pilot, wave: 'end', dimension: 'leadership', rating: end[i]! },
]);

describe('selfProfilingChange', () => {
  it('R: wilcox.test(end, start, paired = TRUE): V = 21, p = 0.03350525679 (with ties, normal approximation)', () => {
    const parsed = qualitativeModels(study).parseMany.selfProfilingRating(ratings);
    expect(parsed.issues).toEqual([]);
    const [row] = selfProfilingChange(parsed.rows, { study, from: 'start', to: 'end' });
    expect(row!.statistic).toBe(21);
    expect(row!.pValue).toBeCloseTo(0.03350525679, 9);
    expect(row!.comparison).toBe('End - Start');
  });

  it('R: t.test(end, start, paired = TRUE): t = 5, p = 0.00410471598, interval 0.80980605479 to 2.52352727855', () => {
    const [row] = selfProfilingChange(ratings, {
      study,
      from: 'start',
      to: 'end',
      kind: 'interval',
    });
    expect(row!.statistic).toBeCloseTo(5, 9);
    expect(row!.pValue).toBeCloseTo(0.00410471598, 10);
    expect(row!.confLow).toBeCloseTo(0.80980605479, 9);
    expect(row!.confHigh).toBeCloseTo(2.52352727855, 9);
  });

  it('a site rated twice at a wave without informant ids cannot be paired, and says so', () => {
    const twice = [...ratings, { pilot: 'a', wave: 'start', dimension: 'leadership', rating: 5 }];
    const [row] = selfProfilingChange(twice, { study, from: 'start', to: 'end' });
    expect(row!.n).toBe(5);
    expect(row!.issues.length).toBeGreaterThan(0);
    expect(() => selfProfilingChange(ratings, { study, from: 'start', to: 'start' })).toThrow(
      RangeError,
    );
    expect(() =>
      selfProfilingChange(ratings, { study, from: 'start', to: 'end', kind: 'binary' as never }),
    ).toThrow(/options\.kind/);
  });
});

describe('selfProfilingSummary', () => {
  test.prop([
    studyArb.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.array(
          fc.record({
            pilot: fc.constantFrom(...s.ids.pilots),
            wave: fc.constantFrom(...s.ids.waves),
            dimension: fc.constantFrom('leadership', 'training'),
            rating: fc.integer({ min: 1, max: 5 }),
          }),
          { maxLength: 40 },
        ),
      ),
    ),
  ])('any study: n and mean per site, wave and dimension match a count done here', ([s, rs]) => {
    const rows = selfProfilingSummary(rs, { study: s });
    const cells = new Set(rs.map((r) => `${r.pilot}|${r.wave}|${r.dimension}`));
    expect(rows).toHaveLength(cells.size);
    for (const row of rows) {
      const xs = rs
        .filter(
          (r) => r.pilot === row.pilot && r.wave === row.wave && r.dimension === row.dimension,
        )
        .map((r) => r.rating);
      expect(row.n).toBe(xs.length);
      expect(row.mean).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 12);
      expect([row.min, row.max]).toEqual([Math.min(...xs), Math.max(...xs)]);
    }
  });
});
