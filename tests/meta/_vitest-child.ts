import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../_support/run.js';

// Runs vitest as a child process, for the tests of the test setup itself (tests/meta). The child
// gets this process's environment without vitest's own variables (VITEST, VITEST_POOL_ID, …, which
// would tell it that it runs inside a worker), plus `env`; a value of `undefined` removes one.

/** What one vitest run printed and how it exited. */
export interface VitestRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The last non-empty line of stdout: the closing-line reporter's `N passed, N failed`. */
  closingLine: string;
}

/** The counts in a closing line, `N passed, N failed` with an optional `, N skipped`. */
export function parseClosingLine(line: string): {
  passed: number;
  failed: number;
  skipped: number;
} {
  const m = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/.exec(line);
  if (!m) throw new Error(`not a closing line: ${JSON.stringify(line)}`);
  return { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) };
}

export function runVitest(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<VitestRun> {
  const childEnv: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('VITEST') && k !== 'TEST' && k !== 'NODE_ENV') childEnv[k] = v;
  }
  Object.assign(childEnv, { NO_COLOR: '1', FORCE_COLOR: '0' });
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...args],
      { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = (code: number | null, extra = '') => {
      const lines = stdout.split('\n').filter((l) => l.trim() !== '');
      resolve({ code, stdout, stderr: stderr + extra, closingLine: lines.at(-1)?.trim() ?? '' });
    };
    child.on('error', (e) => done(-1, `\n${e.message}`));
    child.on('close', (code) => done(code));
  });
}
