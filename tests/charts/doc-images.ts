// The pictures in docs/charts.md: each chart built from the same data the guide's examples use,
// rendered to SVG with vega in node. `npx tsx tests/charts/render-doc-images.ts` writes them to
// docs/images/charts/; tests/charts/doc-images.test.ts fails when a committed picture is not what
// the builders now draw.
import { cinIndicators, readCinCensus, synthesiseCinCensus } from 'sos-eval/admin';
import {
  comparisonChart,
  costBreakdownChart,
  eventStudyChart,
  indicatorChart,
  driftChart,
  measureWaveChart,
  usageChart,
  type VegaLiteSpec,
} from 'sos-eval/charts';
import { implementationCosts } from 'sos-eval/costs';
import { DFE_CHILDREN_IN_NEED_RULES, protectTable } from 'sos-eval/disclosure';
import { eventStudy } from 'sos-eval/impact';
import { compareCohorts, compareWaves, pairWaves } from 'sos-eval/longitudinal';
import { appendixTable, LSNS_6, PEARLIN_MASTERY, scoreMeasure } from 'sos-eval/measures';
import { SOS_2017, SURVEY_USAGE_COUNTS_2017 } from 'sos-eval/reference';
import { detectDrift, judgementsFromCaseRecords } from 'sos-eval/scaling';
import { synthesiseEvaluation } from 'sos-eval/synthetic';
import { tallyUsage, usageShares, usageTallyFromCounts } from 'sos-eval/usage';
import { compileSpec, renderSvg } from './_render.js';

/** Where the pictures go, from the repository root. */
export const DOC_IMAGES_DIR = 'docs/images/charts';

/** One picture: its file name (without .svg) and the spec drawn. */
export interface DocImage {
  readonly name: string;
  readonly spec: VegaLiteSpec;
}

const study = SOS_2017;

