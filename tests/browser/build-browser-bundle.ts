import { existsSync, mkdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';

// Builds dist/browser/sos-eval.js: one self-contained, minified ES module with the whole package
// and its dependencies (zod, fp-ts, pure-rand) inlined, for a
// <script type="module"> or a CDN (jsDelivr / unpkg). It bundles the built dist/index.js, so run
// it after tsup (`npm run build` does; tsup's `clean` would delete it otherwise):
//
//   npx tsx tests/browser/build-browser-bundle.ts

/** The repository root, without a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
/** The ESM entry the bundle is made from. */
export const ENTRY = `${ROOT}/dist/index.js`;
/** Where the bundle goes. */
export const BUNDLE = `${ROOT}/dist/browser/sos-eval.js`;

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** What {@link buildBrowserBundle} made. */
export interface BrowserBundle {
  readonly outfile: string;
  readonly bytes: number;
  /** Node built-ins the bundle still refers to (must be empty). */
  readonly nodeBuiltins: readonly string[];
  /** Every import the bundle leaves to the runtime (must be empty: it is self-contained). */
  readonly externalImports: readonly string[];
  /** Packages (from node_modules) inlined into the bundle, sorted. */
  readonly packages: readonly string[];
}

/** Bundles `entry` for browsers into `outfile`; throws if dist/index.js is missing. */
export async function buildBrowserBundle(
  outfile: string = BUNDLE,
  entry: string = ENTRY,
): Promise<BrowserBundle> {
  if (!existsSync(entry)) {
    throw new Error(`${relative(ROOT, entry)} is missing: run \`npm run build\` (tsup) first`);
  }
  mkdirSync(dirname(outfile), { recursive: true });
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    metafile: true,
    legalComments: 'eof',
    logLevel: 'silent',
    // No `external`: everything, the zod peer dependency included, goes into the one file.
  });
  return describeBundle(outfile, result.metafile);
}

function describeBundle(outfile: string, metafile: Metafile): BrowserBundle {
  const externalImports = new Set<string>();
  const packages = new Set<string>();
  for (const [path, input] of Object.entries(metafile.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    if (pkg) packages.add(pkg);
    for (const imp of input.imports) if (imp.external) externalImports.add(imp.path);
  }
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports) externalImports.add(imp.path);
  }
  const ext = [...externalImports].sort();
  return {
    outfile,
    bytes: statSync(outfile).size,
    nodeBuiltins: ext.filter((p) => NODE_BUILTINS.has(p)),
    externalImports: ext,
    packages: [...packages].sort(),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bundle = await buildBrowserBundle();
  if (bundle.externalImports.length > 0) {
    console.error(`browser bundle is not self-contained: ${bundle.externalImports.join(', ')}`);
    process.exit(1);
  }
  console.log(
    `${relative(ROOT, bundle.outfile)}: ${(bundle.bytes / 1024).toFixed(1)} KiB, ` +
      `inlines ${bundle.packages.join(', ')}`,
  );
}
