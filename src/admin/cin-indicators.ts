import { assertOneOf, assertOpenUnit } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { orderStatistic, sortCounts } from '../_lib/numeric/counts.js';
import { quantileAt } from '../_lib/numeric/quantile.js';
import type { Study } from '../models/study/study.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import type { CinIssue } from './cin-issue.js';
import type { CinChild, CinHeader, CinProtectionPlan } from './cin-records.js';
import { addMonths, dayNumber } from '../_lib/calendar.js';
import { workingDaysOnDays } from './working-days.js';

/**
 * The indicators {@link cinIndicators} computes, each defined (with its DfE source) in
 * docs/indicators.md.
 *
 * @category Indicators
 */
export type CinIndicatorId =
  | 'referrals'
  | 'rereferrals_12m'
  | 'referrals_nfa'
  | 'assessments_completed'
  | 'assessments_within_45_days'
  | 'assessment_days_median'
  | 'assessment_days_q1'
  | 'assessment_days_q3'
  | 'section47_enquiries'
  | 'initial_conferences'
  | 'cpp_started'
  | 'cpp_second_or_subsequent'
  | 'cpp_second_within_2_years'
  | 'cpp_ended'
  | 'cpp_ended_2_years_or_more'
  | 'cin_at_31_march'
  | 'cpp_at_31_march'
  | 'referrals_rate'
  | 'section47_enquiries_rate'
  | 'cpp_started_rate'
  | 'cin_at_31_march_rate'
  | 'cpp_at_31_march_rate';

/**
 * One indicator for one reporting year and one unit (an authority, a group of authorities, a
 * study's pilot, or all). `measure` says how to read `value`: a `count` (numerator = value, no
 * denominator); a `proportion` (numerator / denominator, with its Wilson interval); `working_days`
 * (a median or quartile of assessment durations; the denominator is the number of durations); a
 * `rate_per_10000` children aged 0–17 (numerator the count, denominator the population, value
 * rounded to 1 decimal place as the DfE publishes it, `null` without a population).
 *
 * @category Indicators
 */
export interface CinIndicatorRow {
  /** Reporting (collection) year: 1 April of the year before to 31 March. */
  readonly year: number;
  /** What `group` names. */
  readonly unit: 'authority' | 'group' | 'pilot' | 'all';
  /** The authority code, group name or pilot id (`all` for everything). */
  readonly group: string;
  /** Which indicator. */
  readonly indicator: CinIndicatorId;
  /** How to read `value`. */
  readonly measure: 'count' | 'proportion' | 'working_days' | 'rate_per_10000';
  /** The count (or the numerator of the proportion or rate). */
  readonly numerator: number | null;
  /** The proportion's or rate's base; the number of durations for working days. */
  readonly denominator: number | null;
  /** The indicator's value (`null` when the denominator is 0 or the population unknown). */
  readonly value: number | null;
  /** Wilson interval's lower limit (proportions only). */
  readonly lower: number | null;
  /** Wilson interval's upper limit (proportions only). */
  readonly upper: number | null;
}

/**
 * How indicator rows are grouped: per authority (the default), all together, by named groups of
 * authorities (a name → LA codes; an authority may sit in several groups), or by a study's
 * pilots (`pilots` maps each pilot id of the study to its LA codes).
 *
 * @category Indicators
 */
export type CinIndicatorGrouping =
  | 'authority'
  | 'all'
  | {
      /** Group name → the LA codes in it. */
      readonly groups: Readonly<Record<string, readonly string[]>>;
    }
  | {
      /** The study whose pilots the rows are for. */
      readonly study: Study;
      /** Pilot id (of the study) → its LA codes. */
      readonly pilots: Readonly<Record<string, readonly string[]>>;
    };

/**
 * Options for {@link cinIndicators} and {@link cinIndicatorsFromSources}.
 *
 * @category Indicators
 */
