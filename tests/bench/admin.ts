// `npm run bench` — admin: a synthetic national CIN census of 10^6 children (files of one
// authority each, 2024 schema, written once to .tmp/bench-admin-<n>/ and reused) parsed and
// turned into the DfE's indicators in one streaming pass (cinIndicatorsFromSources), timed against
// a bare saxes pass over the same files in the same fresh process, with the process's peak RSS.
// Fails when the ratio exceeds ADMIN_TARGET or the peak RSS reaches ADMIN_RSS_LIMIT_MB.
//   npm run bench -- --only admin-census --admin-children 100000   (a smaller census)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Library pass / bare saxes pass must stay below this (issue 15: within 2×). */
export const ADMIN_TARGET = 2;
/** Peak RSS of the measuring process must stay below this (issue 15: under 300 MB). */
export const ADMIN_RSS_LIMIT_MB = 300;

export function benchAdmin(children = 1_000_000): boolean {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dir = join(root, '.tmp', `bench-admin-${children}`);
  const script = fileURLToPath(new URL('./admin-census.ts', import.meta.url));
  const run = (...args: string[]) =>
    execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
      encoding: 'utf8',
      cwd: root,
      maxBuffer: 1 << 20,
    });
  if (!existsSync(join(dir, 'children.txt'))) {
    process.stderr.write(
      `  … admin-census: writing a synthetic census of ${children} children to ${dir}\n`,
    );
    run('generate', dir, String(children));
  }
  const written = Number(readFileSync(join(dir, 'children.txt'), 'utf8'));
  process.stderr.write('  … admin-census: bare saxes, library, bare saxes (fresh process)\n');
  const m = JSON.parse(run('measure', dir).trim().split('\n').at(-1)!) as {
    bareMs: number;
    libraryMs: number;
    files: number;
    referrals: number;
    issues: number;
    maxRssMb: number;
  };
  const ratio = m.libraryMs / m.bareMs;
  const pass = ratio <= ADMIN_TARGET && m.maxRssMb < ADMIN_RSS_LIMIT_MB && m.issues === 0;
  console.log(
    `\nCIN census: ${written.toLocaleString('en-GB')} children in ${m.files} files parsed and turned into indicators in one streaming pass` +
      `\n  admin-census   library ${m.libraryMs.toFixed(0).padStart(7)} ms  bare saxes ${m.bareMs.toFixed(0).padStart(7)} ms` +
      `  ratio ${ratio.toFixed(2)}×  target ≤ ${ADMIN_TARGET}×  peak RSS ${m.maxRssMb.toFixed(0)} MB (limit ${ADMIN_RSS_LIMIT_MB} MB)` +
      `  issues ${m.issues}  ${pass ? 'ok' : 'OVER'}`,
  );
  return !pass;
}
