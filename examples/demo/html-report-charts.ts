// The charts of the demo's HTML report, as Vega-Lite specs from sos-eval/charts, computed from the
// same records the tables are (the synthetic 2017 dataset, or a user's CSVs read for the study).
import {
  comparisonChart,
  driftChart,
  measureWaveChart,
  usageChart,
  type VegaLiteSpec,
} from 'sos-eval/charts';
import { compareCohorts, compareWaves, pairWaves } from 'sos-eval/longitudinal';
import {
  appendixTable,
  LSNS_6,
  PEARLIN_MASTERY,
  scoreMeasure,
  type MeasureDefinition,
} from 'sos-eval/measures';
import { EVALUATION_2017 } from 'sos-eval/reference';
import { detectDrift, judgementsFromCaseRecords } from 'sos-eval/scaling';
import { tallyUsage, usageShares } from 'sos-eval/usage';
import { study, type DemoData, type Sos2017Record } from './load-data.js';

/** One chart of the report: an id for its element, and its spec. */
export interface ReportChart {
  readonly id: string;
  readonly spec: VegaLiteSpec;
}

type FamilyInterview = Sos2017Record<'familyInterview'>;

/** Every chart the report shows that the data allow (a chart needs its records). */
export function reportCharts(data: DemoData): ReportChart[] {
  const charts: ReportChart[] = [];
  const subtitle = `Data: ${data.source}`;
  const tools = EVALUATION_2017.surveyedTools;
  if (data.surveyResponses.length > 0) {
    const overall = usageShares(tallyUsage(data.surveyResponses, { study, tools }), { study });
    charts.push({
      id: 'usage',
      spec: usageChart(overall, {
        study,
        title: 'Social workers using each tool with families (slides 14–17)',
        subtitle,
      }),
    });
    const byExperience = usageShares(
      tallyUsage(data.surveyResponses, { study, tools, by: 'experience' }),
      { study },
    );
    charts.push({
      id: 'usage-by-experience',
      spec: usageChart(byExperience, {
        study,
        title: 'Tool use by experience of Signs of Safety (slides 14–17)',
        subtitle,
        width: 420,
      }),
    });
  }

  const [T1, T2] = study.ids.waves;
  const at = (wave: string) => data.interviews.filter((i) => i.wave === wave);
  const scoresAt = (xs: readonly FamilyInterview[], def: MeasureDefinition) =>
    xs.flatMap((i) =>
      i.measures?.[def.id] === undefined ? [] : [scoreMeasure(def, i.measures[def.id]!)],
    );
  if (data.interviews.length > 0) {
    const measures = [
      { definition: LSNS_6, label: 'LSNS-6 (social network, 0–30)' },
      { definition: PEARLIN_MASTERY, label: 'Mastery (7–28)' },
    ];
    const rows = appendixTable(
      measures.map((m) => ({
        definition: m.definition,
        label: m.label,
        waves: { T1: scoresAt(at(T1), m.definition), T2: scoresAt(at(T2), m.definition) },
      })),
      { study },
    );
    charts.push({
      id: 'measures',
      spec: measureWaveChart(rows, {
        study,
        title: "Parents' measures at the two interviews (report, appendix I)",
        subtitle,
      }),
    });

    const waves = pairWaves(data.interviews, { study, from: T1, to: T2 });
    const scored = (def: MeasureDefinition) => (i: FamilyInterview) => {
      const items = i.measures?.[def.id];
      return items === undefined ? null : scoreMeasure(def, items).total;
    };
    const changes = measures.map((m) =>
      compareWaves(waves, {
        study,
        measure: scored(m.definition),
        kind: 'interval',
        name: m.label.replace(/ \(.*$/, ''),
      }),
    );
    charts.push({
      id: 'measure-change',
      spec: comparisonChart(changes, {
        title: 'Change within families, Time 2 − Time 1 (paired t-test)',
        subtitle,
        xTitle: 'Mean change in score (95% CI)',
      }),
    });
  }

  if (data.caseRecords.length > 0 && data.families.length > 0) {
    const cohortOf = new Map(data.families.map((f) => [f.id, f.cohort]));
    const inCohorts = data.caseRecords.filter((c) => cohortOf.has(c.familyId));
    const cohortRows = (['safety-planning', 'mapping', 'danger-statements'] as const).map((tool) =>
      compareCohorts(inCohorts, {
        study,
        cohort: (c) => cohortOf.get(c.familyId),
        measure: (c) => c.toolsEvidenced.includes(tool),
        kind: 'binary',
        name: study.tool(tool)!.name,
      }),
    );
    charts.push({
      id: 'cohorts',
      spec: comparisonChart(cohortRows, {
        title: 'Tools evidenced in case records, Cohort 2 − Cohort 1 (slide 15)',
        subtitle,
        scale: 100,
        xTitle: 'Difference, percentage points (95% CI)',
      }),
    });
  }

  if (data.caseRecords.length > 0) {
    const judgements = judgementsFromCaseRecords(data.caseRecords);
    if (judgements.length > 0) {
      charts.push({
        id: 'drift',
        spec: driftChart(detectDrift(judgements), {
          judgements,
          title: "Workers' safety judgements, case by case",
          subtitle,
        }),
      });
    }
  }
  return charts;
}
