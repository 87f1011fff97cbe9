import { describe, expect, it } from 'vitest';
import { defineStudy } from 'sos-eval/models';
import { detectDrift, scaleDivergence, studyScale, summariseScale } from 'sos-eval/scaling';

// Synthetic study: its own danger scale (1–5) and a child among the scorers.
const study = defineStudy({
  id: 'riverside',
  title: 'Riverside',
  pilots: [{ id: 'a', name: 'A' }],
  cohorts: [{ id: 'c', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
  waves: [
    { id: 'w1', label: 'Baseline' },
    { id: 'w2', label: 'Six months' },
  ],
  tools: [{ id: 'mapping', name: 'Mapping' }],
  scales: [{ id: 'danger', min: 1, max: 5, step: 1, anchors: { 1: 'Low', 5: 'High' } }],
  scorers: ['worker', 'family', 'child'],
});

describe("a study's scales and scorers", () => {
  const danger = studyScale(study, 'danger');

  it('studyScale makes a working scale from the definition', () => {
    expect(danger.points).toEqual([1, 2, 3, 4, 5]);
    expect(danger.anchors).toEqual({ 1: 'Low', 5: 'High' });
    expect(danger.schema.safeParse(6).success).toBe(false);
    // Values 1, 2, 2, 5: mean 2.5, R's type-7 median 2.
    const s = summariseScale([1, 2, 2, 5], danger);
    expect([s.mean, s.median]).toEqual([2.5, 2]);
    expect(() => studyScale(study, 'safety')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: id must be one of study "riverside"'s scales ('danger'), got "safety"]`,
    );
  });

  it("scaleDivergence compares the worker with each of the study's other scorers", () => {
    const d = scaleDivergence(
      [
        { caseId: 'A', date: '2026-02-01', score: 4, scoredBy: 'worker' },
        { caseId: 'A', date: '2026-02-01', score: 2, scoredBy: 'child' },
        { caseId: 'A', date: '2026-02-01', score: 5, scoredBy: 'family' },
        { caseId: 'B', date: '2026-02-01', score: 3, scoredBy: 'network' },
      ],
      { scale: danger, scorers: study.scorers },
    );
    // Worker 4 vs family 5 (gap −1) and vs child 2 (gap 2); 'network' is not a scorer here.
    expect(d.pairs.map((p) => [p.comparedWith, p.gap, p.moreOptimistic])).toEqual([
      ['family', -1, 'family'],
      ['child', 2, 'worker'],
    ]);
    expect(d.issues.map((i) => [i.path, i.code])).toEqual([[[3, 'scoredBy'], 'invalid_value']]);
    expect(d.issues[0]!.message).toBe(
      `[3].scoredBy: expected 'worker', 'family', 'child', got "network"`,
    );
  });

  it('scaleDivergence takes another reference scorer', () => {
    const d = scaleDivergence(
      [
        { caseId: 'A', date: '2026-02-01', score: 4, scoredBy: 'worker' },
        { caseId: 'A', date: '2026-02-01', score: 2, scoredBy: 'child' },
      ],
      { scale: danger, scorers: study.scorers, reference: 'child' },
    );
    expect(
      d.pairs.map((p) => [p.comparedWith, p.worker, p.other, p.gap, p.moreOptimistic]),
    ).toEqual([['worker', 2, 4, -2, 'worker']]);
    expect(() =>
      scaleDivergence([], { scorers: study.scorers, reference: 'teacher' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: reference must be one of 'worker', 'family', 'child', got "teacher"]`,
    );
  });

  it("detectDrift follows any of the study's scorers", () => {
    const r = detectDrift(
      [
        { caseId: 'A', date: '2026-01-05', score: 3, scoredBy: 'child' },
        { caseId: 'A', date: '2026-03-05', score: 3, scoredBy: 'child' },
        { caseId: 'A', date: '2026-05-05', score: 3, scoredBy: 'child' },
        { caseId: 'A', date: '2026-05-05', score: 1, scoredBy: 'worker' },
      ],
      { scale: danger, scorers: study.scorers, scoredBy: 'child' },
    );
    // 120 days from 5 January to 5 May 2026, three reviews, no movement: drift.
    expect(r.flagged).toEqual(['A']);
    expect(r.cases[0]!.spanDays).toBe(120);
    expect(r.otherScorers).toBe(1);
    expect(() => detectDrift([], { scorers: [] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scorers must be a non-empty array of distinct scorer names, got an array of length 0]`,
    );
  });
});
