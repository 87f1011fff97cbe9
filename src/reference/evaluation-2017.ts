import type { ToolId } from './sos-2017.js';
import type { PublishedFigure } from './published-figure.js';

type Draft = Omit<PublishedFigure, 'derived'> & { derived?: boolean };

const SURVEY = 165;
const FAMILIES_T1 = 270;
const FAMILIES_T2 = 184;

// Slides 14–17: share of the 165 surveyed social workers using each tool with all / some / none
// of their families. Family network meetings' "none" is not printed: 100 − 8 − 41 = 51.
const USAGE: readonly [ToolId, number, number, number, number, boolean][] = [
  ['safety-planning', 14, 42, 56, 2, false],
  ['mapping', 14, 38, 58, 4, false],
  ['danger-statements', 15, 48, 51, 1, false],
  ['appreciative-inquiry', 15, 7, 24, 69, false],
  ['three-houses', 16, 20, 75, 5, false],
  ['words-and-pictures', 16, 5, 57, 38, false],
  ['family-network-meetings', 17, 8, 41, 51, true],
];

const usageFigures: Draft[] = USAGE.flatMap(([tool, slide, all, some, none, noneDerived]) => [
  {
    id: `usage.${tool}.all`,
    slide,
    description: `Social workers using ${tool} with all families`,
    value: all,
    unit: 'percent',
    denominator: SURVEY,
    tool,
    level: 'all',
  },
  {
    id: `usage.${tool}.some`,
    slide,
    description: `Social workers using ${tool} with some families`,
    value: some,
    unit: 'percent',
    denominator: SURVEY,
    tool,
    level: 'some',
  },
  {
    id: `usage.${tool}.none`,
    slide,
    description: `Social workers not using ${tool} at all`,
    value: none,
    unit: 'percent',
    denominator: SURVEY,
    tool,
    level: 'none',
    derived: noneDerived,
    ...(noneDerived ? { note: `Not printed on the slide: 100 − ${all} − ${some}.` } : {}),
  },
]);

