import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles } from '../consumers/_consumer.js';
import { assertOk, ROOT, run } from '../_support/run.js';

// Install weight: what `npm install sos-eval zod` puts on a user's disk. The package is packed
// (`npm pack`, as published) and installed with zod into an empty project by `npm ci --offline`,
// then node_modules is counted: packages (every folder with a package.json, nested copies
// included, as npm's "added N packages" counts them) and the bytes of its files. Both are held
// to tests/size/install-weight-budget.json, about 10 % above the last measurement; the README's
// "Install weight" paragraph has the numbers.
//
// Offline on a fresh clone: `npm ci` leaves in the npm cache the tarballs and the abbreviated
// registry metadata of everything in package-lock.json, but not the full metadata a plain
// `npm install <tarball>` asks for. So the scratch project gets a lockfile of its own, made from
// ours: sos-eval from the tarball plus the closure of its dependencies and zod, at the versions
// and folders package-lock.json gives them. `npm ci --offline` then needs nothing but the cache,
// and the measurement does not move when the registry publishes a new version.

interface Budget {
  packages: number;
  bytes: number;
  measured: { packages: number; bytes: number };
}
interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [key: string]: unknown;
}
interface Measured {
  packages: number;
  bytes: number;
  /** Bytes of each package's own files (nested node_modules excluded), by install folder. */
  byPackage: Map<string, number>;
}

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const budget = JSON.parse(
  readFileSync(new URL('./install-weight-budget.json', import.meta.url), 'utf8'),
) as Budget;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  license: string;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/** The folder node would load `name` from when required from the package in `from`. */
function resolveInLock(from: string, name: string): string {
  for (let base = from; ;) {
    const path = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[path]) return path;
    if (!base) throw new Error(`package-lock.json has no ${name} reachable from ${from || 'root'}`);
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** package.json and package-lock.json for a project depending on the tarball and zod. */
function consumerProject(spec: string): { manifest: object; lockfile: object } {
  const zod = lock.packages['node_modules/zod']?.version;
  if (!zod) throw new Error('package-lock.json has no zod (a devDependency)');
  const dependencies = { [pkg.name]: spec, zod };
  const closure: Record<string, LockEntry> = {};
  const queue: string[] = [];
  const need = (from: string, deps: Record<string, string> | undefined): void => {
    for (const name of Object.keys(deps ?? {})) {
      const path = resolveInLock(from, name);
      if (closure[path]) continue;
      // dev/devOptional/peer describe our project, not the consumer's
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = lock.packages[path]!;
      closure[path] = entry;
      queue.push(path);
    }
  };
  need('', { ...pkg.dependencies, zod });
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    need(path, { ...closure[path]!.dependencies, ...closure[path]!.optionalDependencies });
  }
  const manifest = { name: 'install-weight', version: '0.0.0', private: true, dependencies };
  const self: LockEntry = {
    version: pkg.version,
    resolved: spec,
    license: pkg.license,
    dependencies: pkg.dependencies,
    peerDependencies: pkg.peerDependencies,
  };
  const lockfile = {
    name: manifest.name,
    version: manifest.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: manifest.name, version: manifest.version, dependencies },
      [`node_modules/${pkg.name}`]: self,
      ...closure,
    },
  };
  return { manifest, lockfile };
}

/** Packages and file bytes under a node_modules folder (symlinks such as .bin not followed). */
function measure(nodeModules: string): Measured {
  const byPackage = new Map<string, number>();
  let bytes = 0;
  const filesIn = (dir: string, owner: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules') packagesIn(path);
        else filesIn(path, owner);
      } else if (entry.isFile()) {
        const size = lstatSync(path).size;
        bytes += size;
        byPackage.set(owner, (byPackage.get(owner) ?? 0) + size);
      }
    }
  };
  const packagesIn = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isFile()) bytes += lstatSync(path).size; // .package-lock.json
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      if (entry.name.startsWith('@')) packagesIn(path);
      else if (existsSync(join(path, 'package.json'))) {
        byPackage.set(relative(nodeModules, path), 0);
        filesIn(path, relative(nodeModules, path));
      }
    }
  };
  packagesIn(nodeModules);
  return { packages: byPackage.size, bytes, byPackage };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const heaviest = (m: Measured): string =>
  [...m.byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, size]) => `  ${name}: ${(size / 1e6).toFixed(2)} MB`)
    .join('\n');

let installed: Measured;
let dir: string;

beforeAll(async () => {
  // `npm test` builds first; a local run may find dist/ missing or older than src/.
  const files = distFiles();
  const missing = files.some((f) => !existsSync(f));
  if (
    missing ||
    newestMtime(join(ROOT, 'src')) > Math.min(...files.map((f) => statSync(f).mtimeMs))
  ) {
    assertOk('npm run build', await run(NPM, ['run', 'build'], ROOT));
  }

  const scratch = join(ROOT, '.tmp', 'install-weight', String(process.pid));
  rmSync(scratch, { recursive: true, force: true });
  dir = join(scratch, 'project');
  mkdirSync(dir, { recursive: true });
  const packed = assertOk(
    'npm pack',
    await run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], ROOT),
  );
  const [info] = JSON.parse(packed.stdout) as { filename: string }[];
  const { manifest, lockfile } = consumerProject(`file:../${info!.filename}`);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
  assertOk(
    'npm ci --offline (a package the npm cache lacks? run `npm ci` in the repository first)',
    await run(NPM, ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], dir),
  );
  installed = measure(join(dir, 'node_modules'));
  console.log(
    `install weight: ${installed.packages} packages, ${installed.bytes} bytes ` +
      `(${(installed.bytes / 1e6).toFixed(1)} MB); budget ${budget.packages} packages, ` +
      `${(budget.bytes / 1e6).toFixed(1)} MB`,
  );
  if (!process.env.KEEP_CONSUMER) rmSync(scratch, { recursive: true, force: true });
}, 600_000);

describe('install weight of `npm install sos-eval zod`', () => {
  it('installs the packed sos-eval and zod, from the npm cache alone', () => {
    expect(installed.byPackage.has('sos-eval')).toBe(true);
    expect(installed.byPackage.has('zod')).toBe(true);
    // the tarball's own files: dist and the documents, nothing of the repository's
    expect(installed.byPackage.get('sos-eval')).toBeGreaterThan(100_000);
  });

  it('stays within the package budget', () => {
    expect(
      installed.packages,
      `${installed.packages} packages > budget ${budget.packages}; the heaviest:\n${heaviest(installed)}`,
    ).toBeLessThanOrEqual(budget.packages);
  });

  it('stays within the byte budget', () => {
    expect(
      installed.bytes,
      `${installed.bytes} bytes > budget ${budget.bytes}; the heaviest:\n${heaviest(installed)}`,
    ).toBeLessThanOrEqual(budget.bytes);
  });

  it('keeps the budget tight: a quarter above the measurement at most, so a gain is kept', () => {
    // Lower install-weight-budget.json (and the README) when the weight drops for good.
    expect(budget.packages, 'budget.packages vs measured').toBeLessThanOrEqual(
      Math.max(installed.packages + 2, Math.ceil(installed.packages * 1.25)),
    );
    expect(budget.bytes, 'budget.bytes vs measured').toBeLessThanOrEqual(installed.bytes * 1.25);
    expect(budget.measured.packages).toBeLessThanOrEqual(budget.packages);
    expect(budget.measured.bytes).toBeLessThanOrEqual(budget.bytes);
  });
});
