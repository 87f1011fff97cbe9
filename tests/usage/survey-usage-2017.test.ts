import { describe, expect, it } from 'vitest';
import type { WorkerSurveyResponse } from 'sos-eval/models';
import {
  EVALUATION_2017,
  SOS_2017,
  SURVEY_USAGE_COUNTS_2017,
  type UsageLevel,
} from 'sos-eval/reference';
import { largestRemainderPercents, tallyUsage, toolAdoption, usageShares } from 'sos-eval/usage';

const study = SOS_2017;
const LEVELS: readonly UsageLevel[] = ['all', 'some', 'none'];

const figure = (tool: string, level: UsageLevel) => {
  const f = EVALUATION_2017.figures.find((x) => x.id === `usage.${tool}.${level}`);
  if (!f) throw new Error(`no published figure usage.${tool}.${level}`);
  return f;
};

// 165 synthetic workers: for each tool, the first `all` workers use it with all families, the
// next `some` with some, the rest with none — only the marginal counts matter to the tally.
const syntheticResponses = (): WorkerSurveyResponse[] =>
  Array.from({ length: 165 }, (_, i) => ({
    workerId: `SW-${i + 1}`,
    pilotId: 'brent',
    wave: 'T2',
    employment: 'permanent',
    trainingDays: 5,
    supervisionAligned: true,
    confidence: 7,
    usage: Object.fromEntries(
      SURVEY_USAGE_COUNTS_2017.map((c) => [
        c.tool,
        i < c.all ? 'all' : i < c.all + c.some ? 'some' : 'none',
      ]),
    ),
  }));

describe('SURVEY_USAGE_COUNTS_2017 reproduces slides 14–17', () => {
  it('covers the seven surveyed tools, in slide order, each summing to the 165 surveyed', () => {
    expect(SURVEY_USAGE_COUNTS_2017.map((c) => c.tool)).toEqual(EVALUATION_2017.surveyedTools);
    for (const c of SURVEY_USAGE_COUNTS_2017) {
      expect(c.all + c.some + c.none).toBe(c.n);
      expect(c.n).toBe(figure(c.tool, 'all').denominator);
      expect(c.n).toBe(EVALUATION_2017.figures.find((f) => f.id === 'workers.t2.surveyed')?.value);
      expect(c.derived).toBe(true);
      expect(c.slide).toBe(figure(c.tool, 'all').slide);
    }
  });

  it('tallyUsage + usageShares on 165 synthetic responses give exactly the published percentages', () => {
    const tally = tallyUsage(syntheticResponses(), {
      study,
      tools: EVALUATION_2017.surveyedTools,
    });
    const rows = usageShares(tally, { study });
    expect(rows).toHaveLength(7 * 3);
    for (const row of rows) {
      expect({ id: `usage.${row.tool}.${row.level}`, percent: row.percent }).toEqual({
        id: `usage.${row.tool}.${row.level}`,
        percent: figure(row.tool, row.level).value,
      });
      expect([row.n, row.missing]).toEqual([165, 0]);
    }
  });

  it('is, among the triples that reproduce the slide, the one nearest the printed shares', () => {
    for (const c of SURVEY_USAGE_COUNTS_2017) {
      const printed = LEVELS.map((level) => figure(c.tool, level).value);
      // Target counts p × 165 / 100, e.g. 42% of 165 = 69.3.
      const target = printed.map((p) => (p * c.n) / 100);
      const distance = (t: readonly number[]) =>
        t.reduce((s, x, k) => s + Math.abs(x - target[k]!), 0);
      let best = Infinity;
      for (let all = 0; all <= c.n; all++) {
        for (let some = 0; all + some <= c.n; some++) {
          const triple = [all, some, c.n - all - some];
          if (largestRemainderPercents(triple).every((p, k) => p === printed[k])) {
            best = Math.min(best, distance(triple));
          }
        }
      }
      expect(distance([c.all, c.some, c.none])).toBe(best);
    }
  });

  it('gives adoption for the seven tools, e.g. danger statements 163 of 165', () => {
    const tally = tallyUsage(syntheticResponses(), {
      study,
      tools: EVALUATION_2017.surveyedTools,
    });
    const danger = toolAdoption(tally, { study }).find((r) => r.tool === 'danger-statements')!;
    // 48% + 51% on slide 15 = 99% using them at all; our counts: 79 + 84 = 163 of 165.
    expect([danger.using, danger.n]).toEqual([163, 165]);
    // R: prop.test(163, 165, correct = FALSE)$conf.int * 100 → 95.688765873593624 99.666960809020765
    expect(danger.lower).toBeCloseTo(95.688765873593624, 10);
    expect(danger.upper).toBeCloseTo(99.666960809020765, 10);
  });
});
