import type { CaseRecord, ScalingJudgement } from '../models/case-record.js';
import type { Family } from '../models/family.js';
import type { SocialWorker } from '../models/worker.js';
import { SOS_2017, type CohortId, type PilotId, type ToolId } from '../reference/sos-2017.js';
import { daysBetween, plusDays } from '../_lib/calendar.js';
import { exactly, type Random } from './_random.js';
import { SYNTHETIC_TARGETS } from './targets.js';

// Chance a case file evidences each tool, by cohort. Slide 15: use of safety planning, mapping and
// danger statements rose from Cohort 1 to Cohort 2. The levels themselves are our choice.
const EVIDENCE_RATE: Record<ToolId, [cohort1: number, cohort2: number]> = {
  mapping: [0.55, 0.72],
  'danger-statements': [0.5, 0.68],
  'safety-planning': [0.6, 0.76],
  scaling: [0.6, 0.65],
  'three-houses': [0.45, 0.48],
  'words-and-pictures': [0.22, 0.25],
  'family-network-meetings': [0.3, 0.32],
  'appreciative-inquiry': [0.04, 0.05],
};

const T2_FIELDWORK = SOS_2017.wave('T2')!.fieldwork!;

const half = (x: number) => Math.min(10, Math.max(0, Math.round(x * 2) / 2));

/** @internal Case records for the families who agreed, each with dated scaling judgements. */
export function synthesiseCaseRecords(
  random: Random,
  scale: number,
  families: readonly Family<PilotId, CohortId>[],
  workers: readonly SocialWorker<PilotId>[],
): CaseRecord<ToolId>[] {
  const byPilot = new Map<PilotId, SocialWorker<PilotId>[]>();
  for (const w of workers) byPilot.set(w.pilotId, [...(byPilot.get(w.pilotId) ?? []), w]);
  const consent = exactly(random, [
    [true, SYNTHETIC_TARGETS.families.caseRecords * scale],
    [false, families.length - SYNTHETIC_TARGETS.families.caseRecords * scale],
  ]);
  const records: CaseRecord<ToolId>[] = [];
  families.forEach((family, i) => {
    if (!consent[i]) return;
    const auditDate = plusDays(
      T2_FIELDWORK.start,
      random.int(0, daysBetween(T2_FIELDWORK.start, T2_FIELDWORK.end)),
    );
    const cohortIndex = family.cohort === 'cohort-1' ? 0 : 1;
    const toolsEvidenced = (Object.keys(EVIDENCE_RATE) as ToolId[]).filter((t) =>
      random.chance(EVIDENCE_RATE[t][cohortIndex]),
    );
    // Reviews spread between referral and audit; a third of cases barely move (drift).
    const reviews = random.int(2, 6);
    const span = daysBetween(family.referralDate, auditDate);
    const dates = Array.from({ length: reviews }, (_, r) =>
      plusDays(family.referralDate, Math.round(((r + 0.5) * span) / reviews)),
    );
    const drifting = random.chance(1 / 3);
    const start = half(random.normal(4, 1.5));
    const slopePerReview = drifting ? 0 : random.normal(0.6, 0.5);
    const judgements: ScalingJudgement[] = [];
    dates.forEach((date, r) => {
      const worker = half(
        start + slopePerReview * r + (drifting ? random.int(-1, 1) * 0.5 : random.normal(0, 0.5)),
      );
      judgements.push({ date, scale: 'safety', scoredBy: 'worker', score: worker });
      // Families tend to score themselves safer than workers do; networks sit between.
      if (random.chance(0.6))
        judgements.push({
          date,
          scale: 'safety',
          scoredBy: 'family',
          score: half(worker + random.normal(1.2, 1.2)),
        });
      if (random.chance(0.3))
        judgements.push({
          date,
          scale: 'safety',
          scoredBy: 'network',
          score: half(worker + random.normal(0.4, 1)),
        });
    });
    const pool = byPilot.get(family.pilotId) ?? [];
    records.push({
      familyId: family.id,
      auditDate,
      ...(pool.length > 0 ? { workerId: random.pick(pool).id } : {}),
      toolsEvidenced,
      judgements,
    });
  });
  return records;
}
