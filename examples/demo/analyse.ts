import { EVALUATION_2017, publishedFigure, type ToolId } from 'sos-eval/reference';
import { wilsonInterval } from 'sos-eval/stats';
import { tallyUsage, usageShares, type UsageShareRow } from 'sos-eval/usage';
import {
  attrition,
  compareCohorts,
  compareWaves,
  pairWaves,
  type Comparison,
} from 'sos-eval/longitudinal';
import {
  LSNS_6,
  PEARLIN_MASTERY,
  appendixTable,
  type AppendixTableCell,
  scoreMeasure,
  type MeasureDefinition,
} from 'sos-eval/measures';
import { study, type DemoData, type Sos2017Record } from './load-data.js';
import type { DemoReport, FigureRow, GroupRow, ReportSection, TestRow } from './report.js';

type FamilyInterview = Sos2017Record<'familyInterview'>;

const toolName = (id: ToolId) => study.tool(id)?.name ?? id;
// The experience grouping's levels in the study's order: new, 2 years, 2+ years.
const experience = study.grouping('experience')!.levels;
// The two interview waves, Time 1 and Time 2.
const [T1, T2] = study.ids.waves;

/** A share with its 95% Wilson interval beside a published percentage. */
function share(
  label: string,
  figureId: string | null,
  count: number,
  n: number,
  published?: number,
): FigureRow {
  const figure = figureId === null ? null : publishedFigure(figureId);
  const value =
    figure === null
      ? (published ?? null)
      : figure.unit === 'fraction'
        ? figure.value * 100
        : figure.value;
  if (n === 0) {
    return {
      kind: 'figure',
      label,
      published: value,
      source: figure ? `s${figure.slide}` : null,
      value: null,
      lower: null,
      upper: null,
      count,
      n,
      unit: 'percent',
    };
  }
  const ci = wilsonInterval(count, n);
  return {
    kind: 'figure',
    label,
    published: value,
    source: figure ? `s${figure.slide}` : null,
    value: (100 * count) / n,
    lower: 100 * ci.lower,
    upper: 100 * ci.upper,
    count,
    n,
    unit: 'percent',
  };
}

// Why a comparison could not be computed (too few pairs, no discordant pairs) is reported with
// the data issues rather than lost.
let analysisIssues: string[] = [];

function testRow(label: string, row: Comparison, scale = 1): TestRow {
  for (const issue of row.issues) analysisIssues.push(`${label.trim()}: ${issue.message}`);
  const times = (x: number | null) => (x === null ? null : x * scale);
  return {
    kind: 'test',
    label,
    estimate: times(row.estimate),
    confLow: times(row.confLow),
    confHigh: times(row.confHigh),
    pValue: row.pValue,
    n: row.n,
    method: row.method,
  };
}

const count = <T>(xs: readonly T[], f: (x: T) => boolean) =>
  xs.reduce((k, x) => (f(x) ? k + 1 : k), 0);

