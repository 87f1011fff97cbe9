// Worker for examples/parallel-tally.ts: tallies each range of the synthetic survey stream it is
// sent and posts the tally back. Also exports the stream itself, so the main thread can tally the same
// responses in one pass. Run directly, it only says what it is for.
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { WorkerSurveyResponse } from '../src/models/index.js';
import { SOS_2017 } from '../src/reference/index.js';
import { tallyUsage } from '../src/usage/index.js';

const { pilots: PILOT_IDS, tools: TOOL_IDS } = SOS_2017.ids;

const LEVELS = ['all', 'some', 'none', null] as const;

/**
 * Survey responses `start` to `end - 1` of a long synthetic stream: each one a pure function of
 * its index, so any range can be made on any thread without sending records between threads.
 */
export function* responsesInRange(start: number, end: number): Generator<WorkerSurveyResponse> {
  for (let i = start; i < end; i++) {
    const usage: Record<string, (typeof LEVELS)[number]> = {};
    // A small multiplicative hash of (i, tool) picks the level, so counts are uneven.
    for (let t = 0; t < TOOL_IDS.length; t++)
      usage[TOOL_IDS[t]!] = LEVELS[(Math.imul(i + 1, 2654435761) >>> (t + 7)) % 4]!;
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

if (!isMainThread && workerData === 'parallel-tally') {
  // One message per chunk: { chunk, start, end } in, { chunk, tally } out.
  parentPort!.on(
    'message',
    ({ chunk, start, end }: { chunk: number; start: number; end: number }) => {
      parentPort!.postMessage({
        chunk,
        tally: tallyUsage(responsesInRange(start, end), { study: SOS_2017, by: 'pilot' }),
      });
    },
  );
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(
    'parallel-tally-worker.ts is started by examples/parallel-tally.ts; run that instead.',
  );
}
