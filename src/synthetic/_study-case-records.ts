import type { CaseRecord, ScalingJudgement } from '../models/case-record.js';
import type { Family } from '../models/family.js';
import type { FamilyInterview } from '../models/family-interview.js';
import type { AnyStudy } from '../models/study/study.js';
import type { SocialWorker } from '../models/worker.js';
import { daysBetween, plusDays } from '../_lib/calendar.js';
import { exactly, type Random } from './_random.js';
import { pointOf, stepsOf } from './_scale-points.js';

/**
 * @internal Case records for 19 in 20 families (at least one), each audited a week to two months
 * after the family's last interview, with two to six reviews between referral and audit. At each
 * review the study's first scorer scores the case (on its `safety` scale, else its first scale)
 * and every other scorer does so half the time; a third of cases barely move (drift). Each tool
 * is evidenced more often in later cohorts, and every tool is evidenced in some record.
 */
export function synthesiseStudyCaseRecords(
  random: Random,
  study: AnyStudy,
  families: readonly Family[],
  workers: readonly SocialWorker[],
  interviews: Readonly<Record<string, readonly FamilyInterview[]>>,
): CaseRecord[] {
  const lastInterview = new Map<string, string>();
  for (const wave of study.ids.waves)
    for (const i of interviews[wave] ?? []) lastInterview.set(i.familyId, i.date);
  const byPilot = new Map<string, SocialWorker[]>();
  for (const w of workers) byPilot.set(w.pilotId, [...(byPilot.get(w.pilotId) ?? []), w]);
  const scale = study.scales.find((s) => s.id === 'safety') ?? study.scales[0]!;
  const steps = stepsOf(scale);
  const [first, ...others] = study.scorers;
  const cohortIndex = new Map(study.ids.cohorts.map((c, k) => [c, k]));
  const lastCohort = Math.max(1, study.ids.cohorts.length - 1);

  const consenting = Math.max(1, Math.round(0.95 * families.length));
  const consent = exactly(random, [
    [true, consenting],
    [false, families.length - consenting],
  ]);
  const records: {
    familyId: string;
    auditDate: string;
    workerId?: string;
    tools: Set<string>;
    judgements: ScalingJudgement[];
  }[] = [];
  families.forEach((family, i) => {
    if (!consent[i]) return;
    // After the referral even where a wave's fieldwork ended before it.
    const interviewed = lastInterview.get(family.id) ?? family.referralDate;
    const seen = interviewed > family.referralDate ? interviewed : family.referralDate;
    const auditDate = plusDays(seen, random.int(7, 60));
    const rate = 0.45 + (0.3 * cohortIndex.get(family.cohort)!) / lastCohort;
    const tools = new Set(study.ids.tools.filter(() => random.chance(rate)));
    const reviews = random.int(2, 6);
    const span = daysBetween(family.referralDate, auditDate);
    const drifting = random.chance(1 / 3);
    const start = random.normal(0.4 * steps, 0.15 * steps);
    const slope = drifting ? 0 : random.normal(0.06 * steps, 0.05 * steps);
    const judgements: ScalingJudgement[] = [];
    for (let r = 0; r < reviews; r++) {
      const date = plusDays(family.referralDate, Math.round(((r + 0.5) * span) / reviews));
      const index = start + slope * r + random.normal(0, 0.04 * steps);
      judgements.push({ date, scale: scale.id, scoredBy: first!, score: pointOf(scale, index) });
      for (const scorer of others) {
        // Others tend to score the case a little safer than the first scorer does.
        if (random.chance(0.5))
          judgements.push({
            date,
            scale: scale.id,
            scoredBy: scorer,
            score: pointOf(scale, index + random.normal(0.08 * steps, 0.1 * steps)),
          });
      }
    }
    const pool = byPilot.get(family.pilotId) ?? [];
    records.push({
      familyId: family.id,
      auditDate,
      ...(pool.length > 0 ? { workerId: random.pick(pool).id } : {}),
      tools,
      judgements,
    });
  });
  // A tool no case file happened to show is added to one drawn at random.
  for (const tool of study.ids.tools) {
    if (!records.some((r) => r.tools.has(tool))) random.pick(records).tools.add(tool);
  }
  return records.map(({ tools, ...r }) => ({
    familyId: r.familyId,
    auditDate: r.auditDate,
    ...(r.workerId === undefined ? {} : { workerId: r.workerId }),
    toolsEvidenced: study.ids.tools.filter((t) => tools.has(t)),
    judgements: r.judgements,
  }));
}
