import { assertArray, assertCount, assertFinite } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { CIN_SCHEMA_YEARS, cinCodeLists } from './cin-code-lists.js';
import { dayNumber, isoOfDay } from '../_lib/calendar.js';
import {
  createDraw,
  simulateAuthority,
  SIM,
  type SimChild,
  type SimEpisode,
} from './_synthetic-children.js';

/**
 * An authority in a synthetic census: its three-digit code and the collection year from which it
 * uses the practice framework (`null`: never, a comparison authority).
 *
 * @category Synthetic census
 */
export interface SyntheticAuthority {
  /** Three-digit DfE LA code. */
  readonly code: string;
  /** First collection year under the framework (from 1 April of the year before), or `null`. */
  readonly adoptionYear: number | null;
}

/**
 * Options for {@link synthesiseCinCensus}.
 *
 * @category Synthetic census
 */
export interface SynthesiseCinCensusOptions {
  /** Seed (a 32-bit integer): the same options give the same files. */
  readonly seed: number;
  /**
   * The authorities: codes (adoption staggered for you, see {@link synthesiseCinCensus}) or
   * {@link SyntheticAuthority} objects with their adoption years.
   */
  readonly authorities: readonly (string | SyntheticAuthority)[];
  /** Collection years to write, 2017–2024 (each needs its schema), e.g. `[2019, 2020, 2021]`. */
  readonly years: readonly number[];
  /** Children newly referred per authority per year (more appear through re-referrals and open cases). */
  readonly children: number;
  /**
   * The built-in effect: the change, under the framework, in the probability that a closed
   * episode is followed by a re-referral within 12 months of its closure. Default −0.07 (0.25
   * without the framework, 0.18 with it); 0 for none. `0.25 + effect` must lie in [0, 1].
   */
  readonly effect?: number;
}

/**
 * One synthetic census file.
 *
 * @category Synthetic census
 */
