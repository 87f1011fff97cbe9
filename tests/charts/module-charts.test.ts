import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { costBreakdownChart, eventStudyChart, indicatorChart, usageChart } from 'sos-eval/charts';
import { cinIndicators, readCinCensus, synthesiseCinCensus } from 'sos-eval/admin';
import { implementationCosts } from 'sos-eval/costs';
import { DFE_CHILDREN_IN_NEED_RULES, protectTable } from 'sos-eval/disclosure';
import { eventStudy } from 'sos-eval/impact';
import { SOS_2017 } from 'sos-eval/reference';
import { usageShares, usageTallyFromCounts } from 'sos-eval/usage';
import { checkSpec, markLabels } from './_harness.js';

// Builders for the results of sos-eval/admin, impact, costs and disclosure. All data synthetic.
const study = SOS_2017;

// Usage shares protected as the demo publishes them: DfE's rule, percentages and intervals hidden
// with their count.
const protectUsage = (tally: Parameters<typeof usageShares>[0]) =>
  protectTable(usageShares(tally, { study }), {
    rules: DFE_CHILDREN_IN_NEED_RULES,
    dimensions: ['group', 'tool', 'level'],
    value: 'count',
    derived: ['percent', 'lower', 'upper'],
    denominator: 'level',
  });

describe('indicatorChart', { timeout: 120_000 }, () => {
  it('draws a synthetic census as one line per authority, adoption marked, suppressed years as gaps', async () => {
    const files = synthesiseCinCensus({
      seed: 7,
      authorities: [
        { code: '901', adoptionYear: 2022 },
        { code: '902', adoptionYear: null },
      ],
      years: [2020, 2021, 2022, 2023],
      children: 60,
    });
    const censuses = await Promise.all(files.map((f) => readCinCensus(f.xml)));
    const { rows } = cinIndicators(censuses);
    const spec = indicatorChart(rows, {
      indicator: 'rereferrals_12m',
      adoption: { '901': 2022 },
      groupLabels: { '901': 'Northshire', '902': 'Southshire' },
    });
    const svg = await checkSpec(spec);
    const labels = markLabels(svg, 'point');
    expect(labels).toHaveLength(8);
    expect(labels.filter((l) => l.includes('(adopted 2022)'))).toHaveLength(2);
    expect(labels.filter((l) => l.includes('before adoption in 2022'))).toHaveLength(2);
    // A proportion is drawn in per cent: value × 100.
    const r = rows.find(
      (x) => x.indicator === 'rereferrals_12m' && x.group === '901' && x.year === 2020,
    )!;
    expect(spec.data.values[0]!.value).toBeCloseTo(r.value! * 100, 12);

    // The same rows with one year hidden: a gap (null, and no point), never a zero.
    const hiddenRows = rows.map((x) =>
      x.indicator === 'rereferrals_12m' && x.group === '902' && x.year === 2021
        ? { ...x, value: 'c', numerator: 'c', suppressed: 'primary' as const }
        : { ...x, suppressed: null },
    );
    const gap = indicatorChart(hiddenRows, {
      indicator: 'rereferrals_12m',
      groupLabels: { '902': 'Southshire' },
    });
    const gapSvg = await checkSpec(gap);
    expect(
      gap.data.values.find((v) => v.group === 'Southshire' && v.year === 2021)!.value,
    ).toBeNull();
    expect(gap.title.subtitle).toBe(
      'Hidden to protect confidentiality (a gap, not zero): Southshire 2021.',
    );
    // No point is drawn for the hidden year: its line breaks there.
    expect(markLabels(gapSvg, 'point').filter((l) => l.startsWith('Southshire, 2021'))).toEqual([]);
    expect(markLabels(gapSvg, 'point').filter((l) => l.startsWith('Southshire'))).toHaveLength(3);
    expect(gap.description).toContain('a gap, not zero');
  });

  it('throws on broken arguments', () => {
    expect(() => indicatorChart([], {} as never)).toThrow(/options.indicator/);
    expect(() => indicatorChart('x' as never, { indicator: 'referrals' })).toThrow(
      /rows must be an array/,
    );
  });
});

describe('eventStudyChart', { timeout: 120_000 }, () => {
  // Synthetic: 6 authorities × 5 years; A–D adopt in year 3, E and F never; effect 2 from adoption.
  const rows = ['A', 'B', 'C', 'D', 'E', 'F'].flatMap((la, u) =>
    [1, 2, 3, 4, 5].map((year) => ({
      la,
      year,
      g: u < 4 ? 3 : null,
      y: u + year + (u < 4 && year >= 3 ? 2 : 0) + (u % 2 ? 0.1 : -0.1) * (year % 2),
    })),
  );
  it('draws leads and lags with intervals, the reference period hollow, the pre-trend test in the subtitle', async () => {
    const es = eventStudy(rows, { outcome: 'y', unit: 'la', time: 'year', firstTreated: 'g' });
    const spec = eventStudyChart(es);
    const svg = await checkSpec(spec);
    expect(spec.data.values.map((v) => v.relativeTime)).toEqual([-2, -1, 0, 1, 2]);
    expect(markLabels(svg, 'point')).toContain(
      'Period -1 (1 before adoption): reference, fixed at 0',
    );
    expect(spec.title.subtitle).toMatch(/^Joint test of the leads: F\(1, \d+\) = /);
  });
  it('throws on broken arguments', () => {
    expect(() => eventStudyChart({} as never)).toThrow(/eventStudy result/);
  });
});

