import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { WorkerSurveyResponse } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { synthesiseEvaluation } from 'sos-eval/synthetic';
import { tallyUsage, tallyUsageAsync } from 'sos-eval/usage';
import { groupingsOf, studyResponsesArb } from './arbitraries.js';

const study = SOS_2017;
const { surveyResponses } = synthesiseEvaluation({ seed: 7 });

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('tallyUsageAsync', () => {
  it('gives exactly the tally of tallyUsage for an async generator', async () => {
    for (const by of [undefined, 'pilot', 'experience', 'wave', 'employment'] as const) {
      expect(await tallyUsageAsync(stream(surveyResponses), { study, by })).toEqual(
        tallyUsage(surveyResponses, { study, by }),
      );
    }
  });

  test.prop([studyResponsesArb(20), fc.nat()])(
    'gives exactly the tally of tallyUsage for any study',
    async ({ study: s, responses }, pick) => {
      const ways = groupingsOf(s);
      const by = ways[pick % ways.length] as never;
      expect(await tallyUsageAsync(stream(responses), { study: s, by })).toEqual(
        tallyUsage(responses, { study: s, by }),
      );
    },
  );

  it('accepts a sync iterable too', async () => {
    expect(await tallyUsageAsync(new Set(surveyResponses), { study })).toEqual(
      tallyUsage(surveyResponses, { study }),
    );
  });

  it('reports bad data with indices in stream order', async () => {
    const bad = {
      ...surveyResponses[0]!,
      usage: { mapping: 'often' },
    } as unknown as WorkerSurveyResponse;
    const tally = await tallyUsageAsync(stream([surveyResponses[1]!, bad]), {
      study,
      tools: ['mapping'],
    });
    expect(tally.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_level', [1, 'usage', 'mapping']],
    ]);
  });

  it('rejects a non-iterable and a missing study', async () => {
    await expect(tallyUsageAsync(42 as never, { study })).rejects.toThrow(TypeError);
    await expect(tallyUsageAsync(stream(surveyResponses), {} as never)).rejects.toThrow(
      'options.study must be a study',
    );
  });
});
