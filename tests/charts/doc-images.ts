// The pictures in docs/charts.md: each chart built from the same data the guide's examples use,
// rendered to SVG with vega in node. `npx tsx tests/charts/render-doc-images.ts` writes them to
// docs/images/charts/; tests/charts/doc-images.test.ts fails when a committed picture is not what
// the builders now draw.
import {
  comparisonChart,
  driftChart,
  measureWaveChart,
  usageChart,
  type VegaLiteSpec,
} from 'sos-eval/charts';
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
export function docImages(): DocImage[] {
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
