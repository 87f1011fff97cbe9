import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULES } from '../_support/modules.js';
import { assertOk, ROOT, run } from '../_support/run.js';

// Builds (if needed), packs and installs sos-eval into a throw-away consumer project, once per
// test file: .tmp/pack/<pid>/sos-eval-<v>.tgz and .tmp/consumers/<pid>/ (per process, so that
// runs by several people in the same tree do not collide). The tests then use the package only
// the way a user would: through node_modules/sos-eval.

export { assertOk, ROOT, run, type RunResult } from '../_support/run.js';

/** Every public specifier: the root and one per module. */
export const SPECIFIERS: readonly string[] = ['sos-eval', ...MODULES.map((m) => `sos-eval/${m}`)];

/** A consumer project with the packed tarball installed. */
export interface Consumer {
  /** Absolute path of the consumer project. */
  dir: string;
  /** Absolute path of the packed tarball. */
  tarball: string;
  /** The paths inside the tarball, as `npm pack` listed them. */
  files: string[];
  /** Removes the consumer project and the tarball. */
  dispose(): void;
}

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The files tsup emits for every entry; the build is re-run if any is missing. */
export const distFiles = (): string[] =>
  ['index', ...MODULES.map((m) => `${m}/index`)].flatMap((base) =>
    ['.js', '.cjs', '.d.ts', '.d.cts'].map((ext) => join(ROOT, 'dist', `${base}${ext}`)),
  );

async function prepare(): Promise<Consumer> {
  const missing = distFiles().filter((f) => !existsSync(f));
  if (missing.length > 0) {
    assertOk(
      `npm run build (dist lacks ${missing.length} files)`,
      await run(NPM, ['run', 'build'], ROOT),
    );
  }

  const packDir = join(ROOT, '.tmp', 'pack', String(process.pid));
  const dir = join(ROOT, '.tmp', 'consumers', String(process.pid));
  rmSync(packDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  mkdirSync(dir, { recursive: true });

  const packed = assertOk(
    'npm pack',
    await run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], ROOT),
  );
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  const tarball = join(packDir, info!.filename);

  // zod is a peer dependency: install the version we develop against (it satisfies our
  // devDependencies range and is already in the npm cache, so the install stays offline).
  const zod = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/zod/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'sos-eval-consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  assertOk(
    'npm install (consumer)',
    await run(
      NPM,
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        tarball,
        `zod@${zod}`,
      ],
      dir,
    ),
  );

  return {
    dir,
    tarball,
    files: info!.files.map((f) => f.path).sort(),
    dispose() {
      if (process.env.KEEP_CONSUMER) return;
      rmSync(dir, { recursive: true, force: true });
      rmSync(packDir, { recursive: true, force: true });
    },
  };
}

let cached: Promise<Consumer> | undefined;

/** The consumer project for this test file, made on first use. */
export function consumer(): Promise<Consumer> {
  cached ??= prepare();
  return cached;
}