export interface SyntheticCinCensus {
  /** The authority's code (also in the file's header). */
  readonly authority: string;
  /** The collection year (1 April of the year before to 31 March). */
  readonly year: number;
  /** The census XML, valid against that year's schema (0 previous plans aside, see cinCodeLists). */
  readonly xml: string;
  /** The authority's adoption year (`null` for a comparison authority). */
  readonly adoptionYear: number | null;
  /** Whether the authority used the framework during this year. */
  readonly treated: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Synthetic Children in Need census files — one schema-valid XML text per authority and year —
 * so guides, the demo and tests run without real data. Every child, id and date is made up.
 *
 * The model. Each authority's history is simulated from 1 April two years before the first
 * collection year (so the first file has open cases and earlier referrals) to 31 March of the
 * last. Each year `children` new children are referred on uniformly random days; 25% of
 * referrals end in no further action (closed the same day, reason RC8); the rest are assessed
 * (starting 0–3 days after referral, authorised 2–60 working days later), 30% of those have a
 * section 47 enquiry, 60% of enquiries reach an initial conference within 5–20 working days, and
 * 85% of conferences start a protection plan lasting 90–900 days. After an episode closes, the
 * child is re-referred within 12 months (1 to 360 days after closure, uniformly) with probability
 * 0.25, or 0.25 + `effect` when the authority had adopted the framework on the closure date;
 * otherwise 30% are re-referred 400–1,095 days later. A file holds every child with an episode
 * open at some point in its year, with only what was known by 31 March.
 *
 * Staggered adoption. Authorities given as codes adopt in turn: with collection years
 * y₀ … yₙ, authority i (0-based) adopts in year y₁₊₍ᵢ mod n₎ and, when there are three or more
 * authorities, the last one never adopts (a comparison). An authority adopts from 1 April before
 * its adoption year. So the one built-in effect is exact: among episodes closed on or after
 * that date, the share re-referred within 12 months of closure is 0.25 + effect in expectation
 * (within 6 months, about half of it); nothing else differs between adopted and not.
 *
 * @throws RangeError/TypeError for broken options (a year outside 2017–2024, a code that is not
 *   three digits, a repeated authority, an effect that leaves [0, 1]).
 * @category Synthetic census
 * @example
 * ```ts
 * import { synthesiseCinCensus, readCinCensus } from 'sos-eval/admin';
 * const files = synthesiseCinCensus({ seed: 1, authorities: ['901', '902', '903'],
 *   years: [2022, 2023], children: 20 });
 * files.map((f) => [f.authority, f.year, f.adoptionYear, f.treated]) //=> [
 * //   ['901', 2022, 2023, false], ['901', 2023, 2023, true],
 * //   ['902', 2022, 2023, false], ['902', 2023, 2023, true],
 * //   ['903', 2022, null, false], ['903', 2023, null, false]]
 * const census = await readCinCensus(files[0].xml);
 * census.header.authority //=> '901'
 * census.issues.length //=> 0
 * ```
 */
export function synthesiseCinCensus(
  options: SynthesiseCinCensusOptions,
): readonly SyntheticCinCensus[] {
  const { seed, authorities, years, children } = options;
  assertFinite('options.seed', seed);
  if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32) {
    throw new RangeError(`options.seed must be a 32-bit integer, got ${seed}`);
  }
  assertArray('options.authorities', authorities);
  assertArray('options.years', years);
  assertCount('options.children', children);
  const effect = options.effect ?? -0.07;
  assertFinite('options.effect', effect);
  if (SIM.baseRereferral + effect < 0 || SIM.baseRereferral + effect > 1) {
    throw new RangeError(`options.effect must keep 0.25 + effect in [0, 1], got ${effect}`);
  }
  if (years.length === 0) throw new RangeError('options.years must hold at least one year');
  const sorted = [...years].sort((a, b) => a - b);
  sorted.forEach((y, i) => {
    if (!CIN_SCHEMA_YEARS.includes(y)) {
      throw new RangeError(
        `options.years[${i}] must be a CIN schema year 2017–2024, got ${String(y)}`,
      );
    }
    if (i > 0 && sorted[i - 1] === y) throw new RangeError(`options.years repeats ${y}`);
  });
  const n = sorted.length - 1;
  const list: SyntheticAuthority[] = authorities.map((a, i) => {
    if (typeof a === 'string') {
      const never = authorities.length >= 3 && i === authorities.length - 1;
      return { code: a, adoptionYear: never || n === 0 ? null : sorted[1 + (i % n)]! };
    }
    if (a === null || typeof a !== 'object') {
      throw new TypeError(`options.authorities[${i}] must be a code or { code, adoptionYear }`);
    }
    return a;
  });
  const seen = new Set<string>();
  list.forEach((a, i) => {
    if (typeof a.code !== 'string' || !/^\d{3}$/.test(a.code)) {
      throw new RangeError(
        `options.authorities[${i}] code must be three digits, got ${JSON.stringify(a.code)}`,
      );
    }
    if (seen.has(a.code)) throw new RangeError(`options.authorities repeats ${a.code}`);
    seen.add(a.code);
    if (a.adoptionYear !== null && !Number.isInteger(a.adoptionYear)) {
      throw new RangeError(`options.authorities[${i}].adoptionYear must be a whole year or null`);
    }
  });

  const first = dayNumber(`${sorted[0]! - 2}-04-01`);
  const last = dayNumber(`${sorted[n]!}-03-31`);
  const out: SyntheticCinCensus[] = [];
  list.forEach((authority, i) => {
    // One stream per authority, so adding an authority leaves the others' files unchanged.
    const draw = createDraw((seed + Math.imul(i + 1, 0x9e3779b1)) | 0);
    const from =
      authority.adoptionYear === null ? Infinity : dayNumber(`${authority.adoptionYear - 1}-04-01`);
    const sim = simulateAuthority(draw, authority.code, first, last, children, (closure) =>
      closure >= from ? SIM.baseRereferral + effect : SIM.baseRereferral,
    );
    for (const year of sorted) {
      out.push({
        authority: authority.code,
        year,
        xml: renderYear(sim, authority.code, year),
        adoptionYear: authority.adoptionYear,
        treated: authority.adoptionYear !== null && year >= authority.adoptionYear,
      });
    }
  });
  return deepFreeze(out);
}

/** @internal Renders one authority's census for one collection year (used by the bench too). */
export function renderYear(sim: readonly SimChild[], authority: string, year: number): string {
  const parts: string[] = [];
  writeYear(sim, authority, year, (s) => parts.push(s));
  return parts.join('');
}

