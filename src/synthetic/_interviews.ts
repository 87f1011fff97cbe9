import type { Family } from '../models/family.js';
import type { Feeling, FamilyInterview, GoalRating } from '../models/family-interview.js';
import { SOS_2017, type WaveId } from '../reference/sos-2017.js';
import { PEARLIN_MASTERY } from '../measures/pearlin-mastery.js';
import { daysBetween, plusDays } from '../_lib/calendar.js';
import { clampedNormal, itemsSummingTo } from './_items.js';
import { exactly, type Random } from './_random.js';
import { SYNTHETIC_TARGETS } from './targets.js';

const T1_FIELDWORK = SOS_2017.wave('T1')!.fieldwork!;
const T2_FIELDWORK = SOS_2017.wave('T2')!.fieldwork!;

const FEELINGS = Object.keys(SYNTHETIC_TARGETS.t1.feelings) as Feeling[];

function lsnsItems(random: Random, total: number): number[] {
  return itemsSummingTo(random, total, 6, 0, 5);
}

function masteryItems(random: Random, total: number): number[] {
  // Drawn as keyed scores, then coded back so that reverse-keyed items read as a respondent wrote them.
  const keyed = itemsSummingTo(random, total, 7, 1, 4);
  const reversed = new Set(PEARLIN_MASTERY.reverseKeyed);
  return keyed.map((k, i) => (reversed.has(i + 1) ? 5 - k : k));
}

function chosen(random: Random, n: number, k: number): boolean[] {
  return exactly(random, [
    [true, k],
    [false, n - k],
  ]);
}

/** @internal T1 interviews for every family and T2 interviews for the retained ones. */
export function synthesiseInterviews(
  random: Random,
  scale: number,
  families: readonly Family[],
): { t1: FamilyInterview<WaveId>[]; t2: FamilyInterview<WaveId>[] } {
  const n = families.length;
  const t1Targets = SYNTHETIC_TARGETS.t1;
  const t2Targets = SYNTHETIC_TARGETS.t2;
  const m = SYNTHETIC_TARGETS.measures;

  const changes = exactly(random, [
    [2, t1Targets.threeWorkers * scale],
    [1, (t1Targets.changedWorker - t1Targets.threeWorkers) * scale],
    [0, n - t1Targets.changedWorker * scale],
  ]);
  const agency = chosen(random, n, t1Targets.agencyWorker * scale);
  const feelings = exactly(
    random,
    FEELINGS.map((f) => [f, t1Targets.feelings[f] * scale] as const),
  );
  const hasLsns = chosen(random, n, t1Targets.lsnsAnswered * scale);
  const hasMastery = chosen(random, n, t1Targets.masteryAnswered * scale);

  const lsnsT1: (number | null)[] = [];
  const masteryT1: (number | null)[] = [];
  const t1 = families.map((family, i): FamilyInterview<WaveId> => {
    const start =
      family.referralDate > T1_FIELDWORK.start ? family.referralDate : T1_FIELDWORK.start;
    const date = plusDays(start, random.int(0, daysBetween(start, T1_FIELDWORK.end)));
    const measures: Record<string, (number | null)[]> = {};
    lsnsT1.push(hasLsns[i] ? clampedNormal(random, m.lsns.t1.mean, m.lsns.t1.sd, 0, 30) : null);
    masteryT1.push(
      hasMastery[i] ? clampedNormal(random, m.mastery.t1.mean, m.mastery.t1.sd, 7, 28) : null,
    );
    if (lsnsT1[i] !== null) measures['lsns-6'] = lsnsItems(random, lsnsT1[i]!);
    if (masteryT1[i] !== null) measures['pearlin-mastery'] = masteryItems(random, masteryT1[i]!);
    return {
      familyId: family.id,
      wave: 'T1',
      date,
      workerChanges: changes[i]!,
      agencyWorker: agency[i]!,
      stillAllocated: true,
      feeling: feelings[i]!,
      ...(Object.keys(measures).length > 0 ? { measures } : {}),
    };
  });

  // Which families were re-interviewed is drawn at random, so attrition is unrelated to baseline.
  const retained = chosen(random, n, t2Targets.interviewed * scale)
    .map((yes, i) => (yes ? i : -1))
    .filter((i) => i >= 0);
  const k = retained.length;
  const allocated = chosen(random, k, t2Targets.stillAllocated * scale);
  const changed = chosen(random, k, t2Targets.changedWorker * scale);
  const hasLsns2 = chosen(random, k, t2Targets.lsnsAnswered * scale);
  const hasMastery2 = chosen(random, k, t2Targets.masteryAnswered * scale);
  const t2 = retained.map((i, j): FamilyInterview<WaveId> => {
    const date = plusDays(
      T2_FIELDWORK.start,
      random.int(0, daysBetween(T2_FIELDWORK.start, T2_FIELDWORK.end)),
    );
    const measures: Record<string, (number | null)[]> = {};
    if (hasLsns2[j]) {
      // Change since T1 is drawn around the published change in means (15 → 16).
      const before = lsnsT1[i];
      const total =
        before === null || before === undefined
          ? clampedNormal(random, m.lsns.t2.mean, m.lsns.t2.sd, 0, 30)
          : clampedNormal(random, before + (m.lsns.t2.mean - m.lsns.t1.mean), 3.5, 0, 30);
      measures['lsns-6'] = lsnsItems(random, total);
    }
    if (hasMastery2[j]) {
      const before = masteryT1[i];
      const total =
        before === null || before === undefined
          ? clampedNormal(random, m.mastery.t2.mean, m.mastery.t2.sd, 7, 28)
          : clampedNormal(random, before + (m.mastery.t2.mean - m.mastery.t1.mean), 2.5, 7, 28);
      measures['pearlin-mastery'] = masteryItems(random, total);
    }
    const goals: GoalRating[] = Array.from({ length: random.int(1, 3) }, () => ({
      score: Math.max(-2, Math.min(2, Math.round(random.normal(0.2, 1)))),
    }));
    const stillAllocated = allocated[j]!;
    return {
      familyId: families[i]!.id,
      wave: 'T2',
      date,
      workerChanges: t1[i]!.workerChanges! + (changed[j] ? 1 : 0),
      agencyWorker: stillAllocated ? random.chance(0.15) : null,
      stillAllocated,
      feeling: random.pick(FEELINGS.filter((f) => f !== 'no-response')),
      ...(Object.keys(measures).length > 0 ? { measures } : {}),
      goals,
    };
  });
  return { t1, t2 };
}
