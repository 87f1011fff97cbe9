import type { Concern } from '../models/concern.js';
import type { Family } from '../models/family.js';
import { PILOT_IDS, SOS_2017, type CohortId, type PilotId } from '../reference/sos-2017.js';
import { daysBetween, plusDays } from '../_lib/calendar.js';
import { exactly, type Random } from './_random.js';
import { SYNTHETIC_TARGETS } from './targets.js';

const OTHER_CONCERNS: readonly Concern[] = ['emotional', 'physical', 'sexual', 'other'];

/** @internal The families, at `scale` times the published counts. */
export function synthesiseFamilies(random: Random, scale: number): Family<PilotId, CohortId>[] {
  const t = SYNTHETIC_TARGETS.families;
  const n = t.total * scale;
  const cohorts = exactly<CohortId>(random, [
    ['cohort-1', t.perCohort['cohort-1'] * scale],
    ['cohort-2', t.perCohort['cohort-2'] * scale],
  ]);
  // Families spread evenly over the ten pilots (the slides give no split).
  const pilots = random.shuffle(
    Array.from({ length: n }, (_, i) => PILOT_IDS[i % PILOT_IDS.length] as PilotId),
  );
  const hasPrevious = exactly(random, [
    [true, t.previousReferrals * scale],
    [false, n - t.previousReferrals * scale],
  ]);
  // Previous concerns are drawn only among families with previous referrals.
  const withPrevious = hasPrevious.flatMap((yes, i) => (yes ? [i] : []));
  const prevDv = new Set(random.shuffle(withPrevious).slice(0, t.previousDomesticAbuse * scale));
  const prevNeglect = new Set(random.shuffle(withPrevious).slice(0, t.previousNeglect * scale));
  const all = Array.from({ length: n }, (_, i) => i);
  const curNeglect = new Set(random.shuffle(all).slice(0, t.currentNeglect * scale));
  const curDv = new Set(random.shuffle(all).slice(0, t.currentDomesticAbuse * scale));

  return all.map((i) => {
    const cohort = cohorts[i]!;
    const window = SOS_2017.cohort(cohort)!.referrals;
    const referralDate = plusDays(
      window.start,
      random.int(0, daysBetween(window.start, window.end)),
    );
    const previousConcerns: Concern[] = [];
    if (prevDv.has(i)) previousConcerns.push('domestic-abuse');
    if (prevNeglect.has(i)) previousConcerns.push('neglect');
    if (hasPrevious[i] && previousConcerns.length === 0)
      previousConcerns.push(random.pick(OTHER_CONCERNS));
    const currentConcerns: Concern[] = [];
    if (curDv.has(i)) currentConcerns.push('domestic-abuse');
    if (curNeglect.has(i)) currentConcerns.push('neglect');
    if (currentConcerns.length === 0) currentConcerns.push(random.pick(OTHER_CONCERNS));
    return {
      id: `F-${String(i + 1).padStart(5, '0')}`,
      pilotId: pilots[i]!,
      cohort,
      referralDate,
      previousReferrals: hasPrevious[i]
        ? 1 + Math.min(5, Math.floor(-Math.log(1 - random.float()) * 1.5))
        : 0,
      previousConcerns,
      currentConcerns,
    };
  });
}
