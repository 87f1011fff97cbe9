import type { SocialWorker, WorkerSurveyResponse } from '../models/worker.js';
import {
  SOS_2017,
  type ExperienceGroup,
  type PilotId,
  type ToolId,
  type UsageLevel,
  type WaveId,
} from '../reference/sos-2017.js';
import { allocate } from './_allocate.js';
import { exactly, type Random } from './_random.js';
import { SYNTHETIC_TARGETS } from './targets.js';

const GROUPS: readonly ExperienceGroup[] = ['new', 'two-years', 'two-years-plus'];

/** @internal Usage counts for one tool among all surveyed workers. */
export interface LevelCounts {
  readonly all: number;
  readonly some: number;
  readonly none: number;
}

// Relative rates of "not at all" per grouping, for the tools whose slides describe a pattern.
const NONE_RATES: Partial<Record<ToolId, Record<ExperienceGroup, number>>> = {
  // Slide 14: the 2% who never used safety planning were all in `new`.
  'safety-planning': { new: 1, 'two-years': 0, 'two-years-plus': 0 },
  // Slide 17: a quarter in `2 years`, two-thirds in `new` and in `2+`.
  'family-network-meetings': { new: 2 / 3, 'two-years': 1 / 4, 'two-years-plus': 2 / 3 },
  // Slide 15: appreciative inquiry used most in `2 years`.
  'appreciative-inquiry': { new: 0.8, 'two-years': 0.45, 'two-years-plus': 0.8 },
};

// Slide 13: confidence (1–10) highest in `2 years`. Means and spread are our choice.
const CONFIDENCE_MEAN: Record<ExperienceGroup, number> = {
  new: 6.1,
  'two-years': 7.6,
  'two-years-plus': 6.4,
};
// Slide 12: 2-day and 5-day courses; longer training more common with more experience (our choice).
const FIVE_DAY_SHARE: Record<ExperienceGroup, number> = {
  new: 0.3,
  'two-years': 0.7,
  'two-years-plus': 0.5,
};

/** @internal The surveyed workers and their answers, at `scale` times the published counts. */
export function synthesiseWorkers(
  random: Random,
  scale: number,
  usageCounts: Readonly<Record<string, LevelCounts>>,
): {
  workers: SocialWorker<PilotId>[];
  responses: WorkerSurveyResponse<PilotId, WaveId, ToolId, UsageLevel>[];
} {
  const targets = SYNTHETIC_TARGETS.workers;
  const pilots = Object.keys(targets.perPilot) as PilotId[];
  const workers: SocialWorker<PilotId>[] = [];
  const groupOf: ExperienceGroup[] = [];
  const total = targets.total * scale;
  const agency = new Set(
    random.shuffle(Array.from({ length: total }, (_, i) => i)).slice(0, targets.agency * scale),
  );
  for (const pilotId of pilots) {
    for (let k = 0; k < targets.perPilot[pilotId] * scale; k++) {
      const index = workers.length;
      workers.push({
        id: `SW-${String(index + 1).padStart(5, '0')}`,
        pilotId,
        employment: agency.has(index) ? 'agency' : 'permanent',
      });
      groupOf.push(SOS_2017.groupOf(pilotId, 'experience') as ExperienceGroup);
    }
  }
  const members: Record<ExperienceGroup, number[]> = {
    new: [],
    'two-years': [],
    'two-years-plus': [],
  };
  groupOf.forEach((g, i) => members[g].push(i));
  const size = (g: ExperienceGroup) => members[g].length;

  // Usage: split each level's total across groupings, then deal the levels out at random within each.
  const usage: Partial<Record<ToolId, UsageLevel>>[] = workers.map(() => ({}));
  for (const [tool, counts] of Object.entries(usageCounts) as [ToolId, LevelCounts][]) {
    const rates = NONE_RATES[tool] ?? { new: 1, 'two-years': 1, 'two-years-plus': 1 };
    const none = allocate(counts.none * scale, {
      new: size('new') * rates.new,
      'two-years': size('two-years') * rates['two-years'],
      'two-years-plus': size('two-years-plus') * rates['two-years-plus'],
    });
    const all = allocate(counts.all * scale, {
      new: size('new') - none.new,
      'two-years': size('two-years') - none['two-years'],
      'two-years-plus': size('two-years-plus') - none['two-years-plus'],
    });
    for (const g of GROUPS) {
      const some = size(g) - all[g] - none[g];
      const levels = exactly<UsageLevel>(random, [
        ['all', all[g]],
        ['some', some],
        ['none', none[g]],
      ]);
      members[g].forEach((w, i) => (usage[w]![tool] = levels[i]!));
    }
  }

  const supervised = new Array<boolean>(workers.length);
  const fiveDay = new Array<boolean>(workers.length);
  for (const g of GROUPS) {
    const yes = targets.supervised[g] * scale;
    const flags = exactly(random, [
      [true, yes],
      [false, size(g) - yes],
    ]);
    members[g].forEach((w, i) => (supervised[w] = flags[i]!));
    const five = Math.round(size(g) * FIVE_DAY_SHARE[g]);
    const days = exactly(random, [
      [true, five],
      [false, size(g) - five],
    ]);
    members[g].forEach((w, i) => (fiveDay[w] = days[i]!));
  }

  const responses: WorkerSurveyResponse<PilotId, WaveId, ToolId, UsageLevel>[] = workers.map(
    (w, i) => {
      const g = groupOf[i]!;
      const confidence = Math.min(
        10,
        Math.max(1, Math.round(random.normal(CONFIDENCE_MEAN[g], 1.5))),
      );
      return {
        workerId: w.id,
        pilotId: w.pilotId,
        wave: 'T2',
        employment: w.employment,
        trainingDays: fiveDay[i] ? 5 : 2,
        supervisionAligned: supervised[i]!,
        // About 1 in 40 left the confidence question blank, so analyses meet missing answers.
        confidence: random.chance(0.025) ? null : confidence,
        usage: usage[i]!,
      };
    },
  );
  return { workers, responses };
}
