import { describe, expect, it } from 'vitest';
import { pairWaves, pairWavesAsync } from 'sos-eval/longitudinal';
import { synthesiseEvaluation } from 'sos-eval/synthetic';

const { interviewsT1, interviewsT2 } = synthesiseEvaluation({ seed: 11 });

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('pairWavesAsync', () => {
  it('pairs async generators exactly as pairWaves pairs arrays', async () => {
    const t2 = [...interviewsT2, interviewsT2[0]!]; // a duplicate, so issues are compared too
    expect(await pairWavesAsync(stream(interviewsT1), stream(t2))).toEqual(
      pairWaves(interviewsT1, t2),
    );
  });

  it('takes one async and one sync wave, and the key option', async () => {
    const key = (r: { familyId: string }) => r.familyId.toLowerCase();
    expect(await pairWavesAsync(stream(interviewsT1), interviewsT2, { key })).toEqual(
      pairWaves(interviewsT1, interviewsT2, { key }),
    );
  });

  it('rejects a wave that is not iterable', async () => {
    await expect(pairWavesAsync(42 as never, [])).rejects.toThrow(TypeError);
  });
});
