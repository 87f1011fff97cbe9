// Run by run.ts in a fresh process per aggregate: streams 10^7 survey responses from a generator
// (never an array) through one aggregate and prints {name, records, seconds, maxRssMb} as JSON.
//   npx tsx tests/bench/stream-child.ts tallyUsage [records]
import type { StudyRecord } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { getUsageTallyMonoid, tallyUsage, tallyUsageAsync } from 'sos-eval/usage';
import { scoreMeasure, SDQ_PARENT, tallyMeasure, type MeasureScore } from 'sos-eval/measures';
import { SAFETY_SCALE, tallyScale } from 'sos-eval/scaling';

// Every aggregate runs on the 2017 evaluation, the study SOS_2017.
const study = SOS_2017;
const { pilots: PILOT_IDS, tools: TOOL_IDS } = study.ids;
const UsageTallyMonoid = getUsageTallyMonoid(study);
type WorkerSurveyResponse = StudyRecord<typeof SOS_2017, 'workerSurveyResponse'>;

const LEVELS = ['all', 'some', 'none', null] as const;

/** Fresh response objects, one at a time; nothing is retained by the generator. */
export function* responses(count: number): Generator<WorkerSurveyResponse> {
  for (let i = 0; i < count; i++) {
    const usage: Partial<Record<(typeof TOOL_IDS)[number], (typeof LEVELS)[number]>> = {};
    for (let t = 0; t < TOOL_IDS.length; t++) usage[TOOL_IDS[t]!] = LEVELS[(i * 7 + t * 3) % 4]!;
    yield {
      workerId: `SW-${i}`,
      pilotId: PILOT_IDS[i % PILOT_IDS.length]!,
      wave: 'T2',
      employment: i % 5 === 0 ? 'agency' : 'permanent',
      trainingDays: i % 11,
      supervisionAligned: i % 3 === 0,
      confidence: 1 + (i % 10),
      usage,
    };
  }
}

/** 0–10 safety scores in half steps, one in 50 missing. */
function* safetyScores(count: number): Generator<number | null> {
  for (let i = 0; i < count; i++) yield i % 50 === 0 ? null : ((i * 7) % 21) / 2;
}

/** Parent SDQ responses scored one at a time (codes cycle so every band and some gaps occur). */
function* scoredSdq(count: number): Generator<MeasureScore> {
  const codes: (number | null)[] = new Array<number | null>(25);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 25; k++) codes[k] = (i * 7 + k * 5) % 31 === 0 ? null : (i + k * k) % 3;
    yield scoreMeasure(SDQ_PARENT, codes);
  }
}

async function* asyncResponses(count: number): AsyncGenerator<WorkerSurveyResponse> {
  yield* responses(count);
}

export const AGGREGATES: Record<string, (count: number) => Promise<unknown> | unknown> = {
  tallyUsage: (count) => tallyUsage(responses(count), { study, by: 'pilot' }),
  tallyUsageAsync: (count) => tallyUsageAsync(asyncResponses(count), { study, by: 'pilot' }),
  'tallyScale (safety scores)': (count) => tallyScale(safetyScores(count), SAFETY_SCALE),
  'tallyMeasure (scored SDQ, by pilot)': (count) =>
    tallyMeasure(scoredSdq(count), { by: (_, i) => PILOT_IDS[i % PILOT_IDS.length]! }),
  // Chunks of 10^5 tallied and folded with the monoid as they come: the parallel pattern, serially.
  'tallyUsage chunks + monoid': (count) => {
    let total = UsageTallyMonoid.empty;
    for (let start = 0; start < count; start += 100_000) {
      const chunk = tallyUsage(responses(Math.min(100_000, count - start)), { study, by: 'pilot' });
      total = UsageTallyMonoid.concat(total, chunk);
    }
    return total;
  },
};

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const name = process.argv[2] ?? 'tallyUsage';
  const records = Number(process.argv[3] ?? 10_000_000);
  const run = AGGREGATES[name];
  if (!run)
    throw new Error(`unknown aggregate ${name}; known: ${Object.keys(AGGREGATES).join(', ')}`);
  const t0 = performance.now();
  await run(records);
  const seconds = (performance.now() - t0) / 1000;
  // maxRSS is in kilobytes.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, records, seconds, maxRssMb }));
}