export interface CinIndicatorOptions {
  /** How rows are grouped. Default `'authority'`. */
  readonly by?: CinIndicatorGrouping;
  /** Children aged 0–17 per authority code (e.g. ONS mid-year estimates), for the rates per 10,000. */
  readonly population?: Readonly<Record<string, number>>;
  /** Where assessment duration starts: the assessment's start date (default) or the referral date. */
  readonly assessmentClock?: 'start' | 'referral';
  /** Confidence level of the Wilson intervals. Default 0.95. */
  readonly confLevel?: number;
}

/** Result of the indicator functions: rows and what could not be counted. */
export interface CinIndicatorResult {
  /** Tidy rows, by year, then unit, then indicator. */
  readonly rows: readonly CinIndicatorRow[];
  /** Files skipped (no authority or year) and assessments outside the bank-holiday table. */
  readonly issues: readonly CinIssue[];
}

const COUNT_KEYS = [
  'referrals',
  'rereferrals',
  'nfa',
  'assessmentsCompleted',
  'durations',
  'within45',
  'section47',
  'icpc',
  'cppStarted',
  'cppSecond',
  'cppSecond2y',
  'cppEnded',
  'cppEnded2y',
  'cin31',
  'cpp31',
] as const;
type Counts = Record<(typeof COUNT_KEYS)[number], number>;

/** @internal What one authority's file contributes (additive, so groups are sums). */
export interface CinTally {
  readonly counts: Counts;
  readonly days: Map<number, number>;
}

const emptyTally = (): CinTally => ({
  counts: Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Counts,
  days: new Map(),
});

/**
 * @internal Adds one child's record, from the census whose year runs `start` to `end` (1 April to
 * 31 March), to a tally.
 */
export function tallyChild(
  t: CinTally,
  child: CinChild,
  start: string,
  end: string,
  clock: 'start' | 'referral',
  onOutside: (child: CinChild) => void,
): void {
  const c = t.counts;
  const referrals: string[] = [];
  for (const e of child.episodes) referrals.push(e.referralDate);
  if (referrals.length > 1) referrals.sort();
  let inNeed = false;
  let onPlan = false;
  const plans: CinProtectionPlan[] = [];
  for (const e of child.episodes) for (const p of e.protectionPlans) plans.push(p);
  for (const e of child.episodes) {
    const r = e.referralDate;
    if (r >= start && r <= end) {
      c.referrals++;
      // The latest earlier referral of the same child, in any episode of the record.
      let prev: string | null = null;
      for (const d of referrals) if (d < r) prev = d;
      if (prev !== null && r <= addMonths(prev, 12)) c.rereferrals++;
      if (e.referralNfa === true) c.nfa++;
    }
    if (r <= end && (e.closureDate === null || e.closureDate > end) && e.referralNfa !== true) {
      inNeed = true;
    }
    for (const a of e.assessments) {
      const done = a.authorisationDate;
      if (done === null || done < start || done > end) continue;
      c.assessmentsCompleted++;
      const from = clock === 'start' ? a.startDate : r;
      const wd = workingDaysOnDays(dayNumber(from), dayNumber(done));
      if (wd === undefined) {
        onOutside(child);
        continue;
      }
      c.durations++;
      if (wd <= 45) c.within45++;
      t.days.set(wd, (t.days.get(wd) ?? 0) + 1);
    }
    for (const s of e.section47s) {
      if (s.startDate >= start && s.startDate <= end) c.section47++;
      if (s.icpcDate !== null && s.icpcDate >= start && s.icpcDate <= end) c.icpc++;
    }
    if (e.initialCpcDate !== null && e.initialCpcDate >= start && e.initialCpcDate <= end) c.icpc++;
    for (const p of e.protectionPlans) {
      if (p.startDate >= start && p.startDate <= end) {
        c.cppStarted++;
        if (p.previousPlans !== null && p.previousPlans > 0) c.cppSecond++;
        const twoYearsBefore = addMonths(p.startDate, -24);
        if (
          plans.some(
            (q) =>
              q !== p &&
              q.endDate !== null &&
              q.endDate <= p.startDate &&
              q.endDate >= twoYearsBefore,
          )
        ) {
          c.cppSecond2y++;
        }
      }
      if (p.endDate !== null && p.endDate >= start && p.endDate <= end) {
        c.cppEnded++;
        if (p.endDate >= addMonths(p.startDate, 24)) c.cppEnded2y++;
      }
      if (p.startDate <= end && (p.endDate === null || p.endDate > end)) onPlan = true;
    }
  }
  if (inNeed) c.cin31++;
  if (onPlan) c.cpp31++;
}

