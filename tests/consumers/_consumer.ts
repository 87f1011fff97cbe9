import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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

/** The files tsup emits for every entry; the build is re-run if any is missing or stale. */
export const distFiles = (): string[] =>
  ['index', ...MODULES.map((m) => `${m}/index`)].flatMap((base) =>
    ['.js', '.cjs', '.d.ts', '.d.cts'].map((ext) => join(ROOT, 'dist', `${base}${ext}`)),
  );

async function prepare(): Promise<Consumer> {
  // `npm test` builds first; a local `vitest run --project consumers` may find a dist/ older than
  // the source, which would test yesterday's package. Rebuild then too.
  const missing = distFiles().filter((f) => !existsSync(f));
  const stale = missing.length === 0 && newestMtime(join(ROOT, 'src')) > oldestMtime(distFiles());
  if (missing.length > 0 || stale) {
    assertOk(
      `npm run build (dist ${stale ? 'is older than src/' : `lacks ${missing.length} files`})`,
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

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

const oldestMtime = (files: string[]): number => Math.min(...files.map((f) => statSync(f).mtimeMs));

let cached: Promise<Consumer> | undefined;

/** The consumer project for this test file, made on first use. */
export function consumer(): Promise<Consumer> {
  cached ??= prepare();
  return cached;
}
