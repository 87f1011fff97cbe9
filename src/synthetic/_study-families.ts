import { ConcernSchema, type Concern } from '../models/concern.js';
import type { Family } from '../models/family.js';
import type { AnyStudy } from '../models/study/study.js';
import { allocate } from './_allocate.js';
import { daysBetween, plusDays } from '../_lib/calendar.js';
import { exactly, type Random } from './_random.js';

const CONCERNS: readonly Concern[] = ConcernSchema.options;

/** Up to `most` different concerns, at least one. */
function concerns(random: Random, most: number): Concern[] {
  const n = random.int(1, most);
  const chosen = new Set(random.shuffle(CONCERNS).slice(0, n));
  return CONCERNS.filter((c) => chosen.has(c));
}

/**
 * @internal `perSite` families at every site (sites in order). The cohorts are dealt out in equal
 * shares across all families and shuffled, so every cohort has families whenever there are at
 * least as many families as cohorts; each referral date is drawn evenly from its cohort's window.
 * Three in four families had earlier referrals.
 */
export function synthesiseStudyFamilies(
  random: Random,
  study: AnyStudy,
  perSite: number,
): Family[] {
  const n = perSite * study.ids.pilots.length;
  const shares = allocate(n, Object.fromEntries(study.ids.cohorts.map((c) => [c, 1])));
  const cohorts = exactly(
    random,
    study.ids.cohorts.map((c) => [c, shares[c]!] as const),
  );
  return cohorts.map((cohort, i): Family => {
    const window = study.cohort(cohort)!.referrals;
    const referralDate = plusDays(
      window.start,
      random.int(0, daysBetween(window.start, window.end)),
    );
    const previousReferrals = random.chance(0.75)
      ? 1 + Math.min(5, Math.floor(-Math.log(1 - random.float()) * 1.5))
      : 0;
    return {
      id: `F-${String(i + 1).padStart(5, '0')}`,
      pilotId: study.ids.pilots[Math.floor(i / perSite)]!,
      cohort,
      referralDate,
      previousReferrals,
      previousConcerns: previousReferrals > 0 ? concerns(random, 2) : [],
      currentConcerns: concerns(random, 2),
    };
  });
}
