import { brotliCompressSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../_support/modules.js';

// Size budgets (.size-limit.cjs): each public ESM entry in dist/, bundled by size-limit's esbuild
// plugin with everything it imports except the zod peer dependency, brotli-compressed. Runs
// `size-limit --json` on the built dist/ and fails when an entry is over its budget.

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const BIN = `${ROOT}/node_modules/size-limit/bin.js`;

interface SizeResult {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}
interface SizeCheck {
  name: string;
  path: string;
  limit: string;
  ignore?: string[];
}

const checks = createRequire(import.meta.url)(`${ROOT}/.size-limit.cjs`) as SizeCheck[];
let results: SizeResult[] = [];
let stderr = '';

beforeAll(() => {
  const r = spawnSync(process.execPath, [BIN, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 280_000,
  });
  stderr = r.stderr;
  // size-limit exits 1 when a budget is exceeded but still prints the JSON; anything else is broken.
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(
      `size-limit exited ${r.status}\n${r.stderr.slice(-5000)}\n${r.stdout.slice(-5000)}`,
    );
  }
  try {
    results = JSON.parse(r.stdout) as SizeResult[];
  } catch {
    throw new Error(
      `size-limit printed no JSON (did \`npm run build\` run?)\n${r.stdout}\n${r.stderr.slice(-5000)}`,
    );
  }
}, 300_000);

describe('size budgets', () => {
  it('budget every public subpath and the root, zod left out as the peer dependency', () => {
    expect(checks.map((c) => c.name).sort()).toEqual(
      ['sos-eval', ...MODULES.map((m) => `sos-eval/${m}`)].sort(),
    );
    for (const c of checks) {
      expect(c.ignore).toEqual(['zod']);
      expect(readFileSync(`${ROOT}/${c.path}`, 'utf8').length).toBeGreaterThan(0);
    }
    expect(results.map((r) => r.name)).toEqual(checks.map((c) => c.name));
  });

  it('measure something real: each entry is more than its own file, compressed', () => {
    // Most of tsup's entries are a line of re-exports from shared chunks; a module no other entry
    // shares code with (admin) keeps its code in the entry file. Either way the budgeted size
    // includes the entry and the chunks and dependencies it pulls in, so it is above the entry
    // file's own bytes brotli-compressed (as size-limit compresses).
    for (const r of results) {
      const check = checks.find((c) => c.name === r.name)!;
      const own = brotliCompressSync(readFileSync(`${ROOT}/${check.path}`)).length;
      expect({ name: r.name, bigger: r.size > own }).toEqual({ name: r.name, bigger: true });
    }
  });

  it('every entry is within its budget', () => {
    const over = results
      .filter((r) => !r.passed || r.size > r.sizeLimit)
      .map((r) => `${r.name}: ${r.size} B > budget ${r.sizeLimit} B`);
    expect(over, stderr.includes('ERROR') ? stderr.slice(-3000) : '').toEqual([]);
    for (const r of results) expect(r.sizeLimit).toBeGreaterThan(0);
  });
});
