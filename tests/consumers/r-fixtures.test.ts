import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCloseToR, R_FIXTURE_DIR } from '../_support/r-fixtures.js';
import { assertOk, consumer, run, type Consumer } from './_consumer.js';

// The R reference cases, run against the packed tarball as users install it: plain node, once
// through `import` (dist/*.js) and once through `require` (dist/*.cjs). The unit tests check the
// source through vitest's transform; a bundling or transpilation fault (a dropped constant, a
// changed float expression, a wrong default) would only show here.

const CHECKS = fileURLToPath(new URL('./fixtures/r-checks.mjs', import.meta.url));
const NODE = process.execPath;

interface Row {
  fixture: string;
  index: number;
  name: string;
  label: string;
  ours?: number | string | null;
  r?: number | string | null;
  error?: string;
}

const decode = (v: number | string | null | undefined): number | null =>
  typeof v === 'string' ? Number(v) : (v ?? null);

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

    it('loads sos-eval/stats from node_modules and runs every case of every stats fixture', () => {
      const checked = new Set(rows.map((r) => r.fixture));
      const source = readFileSync(CHECKS, 'utf8');
      for (const f of checked) expect(source).toContain(`'${f}'`);
      expect(checked.size).toBeGreaterThanOrEqual(14);
      expect(rows.filter((r) => r.error)).toEqual([]);
    });

    it('agrees with R to a relative 1e-9 on every compared value', () => {
      for (const row of rows) {
        const where = `${row.fixture}[${row.index}] ${row.name} ${row.label}`;
        const ours = decode(row.ours);
        const r = decode(row.r);
        if (r === null || ours === null) expect(ours, where).toBe(r);
        else expectCloseToR(ours, r, where);
      }
    });
  },
);
