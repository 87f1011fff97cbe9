import { deepFreeze } from '../_lib/deep-freeze.js';
import type { IsoDate } from '../models/iso-date.js';
import type { CinIssue } from './cin-issue.js';
import type { CinChild, CinEpisode, CinHeader } from './cin-records.js';
import { addMonths, ageInYears, dayNumber } from '../_lib/calendar.js';
import { workingDaysOnDays } from './working-days.js';

/**
 * One row per child and referral: the outcomes the 2020 Signs of Safety evaluation used, with
 * the dates that anchor them, ready for a regression (one row per referral episode, episodes
 * seen in several years' files merged, the latest file's version kept).
 *
 * Re-referral is counted from the **anchor**: the episode's closure date (for a referral with
 * no further action, the day it was closed — normally the referral date). `rereferral6m` is
 * true when the child's next referral falls after the anchor and on or before the same
 * calendar date 6 months later (29 February + 12 months is 28 February), false when none does
 * and `null` when the episode is still open or the data (`followUpEnd`) stop before the window
 * ends — whether or not a re-referral was seen in it, so the shares are not biased upwards. `rereferral12m` likewise for 12 months.
 *
 * @category Outcomes
 */
export interface CinReferralOutcome {
  /** The authority's three-digit code. */
  readonly authority: string;
  /** The LA child id (pseudonymous; keep it inside the analysis). */
  readonly childId: string;
  /** The referral date (the episode's key). */
  readonly referralDate: IsoDate;
  /** Collection year containing the referral (1 April to 31 March, named by its end). */
  readonly referralYear: number;
  /** Whether the referral led to no further action (`null` when not recorded). */
  readonly referralNfa: boolean | null;
  /** Closure date, `null` while open at the last file. */
  readonly closureDate: IsoDate | null;
  /** Age in whole years at referral (`null` without a birth date; unborn children −1). */
  readonly ageAtReferral: number | null;
  /** Gender code (0, 1, 2, 9). */
  readonly gender: string | null;
  /** Ethnicity code. */
  readonly ethnicity: string | null;
  /** Whether a disability other than NONE is recorded (`null` when none is recorded). */
  readonly disabled: boolean | null;
  /** How many earlier referrals of this child the files hold. */
  readonly previousReferrals: number;
  /** Whether this referral came within 12 months of the child's previous referral (the DfE's re-referral). */
  readonly isRereferral: boolean;
  /** The date re-referral is counted from: the closure date (`null` while open). */
  readonly anchorDate: IsoDate | null;
  /** The child's next referral date in the files, if any. */
  readonly nextReferralDate: IsoDate | null;
  /** The last reference date (31 March) of the authority's files: how far follow-up runs. */
  readonly followUpEnd: IsoDate;
  /** Re-referred within 6 months of the anchor (see above for `null`). */
  readonly rereferral6m: boolean | null;
  /** Re-referred within 12 months of the anchor. */
  readonly rereferral12m: boolean | null;
  /** For a re-referral within 12 months: did that next episode start a protection plan? Otherwise `null`. */
  readonly rereferralEscalatedToPlan: boolean | null;
  /** Whether this episode started a protection plan. */
  readonly protectionPlan: boolean;
  /** The episode's first assessment: start date. */
  readonly assessmentStartDate: IsoDate | null;
  /** Its authorisation (completion) date. */
  readonly assessmentAuthorisationDate: IsoDate | null;
  /** Its duration in working days (see workingDaysBetween); `null` if not completed or outside 2012–2026. */
  readonly assessmentWorkingDays: number | null;
}

/**
 * A census (as {@link readCinCensus} gives) for {@link cinReferralOutcomes}; the authority and
 * reference date come from its header unless given here.
 *
 * @category Outcomes
 */
export interface CinCensusForOutcomes {
  /** The header. */
  readonly header: CinHeader;
  /** The children. */
  readonly children: readonly CinChild[];
  /** Overrides the header's LA code. */
  readonly authority?: string;
}

/**
 * What {@link cinReferralOutcomes} returns.
 *
 * @category Outcomes
 */
export interface CinReferralOutcomes {
  /** One row per child and referral, by authority. */
  readonly rows: readonly CinReferralOutcome[];
  /** Files skipped and durations that could not be computed. */
  readonly issues: readonly CinIssue[];
}

interface Merged {
  child: CinChild;
  episodes: Map<string, CinEpisode>;
}

/**
 * Child-level outcome rows for impact analysis, from one or more years' census files of one or
 * more authorities: one row per child and referral (see {@link CinReferralOutcome} for each
 * outcome and how follow-up is cut). Files of different years are linked by the LA child id
 * within an authority. Holds every child in memory (a regression needs them all); for national
 * files, read and filter by authority first.
 *
 * A file without an authority code or reference date is skipped with an issue; an assessment
 * dated outside the bank-holiday table (2012–2026) gets `assessmentWorkingDays: null` and an
 * `outside_bank_holiday_table` issue.
 *
 * @category Outcomes
 * @example
 * ```ts
 * import { cinReferralOutcomes, readCinCensus, synthesiseCinCensus } from 'sos-eval/admin';
 * const files = synthesiseCinCensus({ seed: 3, authorities: ['901'], years: [2022, 2023], children: 30 });
 * const censuses = await Promise.all(files.map((f) => readCinCensus(f.xml)));
 * const { rows, issues } = cinReferralOutcomes(censuses);
 * issues.length //=> 0
 * rows.every((r) => r.authority === '901' && r.followUpEnd === '2023-03-31') //=> true
 * ```
 */