function usageSections(data: DemoData): ReportSection[] {
  const tools = EVALUATION_2017.surveyedTools;
  const overall = usageShares(tallyUsage(data.surveyResponses, { study, tools }), { study });
  const find = (rows: readonly UsageShareRow[], tool: ToolId, level: string, group?: string) =>
    rows.find(
      (r) => r.tool === tool && r.level === level && (group === undefined || r.group === group),
    );
  const usageRows: FigureRow[] = tools.flatMap((tool) =>
    (['all', 'some', 'none'] as const).map((level) => {
      const row = find(overall, tool, level)!;
      const figure = publishedFigure(`usage.${tool}.${level}`);
      return {
        kind: 'figure' as const,
        label: `${toolName(tool)}: ${level === 'none' ? 'not at all' : `${level} families`}`,
        published: figure.value,
        source: `s${figure.slide}${figure.derived ? '*' : ''}`,
        value: row.percent,
        lower: row.lower,
        upper: row.upper,
        count: row.count,
        n: row.n,
        unit: 'percent' as const,
      };
    }),
  );

  const byExperience = tallyUsage(data.surveyResponses, { study, tools, by: 'experience' });
  const byGroup = usageShares(byExperience, { study });
  const statements: Partial<Record<string, string>> = {
    'safety-planning:new': 'all who never use it',
    'family-network-meetings:new': 'none: two-thirds',
    'family-network-meetings:two-years': 'none: a quarter',
    'family-network-meetings:two-years-plus': 'none: two-thirds',
    'appreciative-inquiry:two-years': 'highest use',
  };
  const groupRows: GroupRow[] = tools.flatMap((tool) =>
    experience.map((g) => ({
      kind: 'group' as const,
      label: `${toolName(tool)} · ${g.label}`,
      all: find(byGroup, tool, 'all', g.id)?.percent ?? null,
      some: find(byGroup, tool, 'some', g.id)?.percent ?? null,
      none: find(byGroup, tool, 'none', g.id)?.percent ?? null,
      n: find(byGroup, tool, 'all', g.id)?.n ?? 0,
      published: statements[`${tool}:${g.id}`] ?? null,
    })),
  );

  const supervised = data.surveyResponses.filter((r) => r.supervisionAligned !== null);
  const supervisionRows = [
    share(
      'Aligned supervision, all workers',
      'supervision.overall',
      count(supervised, (r) => r.supervisionAligned === true),
      supervised.length,
    ),
    ...experience.map((g) => {
      const inGroup = supervised.filter((r) => study.groupOf(r.pilotId, 'experience') === g.id);
      return share(
        `  ${g.label}`,
        `supervision.${g.id}`,
        count(inGroup, (r) => r.supervisionAligned === true),
        inGroup.length,
      );
    }),
  ];
  return [
    {
      title: 'Social workers using each tool with families (slides 14–17)',
      note: '* not printed on the slide: 100 − 8 − 41.',
      rows: usageRows,
    },
    { title: 'Usage by experience grouping, % all / some / none (slides 14–17)', rows: groupRows },
    { title: 'Supervision aligned with Signs of Safety (slide 18)', rows: supervisionRows },
  ];
}

function familySections(data: DemoData): ReportSection[] {
  const families = data.families;
  const n = families.length;
  const t1 = data.interviews.filter((i) => i.wave === T1);
  const t2 = data.interviews.filter((i) => i.wave === T2);
  const feelings = (f: (i: FamilyInterview) => boolean) => count(t1, f);
  const referral: FigureRow[] = [
    share(
      'Previous referral(s)',
      null,
      count(families, (f) => f.previousReferrals > 0),
      n,
      (100 * 204) / 270,
    ),
    share(
      'Previous: domestic violence',
      'families.previous.domestic-abuse',
      count(families, (f) => f.previousConcerns.includes('domestic-abuse')),
      n,
    ),
    share(
      'Previous: neglect',
      'families.previous.neglect',
      count(families, (f) => f.previousConcerns.includes('neglect')),
      n,
    ),
    share(
      'Current: neglect',
      'families.current.neglect',
      count(families, (f) => f.currentConcerns.includes('neglect')),
      n,
    ),
    share(
      'Current: domestic violence',
      'families.current.domestic-abuse',
      count(families, (f) => f.currentConcerns.includes('domestic-abuse')),
      n,
    ),
  ];
  const contact: FigureRow[] = [
    share(
      'T1: had a change of worker',
      'families.t1.changed-worker',
      count(t1, (i) => (i.workerChanges ?? 0) >= 1),
      count(t1, (i) => i.workerChanges !== null),
    ),
    share(
      'T1: had worked with three',
      'families.t1.three-workers',
      count(t1, (i) => (i.workerChanges ?? 0) >= 2),
      count(t1, (i) => i.workerChanges !== null),
    ),
    share(
      'T1: agency worker (1 in 5)',
      'families.t1.agency-worker',
      count(t1, (i) => i.agencyWorker === true),
      count(t1, (i) => i.agencyWorker !== null),
    ),
    share(
      'T2: still with a worker (165/184)',
      null,
      count(t2, (i) => i.stillAllocated === true),
      count(t2, (i) => i.stillAllocated !== null),
      (100 * 165) / 184,
    ),
  ];
  const t1ById = new Map(t1.map((i) => [i.familyId, i]));
  const withBoth = t2.filter(
    (i) => t1ById.get(i.familyId)?.workerChanges != null && i.workerChanges !== null,
  );
  contact.push(
    share(
      'T2: changed worker since T1 (1 in 3)',
      'families.t2.changed-worker',
      count(withBoth, (i) => i.workerChanges! > t1ById.get(i.familyId)!.workerChanges!),
      withBoth.length,
    ),
  );
  const answered = t1.length;
  const feelingRows: FigureRow[] = [
    share(
      'Positive or very positive',
      'feelings.positive',
      feelings((i) => i.feeling === 'positive' || i.feeling === 'very-positive'),
      answered,
    ),
    share(
      'Negative or very negative',
      'feelings.negative',
      feelings((i) => i.feeling === 'negative' || i.feeling === 'very-negative'),
      answered,
    ),
    share(
      'No strong feelings',
      'feelings.neutral',
      feelings((i) => i.feeling === 'neutral'),
      answered,
    ),
    share(
      'No response',
      'feelings.no-response',
      feelings((i) => i.feeling === 'no-response'),
      answered,
    ),
  ];
  return [
    { title: 'Referral history, % of families (slide 19)', rows: referral },
    { title: 'Contact with social workers (slide 20)', rows: contact },
    { title: 'Feelings about the social worker, T1 (slide 21)', rows: feelingRows },
  ];
}

