import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCloseToR, expectCloseToRNearZero, R_FIXTURE_DIR } from '../_support/r-fixtures.js';
import { assertOk, consumer, run, type Consumer } from './_consumer.js';

// The R reference cases, run against the packed tarball as users install it: plain node, once
// through `import` (dist/*.js) and once through `require` (dist/*.cjs). The unit tests check the
// source through vitest's transform; a bundling or transpilation fault (a dropped constant, a
// changed float expression, a wrong default) would only show here.

const CHECKS = fileURLToPath(new URL('./fixtures/r-checks.mjs', import.meta.url));
const NODE = process.execPath;
const MIN_NORMAL = 2.2250738585072014e-308;

interface Row {
  fixture: string;
  index: number;
  name: string;
  label: string;
  ours?: number | string | null;
  r?: number | string | null;
  error?: string;
  rUndefined?: boolean;
  /** For a number that can cancel to ~0 (t): the data's magnitude on its scale. */
  scale?: number;
  /** A number bounded in [−1, 1] (kappa): within 1e-12 of 0 it is compared absolutely. */
  bounded?: boolean;
}

// R's NA (null in the JSON) and NaN are the same "no number" for this comparison.
const decode = (v: number | string | null | undefined): number =>
  typeof v === 'string' ? Number(v) : (v ?? Number.NaN);

/** The script that loads sos-eval/stats one way, reads every fixture and prints the rows. */
const script = (how: 'import' | 'require'): string => `
const { readFileSync } = ${how === 'import' ? "await import('node:fs')" : "require('node:fs')"};
const stats = ${how === 'import' ? "await import('sos-eval/stats')" : "require('sos-eval/stats')"};
const { checkAll, FIXTURES } = await import('./r-checks.mjs');
const revive = (_k, v) => (v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v);
const fixtures = Object.fromEntries(
  FIXTURES.map((f) => [f, JSON.parse(readFileSync(${JSON.stringify(R_FIXTURE_DIR)} + f + '.json', 'utf8'), revive).cases]),
);
process.stdout.write(JSON.stringify(checkAll(stats, fixtures)));
`;

let c: Consumer;
beforeAll(async () => {
  c = await consumer();
  copyFileSync(CHECKS, join(c.dir, 'r-checks.mjs'));
});
afterAll(() => c?.dispose());

async function rowsFrom(how: 'import' | 'require'): Promise<Row[]> {
  // A CommonJS file cannot use top-level await: wrap its body in an async function.
  const file = join(c.dir, how === 'import' ? 'r-esm.mjs' : 'r-cjs.cjs');
  const body = script(how);
  writeFileSync(file, how === 'import' ? body : `(async () => {${body}})();`);
  const r = assertOk(`node ${file}`, await run(NODE, [file], c.dir));
  return JSON.parse(r.stdout) as Row[];
}

describe.each(['import', 'require'] as const)(
  'R reference cases against the installed tarball (%s)',
  (how) => {
    let rows: Row[];
    beforeAll(async () => {
      rows = await rowsFrom(how);
    });

    it('loads sos-eval/stats from node_modules and runs every case of every stats fixture, throwing only where R has no number', () => {
      const checked = new Set(rows.map((r) => r.fixture));
      const source = readFileSync(CHECKS, 'utf8');
      for (const f of checked) expect(source).toContain(`'${f}'`);
      expect(checked.size).toBeGreaterThanOrEqual(28);
      // We throw only where R stops or has no number (RangeErrors the docs describe).
      expect(rows.filter((r) => r.error && !r.rUndefined)).toEqual([]);
    });

    it('agrees with R to a relative 1e-9 on every compared value', () => {
      for (const row of rows) {
        const where = `${row.fixture}[${row.index}] ${row.name} ${row.label}`;
        if (row.error) continue;
        const ours = decode(row.ours);
        const r = decode(row.r);
        // Below the smallest normal double R's exact binomial tails are rounding residue (5e-324
        // where the true p is ~10^-3000); the unit tests pin those, here both must be ~0.
        if (Math.abs(r) < MIN_NORMAL && Math.abs(ours) < MIN_NORMAL) continue;
        if (row.scale !== undefined) expectCloseToRNearZero(ours, r, where, row.scale);
        else if (row.bounded && Math.abs(r) < 1e-12)
          expect(Math.abs(ours - r), where).toBeLessThanOrEqual(1e-14);
        else expectCloseToR(ours, r, where);
      }
    });
  },
);
