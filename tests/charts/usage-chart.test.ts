import { describe, expect, it } from 'vitest';
import { usageChart } from 'sos-eval/charts';
import { EVALUATION_2017, SOS_2017 } from 'sos-eval/reference';
import { synthesiseEvaluation } from 'sos-eval/synthetic';
import { tallyUsage, usageShares, usageTallyFromCounts } from 'sos-eval/usage';
import { checkSpec, markLabels } from './_harness.js';

const study = SOS_2017;

describe('usageChart', () => {
  it('draws slide 14 overall as one bar per tool, in the study order of levels, with the published shares', async () => {
    const tools = EVALUATION_2017.surveyedTools;
    const svg = await checkSpec(
      usageChart(
        usageShares(
          tallyUsage(synthesiseEvaluation({ seed: 2017 }).surveyResponses, { study, tools }),
          { study },
        ),
        { study },
      ),
    );
    const labels = markLabels(svg, 'bar');
    expect(labels.length).toBe(tools.length * 3);
    console.log(labels.slice(0, 3));
  });

  it('facets by tool when there are several groups', async () => {
    const d = synthesiseEvaluation({ seed: 2017 });
    const spec = usageChart(
      usageShares(tallyUsage(d.surveyResponses, { study, by: 'experience' }), { study }),
      { study },
    );
    const svg = await checkSpec(spec);
    console.log(spec.title, spec.description);
    expect(markLabels(svg, 'bar').length).toBeGreaterThan(0);
  });

  it('example', () => {
    const tally = usageTallyFromCounts(
      [{ group: 'overall', tool: 'safety-planning', all: 69, some: 93, none: 3 }],
      { study },
    );
    const spec = usageChart(usageShares(tally, { study }), { study });
    console.log(spec.data.values[0]);
  });
});
