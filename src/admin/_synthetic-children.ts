import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { BANK_HOLIDAYS } from './_bank-holidays.js';
import { dayNumber, isoOfDay, weekday } from '../_lib/calendar.js';

/** @internal Draws from one seeded xoroshiro128+ stream. */
export interface Draw {
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** @internal */
export function createDraw(seed: number): Draw {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  return {
    int,
    chance: (p) => uniformFloat64(rng) < p,
    pick: (items) => items[int(0, items.length - 1)]!,
  };
}

const HOLIDAYS = new Set(Object.values(BANK_HOLIDAYS).flat().map(dayNumber));
const isWorking = (day: number) => {
  const w = weekday(day);
  return w !== 0 && w !== 6 && !HOLIDAYS.has(day);
};
/** @internal The working day `n` working days after `day` (n ≥ 0; 0 gives the next working day at or after). */
export function addWorkingDays(day: number, n: number): number {
  let d = day;
  while (!isWorking(d)) d++;
  for (let k = 0; k < n; k++) {
    d++;
    while (!isWorking(d)) d++;
  }
  return d;
}

/** @internal A simulated protection plan (day numbers). */
export interface SimPlan {
  start: number;
  end: number;
  initial: string;
  latest: string;
  previous: number;
  reviews: number[];
}
/** @internal A simulated episode. */
export interface SimEpisode {
  referral: number;
  source: string;
  need: string | null;
  nfa: boolean;
  closure: number;
  reason: string;
  assessment: { start: number; authorised: number; factors: string[] } | null;
  s47: { start: number; target: number; icpc: number | null } | null;
  cinPlan: { start: number; end: number } | null;
  plan: SimPlan | null;
}
/** @internal A simulated child's whole history in one authority. */
export interface SimChild {
  id: string;
  birth: number;
  gender: string;
  ethnicity: string;
  disability: string;
  episodes: SimEpisode[];
}

/** @internal The simulation's fixed parameters; docs/cin-census.md states them. */
export const SIM = {
  nfaShare: 0.25,
  s47Share: 0.3,
  icpcShare: 0.6,
  planShare: 0.85,
  cinPlanShare: 0.5,
  baseRereferral: 0.25,
  laterReferral: 0.3,
} as const;

const SOURCES = ['1A', '2A', '3A', '3B', '5A', '6', '6', '6', '8', '10'];
const NEEDS = ['N1', 'N1', 'N1', 'N1', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N8'];
const FACTORS = ['1B', '2B', '3A', '3B', '4B', '5B', '6B', '14A', '16A', '17A', '20', '21'];
const CATEGORIES = ['NEG', 'NEG', 'NEG', 'NEG', 'NEG', 'EMO', 'EMO', 'EMO', 'PHY', 'SAB', 'MUL'];
const ETHNICITIES = [
  'WBRI',
  'WBRI',
  'WBRI',
  'WBRI',
  'WBRI',
  'WBRI',
  'WBRI',
  'WOTH',
  'MWBC',
  'AIND',
  'APKN',
  'BAFR',
  'BCRB',
  'OOTH',
  'NOBT',
];
const DISABILITIES = ['AUT', 'LD', 'COMM', 'BEH', 'MOB'];

/**
 * @internal Simulates one authority's children from `first` (day number, 1 April) to `last`
 * (31 March): `perYear` new children referred in each year, each with a chain of episodes.
 * `rereferral(closureDay)` gives the probability of a re-referral within 12 months of a closure.
 */
export function simulateAuthority(
  draw: Draw,
  authority: string,
  first: number,
  last: number,
  perYear: number,
  rereferral: (closureDay: number) => number,
): SimChild[] {
  const children: SimChild[] = [];
  let serial = 0;
  for (let yearStart = first; yearStart <= last;) {
    const yearEnd = Math.min(
      last,
      dayNumber(`${Number(isoOfDay(yearStart).slice(0, 4)) + 1}-03-31`),
    );
    for (let k = 0; k < perYear; k++) {
      const firstReferral = draw.int(yearStart, yearEnd);
      const birth = firstReferral - draw.int(0, 17 * 365);
      const child: SimChild = {
        id: `C${authority}${String(++serial).padStart(7, '0')}`,
        birth,
        gender: draw.chance(0.5) ? '1' : '2',
        ethnicity: draw.pick(ETHNICITIES),
        disability: draw.chance(0.9) ? 'NONE' : draw.pick(DISABILITIES),
        episodes: [],
      };
      let referral = firstReferral;
      let plans = 0;
      // A chain of referrals; capped so no child has an unbounded history.
      // Children leave the census at 18.
      for (let n = 0; n < 20 && referral <= last && referral - birth < 18 * 365; n++) {
        const episode = simulateEpisode(draw, referral, plans);
        if (episode.plan) plans++;
        child.episodes.push(episode);
        const p = rereferral(episode.closure);
        if (draw.chance(p)) referral = episode.closure + draw.int(1, 360);
        else if (draw.chance(SIM.laterReferral)) referral = episode.closure + draw.int(400, 1095);
        else break;
      }
      children.push(child);
    }
    yearStart = yearEnd + 1;
  }
  return children;
}

function simulateEpisode(draw: Draw, referral: number, previousPlans: number): SimEpisode {
  const source = draw.pick(SOURCES);
  if (draw.chance(SIM.nfaShare)) {
    return {
      referral,
      source,
      need: null,
      nfa: true,
      closure: referral,
      reason: 'RC8',
      assessment: null,
      s47: null,
      cinPlan: null,
      plan: null,
    };
  }
  const need = draw.pick(NEEDS);
  const start = referral + draw.int(0, 3);
  const authorised = addWorkingDays(start, draw.int(2, 60));
  const factors = [draw.pick(FACTORS)];
  const second = draw.pick(FACTORS);
  if (draw.chance(0.5) && second !== factors[0]) factors.push(second);
  let s47: SimEpisode['s47'] = null;
  let plan: SimPlan | null = null;
  if (draw.chance(SIM.s47Share)) {
    const s47Start = start + draw.int(0, 5);
    const target = addWorkingDays(s47Start, 15);
    const held = draw.chance(SIM.icpcShare);
    const icpc = held ? addWorkingDays(s47Start, draw.int(5, 20)) : null;
    s47 = { start: s47Start, target, icpc };
    if (icpc !== null && draw.chance(SIM.planShare)) {
      const end = icpc + draw.int(90, 900);
      const reviews: number[] = [];
      for (let r = icpc + 90; r < end; r += 180) reviews.push(addWorkingDays(r, 0));
      const initial = draw.pick(CATEGORIES);
      plan = {
        start: icpc,
        end,
        initial,
        latest: draw.chance(0.8) ? initial : draw.pick(CATEGORIES),
        previous: previousPlans,
        reviews,
      };
    }
  }
  const cinPlan = !plan && draw.chance(SIM.cinPlanShare) ? { start: authorised, end: 0 } : null;
  // Closure follows every dated activity of the episode (DfE rule 8565).
  const closure = Math.max(
    plan ? plan.end + draw.int(0, 60) : authorised + draw.int(0, 120),
    s47?.icpc ?? 0,
    s47?.start ?? 0,
  );
  if (cinPlan) cinPlan.end = closure;
  return {
    referral,
    source,
    need,
    nfa: false,
    closure,
    reason: plan || cinPlan ? 'RC7' : draw.chance(0.5) ? 'RC8' : 'RC7',
    assessment: { start, authorised, factors },
    s47,
    cinPlan,
    plan,
  };
}
