import { describe, expect, it } from 'vitest';
import { synthesiseEvaluation } from 'sos-eval/synthetic';
import { tallyUsage, tallyUsageAsync } from 'sos-eval/usage';
import type { WorkerSurveyResponse } from 'sos-eval/models';

const { surveyResponses } = synthesiseEvaluation({ seed: 7 });

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('tallyUsageAsync', () => {
  it('gives exactly the tally of tallyUsage for an async generator', async () => {
    for (const by of [undefined, 'pilot', 'experienceGroup', 'employment'] as const) {
      expect(await tallyUsageAsync(stream(surveyResponses), { by })).toEqual(
        tallyUsage(surveyResponses, { by }),
      );
    }
  });

  it('accepts a sync iterable too', async () => {
    expect(await tallyUsageAsync(new Set(surveyResponses))).toEqual(tallyUsage(surveyResponses));
  });

  it('reports bad data with indices in stream order', async () => {
    const bad = {
      ...surveyResponses[0]!,
      usage: { mapping: 'often' },
    } as unknown as WorkerSurveyResponse;
    const tally = await tallyUsageAsync(stream([surveyResponses[1]!, bad]), { tools: ['mapping'] });
    expect(tally.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_level', [1, 'usage', 'mapping']],
    ]);
  });

  it('rejects a non-iterable', async () => {
    await expect(tallyUsageAsync(42 as never)).rejects.toThrow(TypeError);
  });
});
