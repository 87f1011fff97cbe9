// Measures the benchmark's noise margin: runs the timed cases K times, each in a fresh process,
// and writes for every case the run-to-run spread of its ratio, (max − min) / median, to
// noise.json. run.ts fails a case only when its ratio exceeds target × (1 + margin).
//   npx tsx tests/bench/noise.ts [runs=5] [--only id,id]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 5);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? ['--only', process.argv[onlyAt + 1]!] : [];
const runner = fileURLToPath(new URL('./run.ts', import.meta.url));
const ratios = new Map<string, number[]>();

for (let k = 0; k < runs; k++) {
  const out = join(tmpdir(), `sos-eval-bench-${process.pid}-${k}.json`);
  try {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', runner, '--no-memory', '--json', out, ...only],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  } catch {
    // A run over target still wrote its ratios; that is what is measured here.
  }
  const { rows } = JSON.parse(readFileSync(out, 'utf8')) as {
    rows: { id: string; ratio: number }[];
  };
  for (const r of rows) ratios.set(r.id, [...(ratios.get(r.id) ?? []), r.ratio]);
  console.log(
    `run ${k + 1}/${runs}: ${rows.map((r) => `${r.id} ${r.ratio.toFixed(2)}`).join(', ')}`,
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const margins: Record<string, number> = {};
const spread: Record<string, { min: number; median: number; max: number }> = {};
for (const [id, xs] of ratios) {
  const m = median(xs);
  spread[id] = { min: Math.min(...xs), median: m, max: Math.max(...xs) };
  margins[id] = Number(((Math.max(...xs) - Math.min(...xs)) / m).toFixed(3));
}
const file = fileURLToPath(new URL('./noise.json', import.meta.url));
// Cases not run this time keep the margins measured before.
const previous = existsSync(file)
  ? (JSON.parse(readFileSync(file, 'utf8')) as { margins: Record<string, number>; spread: object })
  : { margins: {}, spread: {} };
Object.assign(margins, { ...previous.margins, ...margins });
Object.assign(spread, { ...previous.spread, ...spread });
writeFileSync(
  file,
  JSON.stringify(
    { runs, node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, margins, spread },
    null,
    2,
  ) + '\n',
);
console.log(`margins written to ${file}:`, margins);