/** Every picture of docs/charts.md. */
export async function docImages(): Promise<DocImage[]> {
  const data = synthesiseEvaluation({ seed: 2017 });
  const synthetic = 'Synthetic data (seed 2017)';
  const published = usageShares(
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
  const byExperience = usageShares(
    tallyUsage(data.surveyResponses, {
      study,
      tools: SURVEY_USAGE_COUNTS_2017.map((c) => c.tool),
      by: 'experience',
    }),
    { study },
  );
  const interviews = [...data.interviewsT1, ...data.interviewsT2];
  const scores = (wave: string, def: typeof LSNS_6) =>
    interviews.flatMap((i) =>
      i.wave === wave && i.measures?.[def.id] ? [scoreMeasure(def, i.measures[def.id]!)] : [],
    );
  const appendix = appendixTable(
    [
      {
        definition: LSNS_6,
        label: 'LSNS-6',
        waves: { T1: scores('T1', LSNS_6), T2: scores('T2', LSNS_6) },
      },
      {
        definition: PEARLIN_MASTERY,
        label: 'Mastery',
        waves: { T1: scores('T1', PEARLIN_MASTERY), T2: scores('T2', PEARLIN_MASTERY) },
      },
    ],
    { study },
  );
  const waves = pairWaves(interviews, { study, from: 'T1', to: 'T2' });
  const total = (def: typeof LSNS_6) => (i: (typeof interviews)[number]) =>
    i.measures?.[def.id] === undefined ? null : scoreMeasure(def, i.measures[def.id]!).total;
  const cohortOf = new Map(data.families.map((f) => [f.id, f.cohort]));
  const comparisons = [
    compareWaves(waves, { study, measure: total(LSNS_6), kind: 'interval', name: 'LSNS-6' }),
    compareWaves(waves, {
      study,
      measure: total(PEARLIN_MASTERY),
      kind: 'interval',
      name: 'Mastery',
    }),
    // Welch's t-test between the cohorts' Time 1 scores.
    compareCohorts(data.interviewsT1, {
      study,
      cohort: (i) => cohortOf.get(i.familyId),
      measure: total(LSNS_6),
      kind: 'interval',
      name: 'LSNS-6 at Time 1',
    }),
  ];
  // Forty cases keep the picture legible; the report draws them all.
  const records = data.caseRecords.slice(0, 40);
  const judgements = judgementsFromCaseRecords(records);
  // Synthetic census: three authorities, two adopting in 2021 and 2022, one never.
  const files = synthesiseCinCensus({
    seed: 11,
    authorities: [
      { code: '901', adoptionYear: 2021 },
      { code: '902', adoptionYear: 2022 },
      { code: '903', adoptionYear: null },
    ],
    years: [2019, 2020, 2021, 2022, 2023],
    children: 80,
  });
  const census = cinIndicators(await Promise.all(files.map((f) => readCinCensus(f.xml))));
  // Synthetic panel: 6 authorities × 5 years; A–D adopt in year 3, E and F never; effect 2.
  const panel = ['A', 'B', 'C', 'D', 'E', 'F'].flatMap((la, u) =>
    [1, 2, 3, 4, 5].map((year) => ({
      la,
      year,
      g: u < 4 ? 3 : null,
      y: u + year + (u < 4 && year >= 3 ? 2 : 0) + (u % 2 ? 0.1 : -0.1) * (year % 2),
    })),
  );
  // Synthetic implementation costs of three pilots.
  const costs = implementationCosts(
    [
      { pilotId: 'wakefield', year: 2015, category: 'staffing-and-training', amount: 42000 },
      { pilotId: 'wakefield', year: 2015, category: 'management-input', amount: 9000 },
      { pilotId: 'wakefield', year: 2016, category: 'ongoing', amount: 12000 },
      { pilotId: 'norfolk', year: 2015, category: 'staffing-and-training', amount: 61000 },
      { pilotId: 'norfolk', year: 2015, category: 'other-direct', amount: 8000 },
      { pilotId: 'norfolk', year: 2016, category: 'indirect', amount: 15000 },
      { pilotId: 'brent', year: 2015, category: 'staffing-and-training', amount: 25000 },
      { pilotId: 'brent', year: 2016, category: 'ongoing', amount: 7000 },
    ],
    { study, discountRate: 0.035 },
  );
  // Synthetic counts by site, protected with the DfE's children-in-need rules.
  const bySite = usageShares(
    usageTallyFromCounts(
      [
        { group: 'wakefield', tool: 'safety-planning', all: 12, some: 6, none: 2 },
        { group: 'norfolk', tool: 'safety-planning', all: 9, some: 5, none: 1 },
        { group: 'wakefield', tool: 'mapping', all: 10, some: 8, none: 7 },
        { group: 'norfolk', tool: 'mapping', all: 8, some: 9, none: 6 },
      ],
      { study, by: 'pilot' },
    ),
    { study },
  );
  const protectedShares = protectTable(bySite, {
    rules: DFE_CHILDREN_IN_NEED_RULES,
    dimensions: ['group', 'tool', 'level'],
    value: 'count',
    derived: ['percent', 'lower', 'upper'],
    denominator: 'level',
  }).rows;
  return [
    {
      name: 'usage',
      spec: usageChart(published, {
        study,
        subtitle: 'Published 2017 survey, 165 social workers (slides 14–17)',
      }),
    },
    {
      name: 'usage-by-group',
      spec: usageChart(byExperience, {
        study,
        title: 'Tool use by experience of Signs of Safety',
        subtitle: synthetic,
      }),
    },
    { name: 'measure-waves', spec: measureWaveChart(appendix, { study, subtitle: synthetic }) },
    {
      name: 'comparison',
      spec: comparisonChart(comparisons, {
        subtitle: synthetic,
        title: 'Changes and differences with their intervals',
      }),
    },
    {
      name: 'usage-protected',
      spec: usageChart(protectedShares, {
        study,
        title: 'Tool use by site, protected for publication',
        subtitle: `${synthetic}; DfE children-in-need rules`,
      }),
    },
    {
      name: 'indicator',
      spec: indicatorChart(census.rows, {
        indicator: 'rereferrals_12m',
        adoption: { '901': 2021, '902': 2022 },
        groupLabels: {
          '901': 'Authority A',
          '902': 'Authority B',
          '903': 'Authority C (never adopted)',
        },
        title: 'Re-referrals within 12 months, by authority',
        subtitle: 'Synthetic census; filled points from the year of adoption',
      }),
    },
    {
      name: 'event-study',
      spec: eventStudyChart(
        eventStudy(panel, { outcome: 'y', unit: 'la', time: 'year', firstTreated: 'g' }),
        { title: 'Effect by year relative to adoption (synthetic panel, effect 2)' },
      ),
    },
    { name: 'costs', spec: costBreakdownChart(costs, { study, subtitle: 'Synthetic costs' }) },
    {
      name: 'drift',
      spec: driftChart(detectDrift(judgements), { judgements, subtitle: `${synthetic}, 40 cases` }),
    },
  ];
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A picture as a standalone SVG file: vega's SVG, named for screen readers by the spec's title
 * and description (role="img", <title>, <desc>), as the HTML report's charts are.
 */
export async function docSvg(spec: VegaLiteSpec): Promise<string> {
  const { vega, warnings } = compileSpec(spec);
  if (warnings.length > 0) throw new Error(`vega-lite warned: ${warnings.join('; ')}`);
  const svg = await renderSvg(vega);
  const open = svg.indexOf('>') + 1;
  const named =
    `${svg.slice(0, open - 1)} role="img" aria-labelledby="title desc">` +
    `<title id="title">${escapeXml(spec.title.text)}</title><desc id="desc">${escapeXml(spec.description)}</desc>`;
  return `${named}${svg.slice(open)}\n`;
}