function mergeInto(into: CinTally, from: CinTally): void {
  for (const k of COUNT_KEYS) into.counts[k] += from.counts[k];
  for (const [d, n] of from.days) into.days.set(d, (into.days.get(d) ?? 0) + n);
}

/** @internal Collects tallies per (year, authority) and turns them into rows. */
export class CinIndicatorAccumulator {
  private readonly tallies = new Map<string, CinTally>();
  readonly issues: CinIssue[] = [];
  private outside = 0;
  constructor(private readonly clock: 'start' | 'referral') {}

  // The tally and the issue callback of the file being read, kept between children: a file's
  // children all share them, and a national file has a million children.
  private last: {
    authority: string;
    year: number;
    start: string;
    end: string;
    tally: CinTally;
    outside: (c: CinChild) => void;
  } | null = null;

  add(authority: string, year: number, child: CinChild): void {
    let last = this.last;
    if (last === null || last.authority !== authority || last.year !== year) {
      const key = `${year}|${authority}`;
      let tally = this.tallies.get(key);
      if (!tally) this.tallies.set(key, (tally = emptyTally()));
      const outside = (c: CinChild) => {
        if (++this.outside <= 100) {
          this.issues.push({
            path: [authority, year, c.laChildId],
            element: '',
            line: c.line,
            code: 'outside_bank_holiday_table',
            message: `${authority} ${year}, child ${c.laChildId}: an assessment dated outside 2012–2026 (the bank-holiday table) was counted as completed but not in the durations`,
          });
        }
      };
      // The census year's bounds, made once per file rather than once per child.
      const start = `${year - 1}-04-01`;
      const end = `${year}-03-31`;
      this.last = last = { authority, year, start, end, tally, outside };
    }
    tallyChild(last.tally, child, last.start, last.end, this.clock, last.outside);
  }

  rows(options: CinIndicatorOptions): CinIndicatorRow[] {
    const by = options.by ?? 'authority';
    const confLevel = options.confLevel ?? 0.95;
    const units = new Map<
      string,
      {
        year: number;
        unit: CinIndicatorRow['unit'];
        group: string;
        tally: CinTally;
        authorities: Set<string>;
      }
    >();
    const addTo = (
      year: number,
      unit: CinIndicatorRow['unit'],
      group: string,
      authority: string,
      tally: CinTally,
    ) => {
      const key = `${year}|${unit}|${group}`;
      let u = units.get(key);
      if (!u)
        units.set(key, (u = { year, unit, group, tally: emptyTally(), authorities: new Set() }));
      mergeInto(u.tally, tally);
      u.authorities.add(authority);
    };
    const memberships = groupsOf(by);
    for (const [key, tally] of this.tallies) {
      const [y, authority] = key.split('|') as [string, string];
      const year = Number(y);
      if (by === 'authority') addTo(year, 'authority', authority, authority, tally);
      else if (by === 'all') addTo(year, 'all', 'all', authority, tally);
      else
        for (const [unit, group] of memberships.get(authority) ?? [])
          addTo(year, unit, group, authority, tally);
    }
    const sorted = [...units.values()].sort((a, b) =>
      a.year !== b.year ? a.year - b.year : a.group < b.group ? -1 : a.group > b.group ? 1 : 0,
    );
    const out: CinIndicatorRow[] = [];
    for (const u of sorted) {
      let population: number | null = null;
      if (options.population) {
        population = 0;
        for (const a of u.authorities) {
          const p = options.population[a];
          if (p === undefined) {
            population = null;
            break;
          }
          population += p;
        }
      }
      for (const row of unitRows(u.year, u.unit, u.group, u.tally, population, confLevel))
        out.push(row);
    }
    return out;
  }
}