/** @internal Writes one authority's census for one year piece by piece. */
export function writeYear(
  sim: readonly SimChild[],
  authority: string,
  year: number,
  write: (text: string) => void,
): void {
  const lists = cinCodeLists(year);
  const start = dayNumber(`${year - 1}-04-01`);
  const end = dayNumber(`${year}-03-31`);
  const d = (day: number) => isoOfDay(day);
  write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n<Header>\n<CollectionDetails><Collection>CIN</Collection><Year>${year}</Year><ReferenceDate>${year}-03-31</ReferenceDate></CollectionDetails>\n<Source><SourceLevel>L</SourceLevel><LEA>${esc(authority)}</LEA><SoftwareCode>sos-eval synthetic</SoftwareCode></Source>\n</Header>\n<Children>\n`,
  );
  for (const child of sim) {
    const episodes = child.episodes.filter((e) => e.referral <= end && e.closure >= start);
    if (episodes.length === 0) continue;
    let xml = `<Child>\n<ChildIdentifiers><LAchildID>${child.id}</LAchildID><UPNunknown>UN1</UPNunknown>`;
    if (child.birth <= end) xml += `<PersonBirthDate>${d(child.birth)}</PersonBirthDate>`;
    else xml += `<ExpectedPersonBirthDate>${d(child.birth)}</ExpectedPersonBirthDate>`;
    xml += `<GenderCurrent>${child.birth <= end ? child.gender : '0'}</GenderCurrent></ChildIdentifiers>\n`;
    xml += `<ChildCharacteristics><Ethnicity>${child.ethnicity}</Ethnicity><Disabilities><Disability>${child.disability}</Disability></Disabilities></ChildCharacteristics>\n`;
    for (const e of episodes) xml += episodeXml(e, end, lists.cinPlanDates);
    xml += '</Child>\n';
    write(xml);
  }
  write('</Children>\n</Message>\n');
}

function episodeXml(e: SimEpisode, end: number, cinPlanDates: boolean): string {
  const d = (day: number) => isoOfDay(day);
  const known = (day: number | null | undefined): day is number => day != null && day <= end;
  let x = `<CINdetails>\n<CINreferralDate>${d(e.referral)}</CINreferralDate><ReferralSource>${e.source}</ReferralSource>`;
  if (e.need) x += `<PrimaryNeedCode>${e.need}</PrimaryNeedCode>`;
  if (known(e.closure))
    x += `<CINclosureDate>${d(e.closure)}</CINclosureDate><ReasonForClosure>${e.reason}</ReasonForClosure>`;
  x += '\n';
  const a = e.assessment;
  if (a && known(a.start)) {
    x += `<Assessments><AssessmentActualStartDate>${d(a.start)}</AssessmentActualStartDate>`;
    if (known(a.authorised)) {
      x += `<AssessmentAuthorisationDate>${d(a.authorised)}</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment>`;
      for (const f of a.factors) x += `<AssessmentFactors>${f}</AssessmentFactors>`;
      x += '</FactorsIdentifiedAtAssessment>';
    }
    x += '</Assessments>\n';
  }
  if (cinPlanDates && e.cinPlan && known(e.cinPlan.start)) {
    x += `<CINPlanDates><CINPlanStartDate>${d(e.cinPlan.start)}</CINPlanStartDate>`;
    if (known(e.cinPlan.end)) x += `<CINPlanEndDate>${d(e.cinPlan.end)}</CINPlanEndDate>`;
    x += '</CINPlanDates>\n';
  }
  const s = e.s47;
  if (s && known(s.start)) {
    x += `<Section47><S47ActualStartDate>${d(s.start)}</S47ActualStartDate><InitialCPCtarget>${d(s.target)}</InitialCPCtarget>`;
    if (known(s.icpc)) x += `<DateOfInitialCPC>${d(s.icpc)}</DateOfInitialCPC>`;
    x += `<ICPCnotRequired>false</ICPCnotRequired></Section47>\n`;
  }
  x += `<ReferralNFA>${e.nfa ? 'true' : 'false'}</ReferralNFA>\n`;
  const p = e.plan;
  if (p && known(p.start)) {
    x += `<ChildProtectionPlans><CPPstartDate>${d(p.start)}</CPPstartDate>`;
    if (known(p.end)) x += `<CPPendDate>${d(p.end)}</CPPendDate>`;
    x += `<InitialCategoryOfAbuse>${p.initial}</InitialCategoryOfAbuse><LatestCategoryOfAbuse>${p.latest}</LatestCategoryOfAbuse><NumberOfPreviousCPP>${p.previous}</NumberOfPreviousCPP>`;
    const reviews = p.reviews.filter((r) => r <= end && r <= p.end);
    if (reviews.length > 0) {
      x += '<Reviews>';
      for (const r of reviews) x += `<CPPreviewDate>${d(r)}</CPPreviewDate>`;
      x += '</Reviews>';
    }
    x += '</ChildProtectionPlans>\n';
  }
  return `${x}</CINdetails>\n`;
}
