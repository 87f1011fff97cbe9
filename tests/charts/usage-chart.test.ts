import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { orderedColours, usageChart } from 'sos-eval/charts';
import { EVALUATION_2017, SOS_2017, SURVEY_USAGE_COUNTS_2017 } from 'sos-eval/reference';
import { tallyUsage, usageShares, usageTallyFromCounts } from 'sos-eval/usage';
import { groupingsOf, studyResponsesArb } from '../usage/arbitraries.js';
import { checkSpec, markLabels } from './_harness.js';
import { relativeLuminance } from './_colour.js';

const study = SOS_2017;
const published = (id: string): number => {
  const f = EVALUATION_2017.figures.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no published figure ${id}`);
  return f.value;
};
const sharesOf2017 = () =>
  usageShares(
    usageTallyFromCounts(
      SURVEY_USAGE_COUNTS_2017.map(({ tool, all, some, none }) => ({
        group: 'overall',
        tool,
        all,
        some,
        none,
      })),
      { study },
    ),
    { study },
  );

describe('usageChart', { timeout: 120_000 }, () => {
  it('draws the published 2017 shares (slides 14–17): each bar segment carries its slide percentage', async () => {
    const svg = await checkSpec(usageChart(sharesOf2017(), { study }));
    const labels = markLabels(svg, 'bar');
    expect(labels).toHaveLength(SURVEY_USAGE_COUNTS_2017.length * 3);
    for (const { tool } of SURVEY_USAGE_COUNTS_2017) {
      const name = study.tool(tool)!.name;
      study.usageLevels.forEach((level) => {
        const label = labels.find((l) => l.startsWith(`${name}, All workers: ${level.label} `));
        expect(label, `${tool} ${level.id}`).toBeDefined();
        const percent = Number(/ (\d+(?:\.\d+)?)% \(/.exec(label!)![1]);
        expect({ tool, level: level.id, percent }).toEqual({
          tool,
          level: level.id,
          percent: published(`usage.${tool}.${level.id}`),
        });
      });
    }
    // Slide 14 as printed: 42 / 56 / 2 of 165. Wilson limits by hand (z = qnorm(0.975)):
    // (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n) gives 34.56–49.45, 48.74–63.70, 0.62–5.21
    // for 69, 93 and 3 of 165, as R's prop.test(x, 165, correct = FALSE).
    expect(labels.filter((l) => l.startsWith('Safety planning'))).toEqual([
      'Safety planning, All workers: All families 42% (69 of 165; 95% CI 34.6% to 49.4%)',
      'Safety planning, All workers: Some families 56% (93 of 165; 95% CI 48.7% to 63.7%)',
      'Safety planning, All workers: Not at all 2% (3 of 165; 95% CI 0.6% to 5.2%)',
    ]);
  });

  it("stacks levels in the study's order, coloured dark to light (monotonic lightness: readable in greyscale)", () => {
    const spec = usageChart(sharesOf2017(), { study }) as unknown as {
      encoding: {
        color: { scale: { domain: string[]; range: string[] } };
        order: { field: string };
      };
      data: { values: { order: number; level: string }[] };
    };
    expect(spec.encoding.color.scale.domain).toEqual([
      'All families',
      'Some families',
      'Not at all',
    ]);
    expect(spec.encoding.color.scale.range).toEqual(orderedColours(3));
    expect(spec.encoding.order.field).toBe('order');
    const lum = spec.encoding.color.scale.range.map(relativeLuminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]!).toBeGreaterThan(lum[i - 1]! + 0.1);
  });

  it('facets by tool with one bar per group, and names the tools nobody answered about instead of drawing empty bars', async () => {
    const counts = [
      { group: 'new', tool: 'mapping', all: 5, some: 3, none: 2 },
      { group: 'two-years', tool: 'mapping', all: 7, some: 1, none: 0 },
      { group: 'new', tool: 'scaling', all: 0, some: 0, none: 0 },
    ] as const;
    const shares = usageShares(usageTallyFromCounts(counts, { study, by: 'experience' }), {
      study,
    });
    const spec = usageChart(shares, { study });
    const svg = await checkSpec(spec);
    expect(spec).toHaveProperty('facet.row.field', 'tool');
    expect(spec.title.subtitle).toBe('No answers, not drawn: Scaling questions (new).');
    expect(spec.description).toContain('No answers, not drawn: Scaling questions (new).');
    const labels = markLabels(svg, 'bar');
    expect(labels).toContain(
      // 7 of 8 = 87.5%, rounded to 88 (largest remainder: 88 + 13 + 0); Wilson 52.91–97.76 by the
      // formula above.
      'Mapping, 2 years: All families 88% (7 of 8; 95% CI 52.9% to 97.8%)',
    );
    expect(labels).toHaveLength(6);
    expect(labels.some((l) => l.startsWith('Scaling'))).toBe(false);
  });

  it('takes title, subtitle, description, width, colours and group labels', () => {
    const spec = usageChart(sharesOf2017(), {
      study,
      title: 'Tools',
      subtitle: 'Source: survey',
      description: 'A chart.',
      width: 300,
      colours: ['#000000', '#777777', '#dddddd'],
      groupLabels: { overall: 'Everyone' },
    });
    expect(spec.title).toEqual({ text: 'Tools', subtitle: 'Source: survey' });
    expect(spec.description).toBe('A chart.');
    expect(spec).toHaveProperty('width', 300);
    expect(spec).toHaveProperty('encoding.color.scale.range', ['#000000', '#777777', '#dddddd']);
    expect(spec.data.values[0]!.group).toBe('Everyone');
  });

  it('throws on broken arguments, naming them', () => {
    const shares = sharesOf2017();
    expect(() => usageChart(null as never, { study })).toThrow(/shares must be an array/);
    expect(() => usageChart(shares, {} as never)).toThrow(/options.study must be a study/);
    expect(() => usageChart(shares, { study, width: 20 })).toThrow(RangeError);
    expect(() => usageChart(shares, { study, colours: ['#000'] })).toThrow(
      /one colour per usage level/,
    );
    expect(() => usageChart([{ ...shares[0]!, tool: 'juggling' as never }], { study })).toThrow(
      /shares\[0\].tool must be a tool of study/,
    );
    expect(() => usageChart([null as never], { study })).toThrow(/shares\[0\] must be an object/);
  });

  test.prop(
    [
      studyResponsesArb(25).chain((s) =>
        fc.constantFrom(...groupingsOf(s.study)).map((by) => ({ ...s, by })),
      ),
    ],
    {
      numRuns: 15,
    },
  )(
    'any study, any responses, any grouping: the spec validates, compiles and renders one bar per answered level',
    async ({ study: st, responses, by }) => {
      const shares = usageShares(
        tallyUsage(responses, { study: st, ...(by === undefined ? {} : { by }) }),
        {
          study: st,
        },
      );
      const svg = await checkSpec(usageChart(shares, { study: st }));
      expect(markLabels(svg, 'bar')).toHaveLength(shares.filter((r) => r.n > 0).length);
    },
  );
});
