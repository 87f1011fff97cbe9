// `npm run bench` — impact: two-way fixed effects on 10^6 child rows (150 authorities × 10 years ×
// 667 children, from synthesisePanel) against R's lm with factor dummies and sandwich::vcovCL on the
// same data. R runs in a child process on the same numbers (written as raw doubles, read with
// readBin); its time is lm + vcovCL alone, measured inside R with system.time, so R's start-up and
// the data transfer are not counted against it. Without Rscript the library's absolute time is
// printed instead. Fails when the answers disagree (relative 1e-8) or the ratio exceeds its target.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesisePanel, twoWayFixedEffects } from 'sos-eval/impact';

/** Library time / R time must stay below this (the within transformation avoids the dummy matrix). */
export const IMPACT_TARGET = 1;

const R_SCRIPT = `
suppressPackageStartupMessages(library(sandwich))
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[2])
con <- file(args[1], "rb")
y <- readBin(con, "double", n); D <- readBin(con, "double", n)
unit <- readBin(con, "double", n); time <- readBin(con, "double", n)
close(con)
d <- data.frame(y, D, unit = factor(unit), time = factor(time))
t <- system.time({
  fit <- lm(y ~ D + unit + time, data = d)
  V <- vcovCL(fit, cluster = ~unit, type = "HC1")
})[["elapsed"]]
cat(sprintf("%.17g %.17g %.17g\\n", coef(fit)[["D"]], sqrt(V["D", "D"]), t))
`;

function hasR(): boolean {
  try {
    execFileSync('Rscript', ['-e', 'library(sandwich)'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs the case and prints its line; returns true when it failed. */
export function benchImpact(iterations: number): boolean {
  const progress = (what: string) => process.stderr.write(`  … impact-twfe: ${what}\n`);
  progress('building 10^6 child rows');
  const panel = synthesisePanel({ seed: 1, units: 150, periods: 10, children: 667 });
  const rows = panel.rows;
  const options = {
    outcome: 'outcome',
    treatment: 'adopted',
    unit: 'unit',
    time: 'period',
  } as const;
  progress('timing twoWayFixedEffects');
  const times: number[] = [];
  let fit = twoWayFixedEffects(rows, options);
  for (let i = 0; i < Math.max(3, iterations); i++) {
    const t0 = performance.now();
    fit = twoWayFixedEffects(rows, options);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const libraryMs = times[Math.floor(times.length / 2)]!;
  const title = `Two-way fixed effects, ${rows.length.toLocaleString('en-GB')} child rows, 150 authority + 10 year effects, HC1 cluster SE`;
  if (!hasR()) {
    console.log(
      `\n${title}\n  impact-twfe    library ${libraryMs.toFixed(0).padStart(7)} ms  (Rscript with sandwich not found: absolute time only)`,
    );
    return false;
  }
  progress('running R lm + vcovCL (a minute or two)');
  const dir = mkdtempSync(join(tmpdir(), 'sos-eval-impact-'));
  try {
    const n = rows.length;
    const data = new Float64Array(4 * n);
    const unitCode = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      data[i] = r.outcome;
      data[n + i] = r.adopted ? 1 : 0;
      let u = unitCode.get(r.unit);
      if (u === undefined) unitCode.set(r.unit, (u = unitCode.size + 1));
      data[2 * n + i] = u;
      data[3 * n + i] = r.period;
    }
    const file = join(dir, 'panel.bin');
    writeFileSync(file, new Uint8Array(data.buffer));
    const script = join(dir, 'twfe.R');
    writeFileSync(script, R_SCRIPT);
    const out = execFileSync('Rscript', [script, file, String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const [estimate, se, seconds] = out.trim().split(/\s+/).map(Number) as [number, number, number];
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
    if (!(rel(fit.estimate, estimate) <= 1e-8 && rel(fit.se, se) <= 1e-8)) {
      console.log(
        `\nimpact-twfe: ANSWERS DISAGREE — library ${fit.estimate} (se ${fit.se}), R ${estimate} (se ${se})`,
      );
      return true;
    }
    const rMs = seconds * 1000;
    const ratio = libraryMs / rMs;
    const pass = ratio <= IMPACT_TARGET;
    console.log(
      `\n${title}\n  impact-twfe    library ${libraryMs.toFixed(0).padStart(7)} ms  R lm+vcovCL ${rMs.toFixed(0).padStart(7)} ms` +
        `  ratio ${ratio.toFixed(3)}×  target ≤ ${IMPACT_TARGET}×  ${pass ? 'ok' : 'OVER'}  [estimate and se agree with R at 1e-8]`,
    );
    return !pass;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: npx tsx tests/bench/impact.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = benchImpact(3) ? 1 : 0;
}