const drafts: Draft[] = [
  // Slide 6: the ten pilots by experience grouping.
  {
    id: 'pilots.new',
    slide: 6,
    description: "Pilots in the 'new' grouping",
    value: 4,
    unit: 'count',
    group: 'new',
  },
  {
    id: 'pilots.two-years',
    slide: 6,
    description: "Pilots in the '2 years' grouping",
    value: 3,
    unit: 'count',
    group: 'two-years',
  },
  {
    id: 'pilots.two-years-plus',
    slide: 6,
    description: "Pilots in the '2+ years' grouping",
    value: 3,
    unit: 'count',
    group: 'two-years-plus',
  },
  // Slide 7: data collected at Times 1 and 2.
  {
    id: 'workers.t1.interviewed',
    slide: 7,
    description: 'Social workers in interviews and focus groups at Time 1',
    value: 185,
    unit: 'count',
  },
  {
    id: 'workers.t2.surveyed',
    slide: 7,
    description: 'Social workers surveyed at Time 2',
    value: SURVEY,
    unit: 'count',
  },
  // Slide 7 is a grid flattened into one line; read cell by cell, 121 is the social workers who
  // completed time diaries and 30 the performance indicators analysed. The slide gives no count
  // of Time 2 worker interviews (an earlier reading split the cells wrongly: 121 interviews, 30
  // diaries).
  {
    id: 'workers.t2.time-diaries',
    slide: 7,
    description: 'Social workers who completed time diaries (Time 2)',
    value: 121,
    unit: 'count',
  },
  {
    id: 'families.t1.interviewed',
    slide: 7,
    description: 'Families interviewed at Time 1 (two cohorts)',
    value: FAMILIES_T1,
    unit: 'count',
  },
  {
    id: 'families.t2.interviewed',
    slide: 7,
    description: 'Families re-interviewed at Time 2',
    value: FAMILIES_T2,
    unit: 'count',
  },
  {
    id: 'case-records.analysed',
    slide: 7,
    description: 'Case records analysed (and re-analysed at Time 2)',
    value: 262,
    unit: 'count',
  },
  {
    id: 'performance-indicators.analysed',
    slide: 7,
    description: 'Performance indicators analysed (Time 2)',
    value: 30,
    unit: 'count',
  },
  // Slide 12: training.
  {
    id: 'training.short-course-days',
    slide: 12,
    description: "Length of the course a minority thought insufficient ('2 day')",
    value: 2,
    unit: 'days',
  },
  {
    id: 'training.long-course-days',
    slide: 12,
    description: "Length of the course that evolved over time ('5 day')",
    value: 5,
    unit: 'days',
  },
  // Slide 13: use of tools overall by grouping ("nearly everyone" in 2 years is not a number).
  {
    id: 'tools-overall.new',
    slide: 13,
    description: "Social workers using the tools overall, 'new' grouping (two-thirds)",
    value: 2 / 3,
    unit: 'fraction',
    group: 'new',
  },
  {
    id: 'tools-overall.two-years-plus',
    slide: 13,
    description: "Social workers using the tools overall, '2+ years' grouping (half)",
    value: 1 / 2,
    unit: 'fraction',
    group: 'two-years-plus',
  },
  // Slides 14–17.
  ...usageFigures,
  {
    id: 'usage.safety-planning.none.in-new',
    slide: 14,
    description: "Share of safety planning non-users who were in the 'new' grouping (all)",
    value: 1,
    unit: 'fraction',
    group: 'new',
    tool: 'safety-planning',
    level: 'none',
  },
  {
    id: 'usage.family-network-meetings.none.two-years',
    slide: 17,
    description: "Social workers not using family network meetings, '2 years' grouping (a quarter)",
    value: 1 / 4,
    unit: 'fraction',
    group: 'two-years',
    tool: 'family-network-meetings',
    level: 'none',
  },
  {
    id: 'usage.family-network-meetings.none.new',
    slide: 17,
    description: "Social workers not using family network meetings, 'new' grouping (two-thirds)",
    value: 2 / 3,
    unit: 'fraction',
    group: 'new',
    tool: 'family-network-meetings',
    level: 'none',
  },
  {
    id: 'usage.family-network-meetings.none.two-years-plus',
    slide: 17,
    description:
      "Social workers not using family network meetings, '2+ years' grouping (two-thirds)",
    value: 2 / 3,
    unit: 'fraction',
    group: 'two-years-plus',
    tool: 'family-network-meetings',
    level: 'none',
  },
  // Slide 18: supervision and assessment time.
  {
    id: 'supervision.overall',
    slide: 18,
    description: 'Social workers receiving supervision aligned with Signs of Safety',
    value: 76,
    unit: 'percent',
    denominator: SURVEY,
    note: 'Denominator assumed to be the survey; the slide does not say.',
  },
  {
    id: 'supervision.two-years',
    slide: 18,
    description: "Aligned supervision, '2 years' grouping (everyone)",
    value: 1,
    unit: 'fraction',
    group: 'two-years',
  },
  {
    id: 'supervision.new',
    slide: 18,
    description: "Aligned supervision, 'new' grouping (4 out of 5)",
    value: 4 / 5,
    unit: 'fraction',
    group: 'new',
  },
  {
    id: 'supervision.two-years-plus',
    slide: 18,
    description: "Aligned supervision, '2+ years' grouping (half)",
    value: 1 / 2,
    unit: 'fraction',
    group: 'two-years-plus',
  },
  {
    id: 'assessment-time.min',
    slide: 18,
    description: 'Assessment time with Signs of Safety, lowest reported (halving)',
    value: 0.5,
    unit: 'multiplier',
  },
  {
    id: 'assessment-time.max',
    slide: 18,
    description: 'Assessment time with Signs of Safety, highest reported (trebling)',
    value: 3,
    unit: 'multiplier',
  },
  // Slide 19: families.
  {
    id: 'families.t1',
    slide: 19,
    description: 'Families interviewed at Time 1',
    value: FAMILIES_T1,
    unit: 'count',
  },
  {
    id: 'families.t2',
    slide: 19,
    description: 'Families interviewed at Time 2',
    value: FAMILIES_T2,
    unit: 'count',
    denominator: FAMILIES_T1,
  },
  {
    id: 'families.case-records-consented',
    slide: 19,
    description: 'Families who agreed to their case records being examined',
    value: 262,
    unit: 'count',
    denominator: FAMILIES_T1,
  },
  {
    id: 'families.previous-referrals',
    slide: 19,
    description: 'Families with previous referral(s)',
    value: 204,
    unit: 'count',
    denominator: FAMILIES_T1,
  },
  {
    id: 'families.previous.domestic-abuse',
    slide: 19,
    description: 'Previous referrals involving domestic violence',
    value: 27,
    unit: 'percent',
    note: 'Denominator unclear: the 204 families with previous referrals, or all 270.',
  },
  {
    id: 'families.previous.neglect',
    slide: 19,
    description: 'Previous referrals involving neglect',
    value: 26,
    unit: 'percent',
    note: 'Denominator unclear: the 204 families with previous referrals, or all 270.',
  },
  {
    id: 'families.current.neglect',
    slide: 19,
    description: 'Current referrals involving neglect',
    value: 37,
    unit: 'percent',
    denominator: FAMILIES_T1,
  },
  {
    id: 'families.current.domestic-abuse',
    slide: 19,
    description: 'Current referrals involving domestic violence',
    value: 26,
    unit: 'percent',
    denominator: FAMILIES_T1,
  },
  // Slide 20: contact with social workers.
  {
    id: 'families.t1.changed-worker',
    slide: 20,
    description: 'Families who had had a change of social worker by Time 1',
    value: 59,
    unit: 'percent',
    denominator: FAMILIES_T1,
  },
  {
    id: 'families.t1.three-workers',
    slide: 20,
    description: 'Families who had worked with three social workers by Time 1',
    value: 9,
    unit: 'percent',
    denominator: FAMILIES_T1,
  },
  {
    id: 'families.t1.agency-worker',
    slide: 20,
    description: 'Families with an agency social worker at Time 1 (1 in 5)',
    value: 1 / 5,
    unit: 'fraction',
    denominator: FAMILIES_T1,
  },
  {
    id: 'families.t2.still-allocated',
    slide: 20,
    description: 'Families still with a social worker at Time 2',
    value: 165,
    unit: 'count',
    denominator: FAMILIES_T2,
  },
  {
    id: 'families.t2.changed-worker',
    slide: 20,
    description: 'Families who had had a change of social worker by Time 2 (1 in 3)',
    value: 1 / 3,
    unit: 'fraction',
    note: 'Denominator unclear: the 184 re-interviewed or the 165 still allocated.',
  },
  // Slide 21: feelings about social workers.
  {
    id: 'feelings.positive',
    slide: 21,
    description: 'Families positive or very positive about their social worker',
    value: 43,
    unit: 'percent',
    note: 'Denominator not given; the demo assumes the 270 Time 1 interviews.',
  },
  {
    id: 'feelings.negative',
    slide: 21,
    description: 'Families negative or very negative about their social worker',
    value: 37,
    unit: 'percent',
    note: 'Denominator not given.',
  },
  {
    id: 'feelings.neutral',
    slide: 21,
    description: 'Families with no strong feelings about their social worker',
    value: 17,
    unit: 'percent',
    note: 'Denominator not given.',
  },
  {
    id: 'feelings.no-response',
    slide: 21,
    description: 'Families giving no response ("a small number")',
    value: 3,
    unit: 'percent',
    derived: true,
    note: 'Not printed: 100 − 43 − 37 − 17.',
  },
];

