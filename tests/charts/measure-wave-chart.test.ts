import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { measureWaveChart } from 'sos-eval/charts';
import {
  appendixTable,
  LSNS_6,
  PEARLIN_MASTERY,
  scoreMany,
  summariseMeasure,
} from 'sos-eval/measures';
import { SOS_2017 } from 'sos-eval/reference';
import { studyArb } from '../_support/study-arbitrary.js';
import { checkSpec, markLabels } from './_harness.js';

const study = SOS_2017;
// Synthetic respondents: LSNS-6 items all 1, 2 or 3 give totals 6, 12 and 18.
const lsns = (...levels: number[]) =>
  scoreMany(
    LSNS_6,
    levels.map((l) => Array(6).fill(l) as number[]),
  );

describe('measureWaveChart', { timeout: 120_000 }, () => {
  it('draws appendixTable rows as one line per measure, with R t intervals of the mean', async () => {
    const rows = appendixTable(
      [
        { definition: LSNS_6, waves: { T1: lsns(1, 2, 3), T2: lsns(2, 3) }, label: 'LSNS-6' },
        {
          definition: PEARLIN_MASTERY,
          waves: { T1: scoreMany(PEARLIN_MASTERY, []) },
          label: 'Mastery',
        },
      ],
      { study },
    );
    const spec = measureWaveChart(rows, { study });
    const svg = await checkSpec(spec);
    const [t1, t2] = spec.data.values;
    // R: t.test(c(6, 12, 18))$conf.int: 12 ± qt(0.975, 2) · 6 / √3 = 12 ± 4.302653 · 3.464102.
    expect(t1!.lower!).toBeCloseTo(12 - 4.302653 * 3.464102, 5);
    expect(t1!.upper!).toBeCloseTo(12 + 4.302653 * 3.464102, 5);
    // R: t.test(c(12, 18))$conf.int: 15 ± qt(0.975, 1) · √18 / √2 = 15 ± 12.7062 · 3.
    expect(t2!.lower!).toBeCloseTo(15 - 38.11861, 4);
    expect(markLabels(svg, 'point')).toEqual([
      'LSNS-6, Time 1: mean 12 (n 3; 95% CI -2.9 to 26.9)',
      'LSNS-6, Time 2: mean 15 (n 2; 95% CI -23.12 to 53.12)',
    ]);
    // Mastery has no respondents: named, not drawn at zero.
    expect(spec.description).toContain(
      'No respondents, not drawn: Mastery at Time 1 and Mastery at Time 2.',
    );
  });

  it('draws summary rows by wave as one line per group, labelled from the study, points dodged apart', async () => {
    const byWave = {
      T1: summariseMeasure(lsns(1, 2, 3, 3), {
        by: ['cohort-1', 'cohort-2', 'cohort-1', 'cohort-2'],
      }),
      T2: summariseMeasure(lsns(2, 3, 3), { by: ['cohort-1', 'cohort-2', 'cohort-2'] }),
    };
    const spec = measureWaveChart(byWave, { study, confLevel: 0.9 });
    const svg = await checkSpec(spec);
    const values = spec.data.values as unknown as readonly {
      series: string;
      wave: string;
      x: number;
    }[];
    expect(values.map((v) => [v.series, v.wave])).toEqual([
      ['Cohort 1', 'Time 1'],
      ['Cohort 2', 'Time 1'],
      ['Cohort 1', 'Time 2'],
      ['Cohort 2', 'Time 2'],
    ]);
    expect(values[0]!.x).toBeLessThan(values[1]!.x);
    expect(Math.abs(values[0]!.x - 0)).toBeLessThan(0.2);
    expect(markLabels(svg, 'point')[0]).toBe(
      'Cohort 1, Time 1: mean 12 (n 2; 90% CI -25.88 to 49.88)',
    );
    // R: t.test(c(6, 18), conf.level = 0.9)$conf.int: 12 ± qt(0.95, 1) · 6 = 12 ± 6.313752 · 6.
    expect(spec.data.values[0]!.upper!).toBeCloseTo(12 + 6.313752 * 6, 5);
  });

  it('throws on broken arguments, naming them', () => {
    expect(() => measureWaveChart([], {} as never)).toThrow(/options.study must be a study/);
    expect(() => measureWaveChart({ T9: [] }, { study })).toThrow(/keyed by waves of study/);
    expect(() => measureWaveChart([], { study, confLevel: 2 })).toThrow(/options.confLevel/);
    expect(() => measureWaveChart(null as never, { study })).toThrow(TypeError);
  });

  test.prop(
    [
      studyArb.chain((st) =>
        fc
          .array(
            fc.record({
              wave: fc.constantFrom(...st.ids.waves),
              group: fc.constantFrom('a', 'b', 'c'),
              level: fc.integer({ min: 0, max: 5 }),
            }),
            { maxLength: 30 },
          )
          .map((rs) => ({ st, rs })),
      ),
    ],
    { numRuns: 15 },
  )(
    'any study, any respondents: the spec validates, compiles and renders a point per group and wave with respondents',
    async ({ st, rs }) => {
      const byWave = Object.fromEntries(
        st.ids.waves.map((w) => {
          const here = rs.filter((r) => r.wave === w);
          return [
            w,
            summariseMeasure(lsns(...here.map((r) => r.level)), { by: here.map((r) => r.group) }),
          ];
        }),
      );
      const spec = measureWaveChart(byWave, { study: st });
      const svg = await checkSpec(spec);
      const cells = new Set(rs.map((r) => `${r.wave}/${r.group}`));
      expect(markLabels(svg, 'point')).toHaveLength(cells.size);
    },
  );
});