function groupsOf(by: CinIndicatorGrouping): Map<string, [CinIndicatorRow['unit'], string][]> {
  const out = new Map<string, [CinIndicatorRow['unit'], string][]>();
  if (by === 'authority' || by === 'all') return out;
  const isStudy = 'study' in by;
  const table = isStudy ? by.pilots : by.groups;
  const unit = isStudy ? 'pilot' : 'group';
  for (const [group, codes] of Object.entries(table)) {
    for (const code of codes) {
      const list = out.get(code) ?? [];
      list.push([unit, group]);
      out.set(code, list);
    }
  }
  return out;
}

function unitRows(
  year: number,
  unit: CinIndicatorRow['unit'],
  group: string,
  t: CinTally,
  population: number | null,
  confLevel: number,
): CinIndicatorRow[] {
  const c = t.counts;
  const base = { year, unit, group };
  const count = (indicator: CinIndicatorId, n: number): CinIndicatorRow => ({
    ...base,
    indicator,
    measure: 'count',
    numerator: n,
    denominator: null,
    value: n,
    lower: null,
    upper: null,
  });
  const share = (indicator: CinIndicatorId, x: number, n: number): CinIndicatorRow => {
    if (n === 0) {
      return {
        ...base,
        indicator,
        measure: 'proportion',
        numerator: x,
        denominator: n,
        value: null,
        lower: null,
        upper: null,
      };
    }
    const ci = wilsonInterval(x, n, { confLevel });
    return {
      ...base,
      indicator,
      measure: 'proportion',
      numerator: x,
      denominator: n,
      value: x / n,
      lower: ci.lower,
      upper: ci.upper,
    };
  };
  const sorted = sortCounts(t.days);
  const q = (indicator: CinIndicatorId, p: number): CinIndicatorRow => ({
    ...base,
    indicator,
    measure: 'working_days',
    numerator: null,
    denominator: sorted.n,
    value: sorted.n === 0 ? null : quantileAt((k) => orderStatistic(sorted, k), sorted.n, p, 7),
    lower: null,
    upper: null,
  });
  const rate = (indicator: CinIndicatorId, n: number): CinIndicatorRow => ({
    ...base,
    indicator,
    measure: 'rate_per_10000',
    numerator: n,
    denominator: population,
    // The DfE rounds rates to 1 decimal place; half away from zero, on the exact quotient.
    value:
      population === null || population <= 0 ? null : Math.round((n * 100_000) / population) / 10,
    lower: null,
    upper: null,
  });
  return [
    count('referrals', c.referrals),
    share('rereferrals_12m', c.rereferrals, c.referrals),
    share('referrals_nfa', c.nfa, c.referrals),
    count('assessments_completed', c.assessmentsCompleted),
    share('assessments_within_45_days', c.within45, c.durations),
    q('assessment_days_q1', 0.25),
    q('assessment_days_median', 0.5),
    q('assessment_days_q3', 0.75),
    count('section47_enquiries', c.section47),
    count('initial_conferences', c.icpc),
    count('cpp_started', c.cppStarted),
    share('cpp_second_or_subsequent', c.cppSecond, c.cppStarted),
    share('cpp_second_within_2_years', c.cppSecond2y, c.cppStarted),
    count('cpp_ended', c.cppEnded),
    share('cpp_ended_2_years_or_more', c.cppEnded2y, c.cppEnded),
    count('cin_at_31_march', c.cin31),
    count('cpp_at_31_march', c.cpp31),
    rate('referrals_rate', c.referrals),
    rate('section47_enquiries_rate', c.section47),
    rate('cpp_started_rate', c.cppStarted),
    rate('cin_at_31_march_rate', c.cin31),
    rate('cpp_at_31_march_rate', c.cpp31),
  ];
}

