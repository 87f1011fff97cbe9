import type { Family } from '../models/family.js';
import {
  FeelingSchema,
  type FamilyInterview,
  type GoalRating,
} from '../models/family-interview.js';
import type { AnyStudy, StudyWave } from '../models/study/study.js';
import { daysBetween, plusDays } from '../_lib/calendar.js';
import { itemsSummingTo } from './_items.js';
import { weighted, type Random } from './_random.js';
import type { MeasureItemsSpec } from './_study-measures.js';

// How families felt about their worker: roughly the 2017 spread, a few not answering.
const FEELING_WEIGHTS = FeelingSchema.options.map(
  (f) =>
    [
      f,
      {
        'very-positive': 20,
        positive: 22,
        neutral: 17,
        negative: 19,
        'very-negative': 18,
        'no-response': 4,
      }[f],
    ] as const,
);

/**
 * @internal The interview date at `wave` for a family referred on `referral` and last interviewed
 * on `previous`: inside the wave's fieldwork window, after the referral and the previous interview
 * where the window allows (else on the window's last day); with no window, two to eight weeks
 * after the referral for a first interview, five to seven months after the previous one otherwise.
 */
function interviewDate(
  random: Random,
  wave: StudyWave,
  referral: string,
  previous: string | undefined,
): string {
  const fieldwork = wave.fieldwork;
  if (fieldwork === undefined) {
    // A first interview (or one after an interview the fieldwork forced before the referral).
    const first = previous === undefined || previous < referral;
    const from = first ? plusDays(referral, 14) : plusDays(previous, 150);
    return plusDays(from, random.int(0, first ? 42 : 60));
  }
  let from = fieldwork.start;
  if (referral > from) from = referral;
  if (previous !== undefined && plusDays(previous, 1) > from) from = plusDays(previous, 1);
  if (from > fieldwork.end) from = fieldwork.end;
  return plusDays(from, random.int(0, daysBetween(from, fieldwork.end)));
}

/** Item codes for one measure: a total drawn around the family's level, a few items missing. */
function measureItems(random: Random, spec: MeasureItemsSpec, level: number): (number | null)[] {
  const range = spec.count * (spec.max - spec.min);
  const share = Math.min(1, Math.max(0, random.normal(level, 0.08)));
  const total = spec.count * spec.min + Math.round(share * range);
  return itemsSummingTo(random, total, spec.count, spec.min, spec.max).map((code) =>
    random.chance(0.02) ? null : code,
  );
}

/**
 * @internal Interviews by wave: every family at the first wave; at each later wave
 * `round(retention × n)` of the `n` families seen at the wave before (at least one), chosen at
 * random, so attrition is unrelated to anything recorded. Worker changes only grow; goals are
 * rated from the second wave on; measures the study lists (with known items) are answered by
 * about 85% of families, drifting up a little from wave to wave.
 */
export function synthesiseStudyInterviews(
  random: Random,
  study: AnyStudy,
  families: readonly Family[],
  retention: number,
  measures: readonly MeasureItemsSpec[],
): Record<string, FamilyInterview[]> {
  const levels = families.map(() => measures.map(() => random.normal(0.55, 0.15)));
  const last = new Map<number, FamilyInterview>();
  let present = families.map((_, i) => i);
  const out: Record<string, FamilyInterview[]> = {};
  for (const wave of study.waves) {
    if (wave.index > 0) {
      const keep = Math.max(1, Math.round(retention * present.length));
      const kept = new Set(random.shuffle(present).slice(0, keep));
      present = present.filter((i) => kept.has(i));
    }
    out[wave.id] = present.map((i): FamilyInterview => {
      const family = families[i]!;
      const before = last.get(i);
      const date = interviewDate(random, wave, family.referralDate, before?.date);
      const workerChanges =
        before === undefined
          ? weighted(random, [
              [0, 6],
              [1, 3],
              [2, 1],
            ])
          : before.workerChanges! + (random.chance(0.3) ? 1 : 0);
      const stillAllocated = wave.index === 0 ? true : random.chance(0.85);
      const answered: Record<string, (number | null)[]> = {};
      measures.forEach((spec, m) => {
        if (random.chance(0.85))
          answered[spec.id] = measureItems(random, spec, levels[i]![m]! + 0.03 * wave.index);
      });
      const goals: GoalRating[] =
        wave.index === 0
          ? []
          : Array.from({ length: random.int(1, 3) }, () => ({
              score: Math.max(-2, Math.min(2, Math.round(random.normal(0.2 * wave.index, 1)))),
            }));
      const interview: FamilyInterview = {
        familyId: family.id,
        wave: wave.id,
        date,
        workerChanges,
        agencyWorker: stillAllocated ? random.chance(0.15) : null,
        stillAllocated,
        feeling: weighted(random, FEELING_WEIGHTS),
        ...(Object.keys(answered).length > 0 ? { measures: answered } : {}),
        ...(goals.length > 0 ? { goals } : {}),
      };
      last.set(i, interview);
      return interview;
    });
  }
  return out;
}
