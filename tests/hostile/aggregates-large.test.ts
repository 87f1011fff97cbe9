import { describe, expect, it } from 'vitest';
import { SOS_2017 } from 'sos-eval/reference';
import { detectDrift, getScaleTallyMonoid, SAFETY_SCALE, tallyScale } from 'sos-eval/scaling';
import { getUsageTallyMonoid, tallyUsage } from 'sos-eval/usage';

// Issue 13: spreading a long array into a call (`push(...x)`, `Math.max(...x)`) throws
// `RangeError: Maximum call stack size exceeded` at around 150,000 items.
const N = 200_000;

describe('aggregates on very long input', () => {
  it('merges usage tallies carrying 200,000 issues', () => {
    const bad = Array.from({ length: N }, () => ({ usage: 'none' }));
    const tally = tallyUsage(bad as never[], { study: SOS_2017 });
    expect(tally.issues.length).toBeGreaterThanOrEqual(N);
    const M = getUsageTallyMonoid(SOS_2017);
    const merged = M.concat(tally, M.empty);
    expect(merged.issues).toHaveLength(tally.issues.length);
  });

  it('merges scale tallies carrying 200,000 issues', () => {
    const tally = tallyScale(
      Array.from({ length: N }, () => 'not a score'),
      SAFETY_SCALE,
    );
    expect(tally.issues).toHaveLength(N);
    const M = getScaleTallyMonoid(SAFETY_SCALE);
    expect(M.concat(M.empty, tally).issues).toHaveLength(N);
  });

  it('detectDrift follows a case with 200,000 judgements', () => {
    const start = Date.UTC(2015, 0, 1);
    const judgements = Array.from({ length: N }, (_, i) => ({
      caseId: 'A',
      date: new Date(start + Math.floor(i / 100) * 86_400_000).toISOString().slice(0, 10),
      score: i % 2 === 0 ? 3 : 3.5,
      scoredBy: 'worker',
    }));
    const report = detectDrift(judgements);
    expect(report.cases[0]).toMatchObject({ caseId: 'A', reviews: N, range: 0.5 });
  });
});