/** @internal Checks the options, throwing on broken ones. */
export function checkIndicatorOptions(options: CinIndicatorOptions): void {
  if (options === null || typeof options !== 'object')
    throw new TypeError('options must be an object');
  const by = options.by ?? 'authority';
  if (typeof by === 'string') assertOneOf('options.by', by, ['authority', 'all']);
  else if (by === null || typeof by !== 'object')
    throw new TypeError("options.by must be 'authority', 'all', { groups } or { study, pilots }");
  else if ('study' in by) {
    const known = new Set<string>(by.study.ids.pilots);
    for (const [pilot, codes] of Object.entries(by.pilots ?? {})) {
      if (!known.has(pilot)) {
        throw new RangeError(
          `options.by.pilots has ${JSON.stringify(pilot)}, not a pilot of study ${JSON.stringify(by.study.id)} (${[...known].join(', ')})`,
        );
      }
      checkCodes(`options.by.pilots.${pilot}`, codes);
    }
  } else if ('groups' in by) {
    for (const [group, codes] of Object.entries(by.groups))
      checkCodes(`options.by.groups.${group}`, codes);
  } else throw new TypeError('options.by must be { groups } or { study, pilots }');
  if (options.population !== undefined) {
    for (const [code, n] of Object.entries(options.population)) {
      if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
        throw new RangeError(`options.population.${code} must be a number ≥ 0, got ${String(n)}`);
      }
    }
  }
  assertOneOf('options.assessmentClock', options.assessmentClock ?? 'start', ['start', 'referral']);
  assertOpenUnit('options.confLevel', options.confLevel ?? 0.95);
}

function checkCodes(name: string, codes: unknown): void {
  if (!Array.isArray(codes) || codes.some((c) => typeof c !== 'string' || !/^\d{3}$/.test(c))) {
    throw new RangeError(`${name} must be a list of three-digit LA codes`);
  }
}

/** @internal The reporting year of a header: its Year, or the year its reference date ends. */
export function headerYear(header: CinHeader): number | null {
  if (header.year !== null) return header.year;
  if (header.referenceDate === null) return null;
  const y = Number(header.referenceDate.slice(0, 4));
  return header.referenceDate.slice(5) <= '03-31' ? y : y + 1;
}

/**
 * The DfE's children in need indicators (docs/indicators.md defines each and cites its source)
 * from censuses already read, as tidy rows with numerators, denominators and Wilson intervals,
 * ready for `sos-eval/disclosure`. Each file counts towards its own reporting year (its header's
 * collection year: 1 April to 31 March) and its authority (header `LEA`); rows are per authority,
 * for all, per named group of authorities or per pilot of a study (`options.by`). For national
 * files use {@link cinIndicatorsFromSources}, which never holds more than one child.
 *
 * @throws RangeError/TypeError for broken options (an unknown pilot, a code that is not three digits).
 * @category Indicators
 * @example
 * ```ts
 * import { cinIndicators, readCinCensus, synthesiseCinCensus } from 'sos-eval/admin';
 * // synthetic: one authority, one year
 * const [file] = synthesiseCinCensus({ seed: 2, authorities: ['901'], years: [2023], children: 50 });
 * const { rows } = cinIndicators([await readCinCensus(file.xml)], { population: { '901': 40000 } });
 * const row = rows.find((r) => r.indicator === 'rereferrals_12m');
 * row.value === row.numerator / row.denominator //=> true
 * rows.find((r) => r.indicator === 'referrals_rate').denominator //=> 40000
 * ```
 */
export function cinIndicators(
  censuses: Iterable<{ readonly header: CinHeader; readonly children: readonly CinChild[] }>,
  options: CinIndicatorOptions = {},
): CinIndicatorResult {
  checkIndicatorOptions(options);
  const acc = new CinIndicatorAccumulator(options.assessmentClock ?? 'start');
  let index = 0;
  for (const census of censuses) {
    const authority = census.header.authority;
    const year = headerYear(census.header);
    if (authority === null || year === null) {
      acc.issues.push(skipped(index, authority === null));
    } else {
      for (const child of census.children) acc.add(authority, year, child);
    }
    index++;
  }
  return deepFreeze({ rows: acc.rows(options), issues: acc.issues });
}

/** @internal The issue for a file that cannot be placed. */
export function skipped(index: number, noAuthority: boolean): CinIssue {
  return {
    path: [index, 'Message', 'Header'],
    element: 'Message/Header',
    line: null,
    code: 'missing_element',
    message: `file ${index}: the header has no ${noAuthority ? 'LA code (Source/LEA)' : 'collection year or reference date'}; its children were not counted`,
  };
}
