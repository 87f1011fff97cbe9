// Tallies a large synthetic survey stream over worker_threads in chunks, merges the chunk tallies
// with the study's monoid (getUsageTallyMonoid(SOS_2017)), and checks the merged tally equals the single-thread one.
// Run: npx tsx examples/parallel-tally.ts [records]
import { deepStrictEqual } from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { concatAll } from 'fp-ts/lib/Monoid.js';
import { SOS_2017 } from '../src/reference/index.js';
import {
  getUsageTallyMonoid,
  tallyUsage,
  usageShares,
  type UsageTally,
} from '../src/usage/index.js';
import { responsesInRange } from './parallel-tally-worker.js';

const RECORDS = Number(process.argv[2] ?? 1_000_000);
const THREADS = Math.max(2, Math.min(4, availableParallelism()));
const CHUNKS = THREADS * 2; // more chunks than threads: a thread takes the next chunk when free

/** Starts a worker thread that tallies the chunks it is sent. */
function startWorker(): Worker {
  // Node 20 does not pass `--import tsx` on to workers, so the worker registers tsx itself and
  // then imports the TypeScript worker file (with compiled code, pass the .js file directly).
  const file = new URL('./parallel-tally-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(file)}); })`;
  return new Worker(boot, { eval: true, workerData: 'parallel-tally' });
}

/** Tallies the chunks on THREADS workers, each taking the next chunk when free; chunk order kept. */
async function tallyInParallel(): Promise<UsageTally[]> {
  const size = Math.ceil(RECORDS / CHUNKS);
  const tallies: UsageTally[] = new Array(CHUNKS);
  let next = 0;
  const lane = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= CHUNKS) return resolve();
        const chunk = next++;
        worker.postMessage({
          chunk,
          start: chunk * size,
          end: Math.min(RECORDS, (chunk + 1) * size),
        });
      };
      worker.on('message', ({ chunk, tally }: { chunk: number; tally: UsageTally }) => {
        tallies[chunk] = tally;
        send();
      });
      worker.once('error', reject);
      send();
    });
  const workers = Array.from({ length: THREADS }, startWorker);
  try {
    await Promise.all(workers.map(lane));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return tallies;
}

let t0 = performance.now();
const merged = concatAll(getUsageTallyMonoid(SOS_2017))(await tallyInParallel());
const parallelMs = performance.now() - t0;

t0 = performance.now();
const single = tallyUsage(responsesInRange(0, RECORDS), { study: SOS_2017, by: 'pilot' });
const singleMs = performance.now() - t0;

// Tallies cross threads as structured clones (no longer frozen); compare values.
deepStrictEqual(JSON.parse(JSON.stringify(merged)), JSON.parse(JSON.stringify(single)));
console.log(
  `${RECORDS.toLocaleString('en-GB')} responses in ${CHUNKS} chunks on ${THREADS} threads: ${(parallelMs / 1000).toFixed(1)} s; one thread: ${(singleMs / 1000).toFixed(1)} s`,
);
console.log('merged tally equals the single-thread tally: yes');
const first = usageShares(merged, { study: SOS_2017 }).slice(0, 3);
for (const r of first)
  console.log(`  ${r.group} ${r.tool} ${r.level}: ${r.count} of ${r.n} (${r.percent}%)`);
