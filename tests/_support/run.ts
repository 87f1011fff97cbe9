import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Child processes for the tests that drive real tools (npm, tsc, vite, jupyter, node).

/** The repository root, without a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

/** The result of one child process. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; never rejects (a failure is in `code` and `stderr`). */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => resolve({ code: -1, stdout, stderr: `${stderr}\n${e.message}` }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Throws, with the ends of the command's stderr and stdout, unless it exited 0. */
export function assertOk(what: string, r: RunResult): RunResult {
  if (r.code !== 0) {
    throw new Error(
      `${what} failed (exit ${r.code})\n--- stderr ---\n${r.stderr.trim().slice(-20_000)}\n--- stdout ---\n${r.stdout.trim().slice(-5_000)}`,
    );
  }
  return r;
}