/**
 * The 2017 evaluation (Baginsky, Moriarty, Manthorpe; King's College London; DfE Children's
 * Social Care Innovation Programme report 48, July 2017) as data: its source, the tools its survey
 * asked about, and every figure on slides 6–21 of the evaluators' September 2017 presentation.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { EVALUATION_2017 } from 'sos-eval/reference';
 *
 * EVALUATION_2017.figures.find((f) => f.id === 'usage.safety-planning.all')?.value //=> 42
 * EVALUATION_2017.figures.find((f) => f.id === 'usage.family-network-meetings.none')?.derived //=> true
 * ```
 */
export const EVALUATION_2017 = Object.freeze({
  /** The report's title. */
  title: 'Evaluation of Signs of Safety in 10 pilots',
  /** The report's authors, in the order printed. */
  authors: [
    'Mary Baginsky',
    'Jo Moriarty',
    'Jill Manthorpe',
    'Jennifer Beecham',
    'Caroline Hickman',
  ] as readonly string[],
  /** Publisher and series of the report. */
  publisher:
    'Department for Education, Children’s Social Care Innovation Programme Evaluation Report 48',
  /** The report's publication date. */
  published: '2017-07-06',
  /** The presentation whose slides the figures are numbered by. */
  slides:
    'Signs of Safety: an evaluation across ten areas in England (Social Care Workforce Research Unit, 26 September 2017)',
  /** The seven tools of the social worker survey (slides 14–17), in slide order. */
  surveyedTools: USAGE.map(([tool]) => tool) as readonly ToolId[],
  /** Every published figure, with its slide, denominator and whether it was derived. */
  figures: Object.freeze(
    drafts.map((d) => Object.freeze({ ...d, derived: d.derived ?? false }) as PublishedFigure),
  ),
});

/**
 * Looks up a published figure by id.
 *
 * @throws RangeError for an unknown id.
 * @category Reference data
 * @example
 * ```ts
 * import { publishedFigure } from 'sos-eval/reference';
 *
 * publishedFigure('supervision.overall').value //=> 76
 * publishedFigure('families.t2').denominator //=> 270
 * ```
 */
export function publishedFigure(id: string): PublishedFigure {
  const found = EVALUATION_2017.figures.find((f) => f.id === id);
  if (!found) throw new RangeError(`id must name a published figure, got ${JSON.stringify(id)}`);
  return found;
}
