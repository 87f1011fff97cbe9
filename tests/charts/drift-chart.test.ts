import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { driftChart } from 'sos-eval/charts';
import { detectDrift } from 'sos-eval/scaling';
import { checkSpec } from './_harness.js';

// Synthetic judgements: A barely moves over 122 days (drift), B moves 3 → 7, C has one review.
const judgements = [
  { caseId: 'A', date: '2015-06-01', score: 4, scoredBy: 'worker' },
  { caseId: 'A', date: '2015-08-01', score: 4.5, scoredBy: 'worker' },
  { caseId: 'A', date: '2015-10-01', score: 4, scoredBy: 'worker' },
  { caseId: 'A', date: '2015-08-01', score: 9, scoredBy: 'family' },
  { caseId: 'B', date: '2015-06-01', score: 3, scoredBy: 'worker' },
  { caseId: 'B', date: '2015-07-01', score: 5, scoredBy: 'worker' },
  { caseId: 'B', date: '2015-10-01', score: 7, scoredBy: 'worker' },
  { caseId: 'C', date: '2016-01-10', score: 6, scoredBy: 'worker' },
  { caseId: 'D', date: '2016-01-10', score: null, scoredBy: 'worker' },
];

describe('driftChart', { timeout: 120_000 }, () => {
  it("draws every review of the report's scorer against days since the case's first review, by status", async () => {
    const spec = driftChart(detectDrift(judgements), { judgements });
    const svg = await checkSpec(spec);
    expect(spec.data.values.map((v) => [v.caseId, v.day, v.score, v.status])).toEqual([
      ['A', 0, 4, 'Drift: barely moved'],
      ['A', 61, 4.5, 'Drift: barely moved'],
      ['A', 122, 4, 'Drift: barely moved'],
      ['B', 0, 3, 'Moving'],
      ['B', 30, 5, 'Moving'],
      ['B', 122, 7, 'Moving'],
      ['C', 0, 6, 'Not assessable yet'],
    ]);
    expect(spec.description).toContain('1 drift: barely moved, 1 moving and 1 not assessable yet');
    expect(spec.description).toContain('No valid score, not drawn: D.');
    expect(svg).toContain('90 days');
  });

  it('without the judgements, joins the first review to the last', async () => {
    const spec = driftChart(detectDrift(judgements), { scale: { min: 1, max: 10 } });
    await checkSpec(spec);
    expect(spec.data.values.filter((v) => v.caseId === 'B').map((v) => [v.day, v.score])).toEqual([
      [0, 3],
      [122, 7],
    ]);
    // One panel per status, in the order drift, moving, not assessable.
    expect(spec).toHaveProperty('facet.column.sort', [
      'Drift: barely moved',
      'Moving',
      'Not assessable yet',
    ]);
  });

  it('throws on broken arguments', () => {
    expect(() => driftChart(null as never)).toThrow(/report must be an object/);
    expect(() => driftChart({} as never)).toThrow(/report must be a drift report/);
    expect(() => driftChart(detectDrift([]), { scale: { min: 5, max: 1 } })).toThrow(
      /options.scale/,
    );
  });

  const judgementArb = fc.record({
    caseId: fc.constantFrom('a', 'b', 'c', 'd'),
    date: fc
      .integer({ min: 0, max: 400 })
      .map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10)),
    score: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    scoredBy: fc.constantFrom('worker', 'family'),
  });
  test.prop([fc.array(judgementArb, { maxLength: 40 }), fc.boolean()], { numRuns: 15 })(
    'any judgements: the spec validates, compiles and renders, with a point per scored review',
    async (js, pass) => {
      const report = detectDrift(js);
      const spec = driftChart(report, pass ? { judgements: js } : {});
      await checkSpec(spec);
      const scored = js.filter((j) => j.scoredBy === 'worker' && j.score !== null).length;
      if (pass) expect(spec.data.values).toHaveLength(scored);
    },
  );
});