function longitudinalSections(data: DemoData): ReportSection[] {
  const t1 = data.interviews.filter((i) => i.wave === T1);
  const t2 = data.interviews.filter((i) => i.wave === T2);
  // Families interviewed at both waves, by family id; those lost after Time 1.
  const waves = pairWaves(data.interviews, { study, from: T1, to: T2 });
  for (const issue of waves.issues) analysisIssues.push(`pairing waves: ${issue.message}`);
  const { retention } = waves;
  const families = new Map(data.families.map((f) => [f.id, f]));
  const family = (i: FamilyInterview) => families.get(i.familyId);
  const attritionRows = attrition(waves, {
    study,
    variables: [
      {
        name: 'Cohort 2',
        kind: 'binary',
        value: (i) => (family(i) ? family(i)!.cohort === 'cohort-2' : null),
      },
      {
        name: 'Previous referral(s)',
        kind: 'binary',
        value: (i) => (family(i) ? family(i)!.previousReferrals > 0 : null),
      },
      {
        name: 'Current neglect',
        kind: 'binary',
        value: (i) => (family(i) ? family(i)!.currentConcerns.includes('neglect') : null),
      },
      { name: 'Agency worker at T1', kind: 'binary', value: (i) => i.agencyWorker },
      { name: 'Changes of worker by T1', kind: 'numeric', value: (i) => i.workerChanges },
      { name: 'Feeling about worker', kind: 'categorical', value: (i) => i.feeling },
    ],
  });
  const retentionRows: (FigureRow | TestRow)[] = [
    share(
      'Re-interviewed at T2 (184 of 270)',
      null,
      retention.paired,
      retention.from,
      (100 * 184) / 270,
    ),
    ...attritionRows.map((r) => {
      for (const issue of r.issues)
        analysisIssues.push(`attrition, ${r.variable}: ${issue.message}`);
      return {
        kind: 'test' as const,
        label: `  retained vs lost: ${r.variable}`,
        estimate: r.estimate === null ? null : r.kind === 'binary' ? 100 * r.estimate : r.estimate,
        confLow: r.confLow === null ? null : 100 * r.confLow,
        confHigh: r.confHigh === null ? null : 100 * r.confHigh,
        pValue: r.pValue,
        n: r.nRetained + r.nLost,
        method: r.method,
      };
    }),
  ];

  // A case record's cohort is its family's; records of families not in the families file have
  // none and are left out, as before.
  const cohortOf = (familyId: string) => families.get(familyId)?.cohort;
  const inCohorts = data.caseRecords.filter((c) => cohortOf(c.familyId) !== undefined);
  const cohortRows = (['safety-planning', 'mapping', 'danger-statements'] as const).map((tool) =>
    testRow(
      `${toolName(tool)}: C2 − C1, % points`,
      compareCohorts(inCohorts, {
        study,
        cohort: (c) => cohortOf(c.familyId),
        measure: (c) => c.toolsEvidenced.includes(tool),
        kind: 'binary',
        name: tool,
      }),
      100,
    ),
  );

  const scored = (def: MeasureDefinition) => (i: FamilyInterview) => {
    const items = i.measures?.[def.id];
    return items === undefined ? null : scoreMeasure(def, items).total;
  };
  const scoresAt = (xs: readonly FamilyInterview[], def: MeasureDefinition) =>
    xs.flatMap((i) =>
      i.measures?.[def.id] === undefined ? [] : [scoreMeasure(def, i.measures[def.id]!)],
    );
  const appendix = appendixTable(
    [
      {
        definition: LSNS_6,
        waves: { T1: scoresAt(t1, LSNS_6), T2: scoresAt(t2, LSNS_6) },
        label: 'LSNS-6',
      },
      {
        definition: PEARLIN_MASTERY,
        waves: { T1: scoresAt(t1, PEARLIN_MASTERY), T2: scoresAt(t2, PEARLIN_MASTERY) },
        label: 'Mastery',
      },
    ],
    { study },
  );
  const published: Record<string, [number, number, number, number, number | null, number | null]> =
    {
      // Appendix I: T1 mean, n, T2 mean, n, % below the isolation cut point at T1 and T2.
      'lsns-6': [15, 210, 16, 136, 34, 28],
      'pearlin-mastery': [20, 235, 21, 141, null, null],
    };
  const measureRows: (FigureRow | TestRow)[] = appendix.flatMap((row) => {
    const [m1, n1, m2, n2, c1, c2] = published[row.measure]!;
    const [w1, w2] = row.waves as [AppendixTableCell, AppendixTableCell];
    const mean = (label: string, pub: number, value: number | null, n: number): FigureRow => ({
      kind: 'figure',
      label,
      published: pub,
      source: 'App. I',
      value,
      lower: null,
      upper: null,
      count: null,
      n,
      unit: 'mean',
    });
    const rows: (FigureRow | TestRow)[] = [
      mean(`${row.label} mean, T1 (published n ${n1})`, m1, w1.mean, w1.n),
      mean(`${row.label} mean, T2 (published n ${n2})`, m2, w2.mean, w2.n),
    ];
    if (c1 !== null && c2 !== null && w1.belowCut !== null && w2.belowCut !== null) {
      rows.push(
        share(
          `${row.label} isolated (< 12), T1`,
          null,
          Math.round((w1.belowCut * w1.n) / 100),
          w1.n,
          c1,
        ),
      );
      rows.push(
        share(
          `${row.label} isolated (< 12), T2`,
          null,
          Math.round((w2.belowCut * w2.n) / 100),
          w2.n,
          c2,
        ),
      );
    }
    const def = row.measure === 'lsns-6' ? LSNS_6 : PEARLIN_MASTERY;
    rows.push(
      testRow(
        `${row.label}: paired change T2 − T1`,
        compareWaves(waves, { study, measure: scored(def), kind: 'interval', name: def.id }),
      ),
    );
    return rows;
  });

  return [
    { title: 'Retention T1 → T2 and attrition check (slides 7, 19)', rows: retentionRows },
    {
      title: 'Cohort 2 vs Cohort 1: tools evidenced in case records (slide 15)',
      note: 'The slide says use of these tools increased; it gives no numbers.',
      rows: cohortRows,
    },
    { title: "Parents' measures, T1 vs T2 (report, appendix I)", rows: measureRows },
  ];
}

/** Runs every analysis the demo shows. */
export function analyse(data: DemoData): DemoReport {
  analysisIssues = [];
  const sections = [...usageSections(data), ...familySections(data), ...longitudinalSections(data)];
  return {
    source: data.source,
    notice: data.notice,
    sections,
    issues: [...data.issues, ...analysisIssues],
  };
}