export function cinReferralOutcomes(censuses: Iterable<CinCensusForOutcomes>): CinReferralOutcomes {
  const issues: CinIssue[] = [];
  const byAuthority = new Map<string, { end: string; children: Map<string, Merged> }>();
  let index = 0;
  for (const census of censuses) {
    const authority = census.authority ?? census.header.authority;
    const end =
      census.header.referenceDate ?? (census.header.year ? `${census.header.year}-03-31` : null);
    if (!authority || !end) {
      issues.push({
        path: [index, 'header'],
        element: 'Message/Header',
        line: null,
        code: 'missing_element',
        message: `census ${index}: no ${authority ? 'reference date or year' : 'LA code'} in the header; the file was skipped`,
      });
      index++;
      continue;
    }
    index++;
    let a = byAuthority.get(authority);
    if (!a) byAuthority.set(authority, (a = { end, children: new Map() }));
    const later = end >= a.end;
    if (later) a.end = end;
    for (const child of census.children) {
      let m = a.children.get(child.laChildId);
      if (!m) a.children.set(child.laChildId, (m = { child, episodes: new Map() }));
      else if (later) m.child = child;
      for (const e of child.episodes) {
        if (later || !m.episodes.has(e.referralDate)) m.episodes.set(e.referralDate, e);
      }
    }
  }
  const rows: CinReferralOutcome[] = [];
  const authorities = [...byAuthority.keys()].sort();
  for (const authority of authorities) {
    const { end: followUpEnd, children } = byAuthority.get(authority)!;
    for (const { child, episodes } of children.values()) {
      const list = [...episodes.values()].sort((x, y) =>
        x.referralDate < y.referralDate ? -1 : x.referralDate > y.referralDate ? 1 : 0,
      );
      list.forEach((e, k) => {
        const next = list[k + 1] ?? null;
        const prev = list[k - 1] ?? null;
        const anchor = e.closureDate;
        const within = (months: number): boolean | null => {
          if (anchor === null) return null;
          const limit = addMonths(anchor, months);
          // Follow-up must cover the whole window: counting a re-referral seen early in a
          // window the data do not complete, but not the absence of one, would bias upwards.
          if (limit > followUpEnd) return null;
          return next !== null && next.referralDate > anchor && next.referralDate <= limit;
        };
        const r12 = within(12);
        const a = e.assessments[0] ?? null;
        let days: number | null = null;
        if (a?.authorisationDate) {
          const wd = workingDaysOnDays(dayNumber(a.startDate), dayNumber(a.authorisationDate));
          if (wd === undefined) {
            issues.push({
              path: [authority, child.laChildId, e.referralDate, 'assessments', 0],
              element: '',
              line: child.line,
              code: 'outside_bank_holiday_table',
              message: `${authority} child ${child.laChildId}, referral ${e.referralDate}: assessment dates outside 2012–2026, the bank-holiday table; duration left empty`,
            });
          } else days = wd;
        }
        const birth = child.birthDate ?? child.expectedBirthDate;
        rows.push({
          authority,
          childId: child.laChildId,
          referralDate: e.referralDate,
          referralYear: yearOf(e.referralDate),
          referralNfa: e.referralNfa,
          closureDate: e.closureDate,
          ageAtReferral:
            birth === null ? null : birth > e.referralDate ? -1 : ageInYears(birth, e.referralDate),
          gender: child.gender,
          ethnicity: child.ethnicity,
          disabled:
            child.disabilities.length === 0 ? null : child.disabilities.some((d) => d !== 'NONE'),
          previousReferrals: k,
          isRereferral: prev !== null && e.referralDate <= addMonths(prev.referralDate, 12),
          anchorDate: anchor,
          nextReferralDate: next?.referralDate ?? null,
          followUpEnd,
          rereferral6m: within(6),
          rereferral12m: r12,
          rereferralEscalatedToPlan: r12 === true ? next!.protectionPlans.length > 0 : null,
          protectionPlan: e.protectionPlans.length > 0,
          assessmentStartDate: a?.startDate ?? null,
          assessmentAuthorisationDate: a?.authorisationDate ?? null,
          assessmentWorkingDays: days,
        });
      });
    }
  }
  return deepFreeze({ rows, issues });
}

/** @internal The collection year (named by its 31 March) containing a date. */
export function yearOf(date: string): number {
  const y = Number(date.slice(0, 4));
  return date.slice(5) <= '03-31' ? y : y + 1;
}