describe('costBreakdownChart', { timeout: 120_000 }, () => {
  it('stacks each authority by category, labelled from the study, amounts and shares in the labels', async () => {
    // Synthetic costs: Norfolk 30,000 + 10,000; Wakefield 5,000 in one category.
    const costs = implementationCosts(
      [
        { pilotId: 'norfolk', year: 2015, category: 'staffing-and-training', amount: 30000 },
        { pilotId: 'norfolk', year: 2016, category: 'indirect', amount: 10000 },
        { pilotId: 'wakefield', year: 2015, category: 'ongoing', amount: 5000 },
      ],
      { study, discountRate: 0.035 },
    );
    const spec = costBreakdownChart(costs, { study });
    const svg = await checkSpec(spec);
    expect(markLabels(svg, 'bar').sort()).toEqual([
      'Norfolk, Indirect costs: £10,000 (25% of £40,000)',
      'Norfolk, Staffing and training: £30,000 (75% of £40,000)',
      'Wakefield, Ongoing costs: £5,000 (100% of £5,000)',
    ]);
  });
  it('throws on broken arguments', () => {
    expect(() => costBreakdownChart({} as never, { study })).toThrow(/implementationCosts result/);
  });
});

describe('usageChart on rows protected by sos-eval/disclosure', { timeout: 120_000 }, () => {
  it('draws hidden levels as one dashed gap per bar, named, never as zero; level margins left out', async () => {
    // Synthetic counts (as the disclosure tests'): Wakefield all 12 / some 6 / none 2, Norfolk 9 / 5 / 1.
    const tally = usageTallyFromCounts(
      [
        { group: 'wakefield', tool: 'safety-planning', all: 12, some: 6, none: 2 },
        { group: 'norfolk', tool: 'safety-planning', all: 9, some: 5, none: 1 },
      ],
      { study, by: 'pilot' },
    );
    const { rows } = protectUsage(tally);
    const spec = usageChart(rows, { study });
    const svg = await checkSpec(spec);
    const labels = markLabels(svg, 'bar');
    const gaps = labels.filter((l) => l.includes('hidden to protect confidentiality'));
    expect(gaps.length).toBeGreaterThan(0);
    // No hidden level is drawn as a segment of its own, and none as 0%.
    for (const r of rows.filter(
      (x) => x.suppressed !== null && x.level !== 'Total' && x.group !== 'Total',
    ))
      expect(
        labels.some(
          (l) =>
            !l.includes('hidden to protect confidentiality') &&
            l.startsWith(
              `Safety planning, ${r.group === 'norfolk' ? 'Norfolk' : 'Wakefield'}: ${r.level === 'none' ? 'Not at all' : r.level === 'some' ? 'Some families' : 'All families'} `,
            ),
        ),
      ).toBe(false);
    expect(labels.some((l) => / 0% \(/.test(l))).toBe(false);
    expect(spec.description).toContain(
      'Hidden to protect confidentiality (a gap, not zero): Safety planning, Wakefield (Some families and Not at all) and Safety planning, Norfolk (Some families and Not at all).',
    );
    // The margin over sites (group 'Total', whose shares protectTable leaves null) is not a bar.
    expect(labels.some((l) => l.includes('Total'))).toBe(false);
    // Each bar still spans 100: shown levels plus the gap.
    const values = spec.data.values as unknown as readonly { group: string; percent: number }[];
    for (const g of new Set(values.map((v) => v.group)))
      expect(values.filter((v) => v.group === g).reduce((a, v) => a + v.percent, 0)).toBe(100);
  });

  test.prop(
    [fc.array(fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12)), { minLength: 1, maxLength: 4 })],
    { numRuns: 10 },
  )(
    'any protected usage table: validates, compiles, renders, and every bar with a hidden level has a gap',
    async (counts) => {
      const pilots = study.ids.pilots;
      const tally = usageTallyFromCounts(
        counts.map(([all, some, none], i) => ({
          group: pilots[i]!,
          tool: 'mapping' as const,
          all,
          some,
          none,
        })),
        { study, by: 'pilot' },
      );
      const { rows } = protectUsage(tally);
      const spec = usageChart(rows, { study });
      await checkSpec(spec);
      const values = spec.data.values as unknown as readonly {
        group: string;
        level: string;
        percent: number;
      }[];
      for (const v of values) expect(v.percent).toBeGreaterThan(-1e-9);
      const hiddenGroups = new Set(
        rows
          .filter((r) => r.suppressed !== null && r.level !== 'Total' && r.group !== 'Total')
          .map((r) => r.group),
      );
      for (const g of hiddenGroups) {
        const name = study.pilot(g as string)!.name;
        const shown = values.filter((v) => v.group === name);
        if (shown.length > 0) expect(shown.reduce((a, v) => a + v.percent, 0)).toBeCloseTo(100, 9);
      }
    },
  );
});
