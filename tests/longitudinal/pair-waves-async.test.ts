import { describe, expect, it } from 'vitest';
import { pairWaves, pairWavesAsync } from 'sos-eval/longitudinal';
import { SOS_2017 } from 'sos-eval/reference';
import { synthesiseEvaluation } from 'sos-eval/synthetic';

const { interviewsT1, interviewsT2 } = synthesiseEvaluation({ seed: 11 });
const [T1, T2] = SOS_2017.ids.waves;
const options = { study: SOS_2017, from: T1, to: T2 } as const;

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('pairWavesAsync', () => {
  it('pairs an async generator exactly as pairWaves pairs an array', async () => {
    // A duplicate, so issues are compared too.
    const records = [...interviewsT1, ...interviewsT2, interviewsT2[0]!];
    expect(await pairWavesAsync(stream(records), options)).toEqual(pairWaves(records, options));
  });

  it('takes a sync iterable and the key option', async () => {
    const records = [...interviewsT1, ...interviewsT2];
    const key = (r: { familyId: string }) => r.familyId.toLowerCase();
    expect(await pairWavesAsync(new Set(records), { ...options, key })).toEqual(
      pairWaves(records, { ...options, key }),
    );
  });

  it('rejects records that are not iterable', async () => {
    await expect(pairWavesAsync(42 as never, options)).rejects.toThrow(TypeError);
  });
});
