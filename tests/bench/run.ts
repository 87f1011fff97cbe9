// `npm run bench`: every case in one process, each library call timed against its baseline in the
// same process (tinybench, median of N iterations after a warm-up), printed as a ratio with its
// target; then the streaming memory check in a child process. Exits 1 when an answer disagrees,
// when a ratio exceeds its target by more than the measured noise margin (noise.json, made by
// noise.ts), or when streaming 10^7 records peaks at 200 MB RSS or more.
//
//   npm run bench                         all cases, 5 iterations each
//   npm run bench -- --only wilcoxon,parse --iterations 3 --json out.json --no-memory
//   npm run bench -- --only admin-census   (with --only, the streaming check runs only when the
//                                          list names `stream`)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { CASES } from './cases.js';
import { DISCLOSURE_CASE } from './disclosure.js';
import { COSTS_CASE } from './costs.js';
import { QUALITATIVE_CASES } from './qualitative.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = option('only')?.split(',');
const iterations = Number(option('iterations') ?? 5);
const jsonOut = option('json');
const memory = !args.includes('--no-memory');

const NOISE_FILE = fileURLToPath(new URL('./noise.json', import.meta.url));
const DEFAULT_MARGIN = 0.15;
const noise: { margins: Record<string, number> } = existsSync(NOISE_FILE)
  ? JSON.parse(readFileSync(NOISE_FILE, 'utf8'))
  : { margins: {} };
const RSS_LIMIT_MB = 200;

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(7);
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

interface Row {
  id: string;
  libraryMs: number;
  baselineMs: number;
  ratio: number;
  target: number;
  margin: number;
  pass: boolean;
}
const rows: Row[] = [];
let failed = false;

console.log(`sos-eval bench — node ${process.version}, ${iterations} iterations per task (median)`);
for (const c of [...CASES, DISCLOSURE_CASE, COSTS_CASE, ...QUALITATIVE_CASES]) {
  if (only && !only.includes(c.id)) continue;
  const progress = (what: string) => process.stderr.write(`  … ${c.id}: ${what}\n`);
  progress('building inputs');
  const t0 = performance.now();
  const ctx = c.setup();
  const setupMs = performance.now() - t0;
  // One call each outside the timing: warms up and checks the answers agree.
  progress('checking answers agree');
  try {
    c.check(c.library(ctx), c.baseline(ctx), ctx);
  } catch (error) {
    console.log(`\n${c.id}: ANSWERS DISAGREE — ${(error as Error).message}`);
    failed = true;
    continue;
  }
  let sink: unknown;
  const bench = new Bench({ iterations, warmupIterations: 1, time: 0, warmupTime: 0 });
  bench.add('baseline', () => void (sink = c.baseline(ctx)));
  bench.add('library', () => void (sink = c.library(ctx)));
  progress('timing');
  await bench.run();
  void sink;
  const median = (name: string) => {
    const r = bench.getTask(name)!.result;
    if (r.state !== 'completed') throw new Error(`${c.id} ${name}: ${r.state}`);
    return r.latency.p50;
  };
  const libraryMs = median('library');
  const baselineMs = median('baseline');
  const ratio = libraryMs / baselineMs;
  const margin = noise.margins[c.id] ?? DEFAULT_MARGIN;
  const pass = ratio <= c.target * (1 + margin);
  if (!pass) failed = true;
  rows.push({ id: c.id, libraryMs, baselineMs, ratio, target: c.target, margin, pass });
  console.log(
    `\n${c.title}\n  ${c.id.padEnd(14)} library ${fmt(libraryMs)} ms  baseline ${fmt(baselineMs)} ms` +
      `  ratio ${ratio.toFixed(2)}×  target ≤ ${c.target}× (+${pct(margin)} noise)  ${pass ? 'ok' : 'OVER'}` +
      `  [inputs built in ${(setupMs / 1000).toFixed(1)} s]`,
  );
  if (c.atScale) {
    const ms = c.atScale.run() as number;
    console.log(`  and ${c.atScale.label}: library alone ${fmt(ms)} ms (one call)`);
  }
}

// impact: two-way fixed effects at 10^6 rows against R's lm (tests/bench/impact.ts).
if (!only || only.includes('impact-twfe')) {
  const { benchImpact } = await import('./impact.js');
  if (benchImpact(iterations)) failed = true;
}

// admin: a 10^6-child CIN census parsed into indicators in one streaming pass (tests/bench/admin.ts).
if (!only || only.includes('admin-census')) {
  const { benchAdmin } = await import('./admin.js');
  if (benchAdmin(Number(option('admin-children') ?? 1_000_000))) failed = true;
}

interface StreamResult {
  name: string;
  records: number;
  seconds: number;
  maxRssMb: number;
}
const stream: StreamResult[] = [];
if (memory && (!only || only.includes('stream'))) {
  const child = fileURLToPath(new URL('./stream-child.ts', import.meta.url));
  const { AGGREGATES } = await import('./stream-child.js');
  console.log(
    `\nStreaming 10^7 records from a generator, each aggregate in a fresh child process:`,
  );
  for (const name of Object.keys(AGGREGATES)) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, name], {
      encoding: 'utf8',
    });
    const s = JSON.parse(out.trim().split('\n').at(-1)!) as StreamResult;
    stream.push(s);
    const pass = s.maxRssMb < RSS_LIMIT_MB;
    if (!pass) failed = true;
    console.log(
      `  ${s.name.padEnd(28)} ${s.records.toExponential(0)} records  ${s.seconds.toFixed(1)} s` +
        `  peak RSS ${s.maxRssMb.toFixed(0)} MB (limit ${RSS_LIMIT_MB} MB)  ${pass ? 'ok' : 'OVER'}`,
    );
  }
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ rows, stream }, null, 2));
console.log(failed ? '\nbench: FAILED' : '\nbench: all ratios within target + noise margin');
process.exitCode = failed ? 1 : 0;
