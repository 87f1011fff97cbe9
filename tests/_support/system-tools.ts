import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

// Some tests drive programs that npm cannot install: Debian's Chromium (tests/browser/page.test.ts)
// and Jupyter (tests/notebook/notebook.test.ts). On a machine without them those tests are skipped,
// with one line on stderr naming what is missing and how to install it, so that `npm test` passes on
// a fresh clone with only Node. CI (.ci/run) installs them and sets SOS_EVAL_REQUIRE_SYSTEM_TOOLS=1, which
// turns their absence into a failure: CI never skips them.

/** The environment variable that makes a missing system tool a failure instead of a skip. */
export const REQUIRE_SYSTEM_TOOLS = 'SOS_EVAL_REQUIRE_SYSTEM_TOOLS';

/** A program (or set of programs) some tests need from the system. */
export interface SystemToolSpec {
  /** What the tests need, for messages: `Chromium`. */
  readonly name: string;
  /**
   * The executables needed, by command name (looked up on PATH) or absolute path. The first is the
   * one the test runs; the others must be found too (next to the first or on PATH).
   */
  readonly commands: readonly string[];
  /** An environment variable that, when set, gives the first executable's path instead. */
  readonly override?: string;
  /** How to install it, for the message: `apt-get install chromium`. */
  readonly install: string;
  /** The tests that need it, for the message. */
  readonly neededBy: string;
}

/** What was found: run the tests, skip them (and say why), or fail (CI demands the tool). */
export type SystemToolCheck =
  | { readonly status: 'present'; readonly path: string }
  | { readonly status: 'skip' | 'fail'; readonly missing: string; readonly message: string };

const isExecutable = (path: string): boolean => {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The executable a command names: itself when it contains a `/`, else the first on `PATH`. */
export function findExecutable(
  command: string,
  env: NodeJS.ProcessEnv = process.env,
  extraDirs: readonly string[] = [],
): string | undefined {
  if (command.includes('/')) return isExecutable(command) ? command : undefined;
  const dirs = [...extraDirs, ...(env.PATH ?? '').split(delimiter)].filter((d) => d !== '');
  return dirs.map((d) => join(d, command)).find(isExecutable);
}

/** Looks for a system tool in `env` without side effects. */
export function checkSystemTool(
  spec: SystemToolSpec,
  env: NodeJS.ProcessEnv = process.env,
): SystemToolCheck {
  const [first, ...rest] = spec.commands;
  if (first === undefined) throw new TypeError(`checkSystemTool: ${spec.name} names no command`);
  const overridden = spec.override !== undefined ? env[spec.override] : undefined;
  const wanted = overridden !== undefined && overridden !== '' ? overridden : first;
  const path = findExecutable(wanted, env);
  const notOnPath: string[] = [];
  let badOverride: string | undefined;
  if (path === undefined) {
    if (wanted === first) notOnPath.push(first);
    else badOverride = `${spec.override}=${wanted} is not an executable file`;
  }
  const beside = path === undefined ? [] : [dirname(path)];
  for (const c of rest) if (findExecutable(c, env, beside) === undefined) notOnPath.push(c);
  if (path !== undefined && notOnPath.length === 0) return { status: 'present', path };

  const why = [
    ...(badOverride !== undefined ? [badOverride] : []),
    ...(notOnPath.length > 0 ? [`${notOnPath.map((c) => `\`${c}\``).join(', ')} not on PATH`] : []),
  ].join('; ');
  const missing = `${spec.name} is missing (${why})`;
  if (env[REQUIRE_SYSTEM_TOOLS] === '1') {
    return {
      status: 'fail',
      missing,
      message: `${spec.neededBy} cannot run and ${REQUIRE_SYSTEM_TOOLS}=1: ${missing}; install it: ${spec.install}`,
    };
  }
  return {
    status: 'skip',
    missing,
    message: `SKIPPED ${spec.neededBy}: ${missing}; to run it, install it: ${spec.install}`,
  };
}

/**
 * Looks for a system tool for the calling test file. Present: returns its path. Missing: prints
 * one line saying what is missing and what to install, and returns `undefined` so the file can
 * `describe.skipIf(!path)`. Missing while SOS_EVAL_REQUIRE_SYSTEM_TOOLS=1: throws, failing the file.
 */
export function systemTool(spec: SystemToolSpec): string | undefined {
  const found = checkSystemTool(spec);
  if (found.status === 'present') return found.path;
  if (found.status === 'fail') throw new Error(found.message);
  console.warn(`!!! ${found.message}`);
  return undefined;
}

/** Chromium for tests/browser/page.test.ts; CHROMIUM_PATH points at another binary. */
export const CHROMIUM: SystemToolSpec = {
  name: 'Chromium',
  commands: ['chromium'],
  override: 'CHROMIUM_PATH',
  install: 'apt-get install chromium',
  neededBy: 'tests/browser/page.test.ts',
};

/** Jupyter's nbconvert for tests/notebook/notebook.test.ts; JUPYTER points at another `jupyter`. */
export const JUPYTER: SystemToolSpec = {
  name: 'Jupyter nbconvert',
  commands: ['jupyter', 'jupyter-nbconvert'],
  override: 'JUPYTER',
  install: 'apt-get install jupyter-nbconvert jupyter-client python3-ipykernel python3-nbclient',
  neededBy: 'tests/notebook/notebook.test.ts',
};
