// `npm run demo -- --protect <preset>`: every count the demo prints passes through the rules, and
// the output without --protect says it is unprotected.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'examples/demo.ts', ...args], {
    cwd: root,
    maxBuffer: 32 * 1024 * 1024,
  });

interface Table {
  title: string;
  value: string;
  rows: Record<string, unknown>[];
}

describe('npm run demo -- --protect', () => {
  it('publishes no count from 1 to 5 with the DfE preset, and hides derived values with counts', async () => {
    const { stdout } = await demo(['--protect', 'dfe', '--json']);
    const out = JSON.parse(stdout) as {
      protection: { preset: string };
      tables: Table[];
      hidden: { primary: number };
    };
    expect(out.protection.preset).toBe('dfe');
    expect(out.tables.length).toBeGreaterThanOrEqual(4);
    for (const table of out.tables) {
      for (const row of table.rows) {
        const v = row[table.value];
        if (row.suppressed) {
          expect(v).toBe('c');
          for (const key of ['percent', 'lower', 'upper'])
            if (key in row && row[key] !== null) expect(row[key]).toBe('c');
        } else {
          expect(
            typeof v === 'number' && v >= 1 && v <= 5,
            `${table.title}: ${JSON.stringify(row)}`,
          ).toBe(false);
        }
      }
    }
    expect(out.hidden.primary).toBeGreaterThan(0);
  }, 120_000);

  it('prints the protected tables within 80 columns, and names unprotected output', async () => {
    const { stdout } = await demo(['--protect', 'gss']);
    expect(stdout).toContain('PROTECTED tables (--protect gss');
    expect(stdout.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    const raw = await demo(['--json']);
    expect((JSON.parse(raw.stdout) as { protection: string }).protection).toMatch(/^UNPROTECTED/);
  }, 120_000);

  it('refuses an unknown preset', async () => {
    await expect(demo(['--protect', 'nope'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--protect must be one of dfe, gss, got nope'),
    });
  }, 120_000);
});
