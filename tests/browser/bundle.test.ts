import { readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from './_bundle.js';
import { buildBrowserBundle, ENTRY, ROOT, type BrowserBundle } from './build-browser-bundle.js';
import { SUBPATH_ONLY_DEPENDENCIES } from '../_support/modules.js';

// dist/browser/sos-eval.js (the file package.json's "jsdelivr" / "unpkg" fields point at) must be
// one self-contained ES module: no import of another file or package, no Node built-in.

const SCRATCH = `${ROOT}/.tmp/browser-bundle/${process.pid}`;
let bundlePath: string;
let fresh: BrowserBundle;

beforeAll(async () => {
  bundlePath = await ensureBundle();
  // A second build into scratch space, for esbuild's own account of what it left external.
  fresh = await buildBrowserBundle(`${SCRATCH}/sos-eval.js`);
}, 120_000);

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe('browser bundle', () => {
  it('esbuild (platform browser) leaves no import to the runtime, so no Node built-in', () => {
    expect(fresh.nodeBuiltins).toEqual([]);
    expect(fresh.externalImports).toEqual([]);
  });

  it('inlines the runtime dependencies and the zod peer dependency', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
    };
    // Every dependency the root uses ends up in the file (none is left for a CDN to find); the
    // parsers of the subpath-only modules (admin's saxes, qualitative's fflate) are not in the root,
    // so not in the bundle either.
    const subpathOnly: readonly string[] = SUBPATH_ONLY_DEPENDENCIES;
    const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
    expect(fresh.packages).toEqual(
      expect.arrayContaining(declared.filter((d) => !subpathOnly.includes(d))),
    );
    expect(fresh.packages.filter((p) => subpathOnly.includes(p))).toEqual([]);
  });

  it('dist/browser/sos-eval.js, bundled again, pulls in no other file and no package', async () => {
    // Re-bundling the shipped file with esbuild (platform neutral: nothing resolves to Node's
    // built-ins) lists every file it imports; a self-contained module imports none.
    const again = await build({
      entryPoints: [bundlePath],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(again.metafile.inputs)).toEqual([relative(process.cwd(), bundlePath)]);
    const imports = Object.values(again.metafile.inputs).flatMap((i) => i.imports);
    expect(imports).toEqual([]);
  });

  it('exports every name the package root exports, and they work', async () => {
    const bundle = (await import(pathToFileURL(bundlePath).href)) as Record<string, unknown>;
    const root = (await import(pathToFileURL(ENTRY).href)) as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).toEqual(Object.keys(root).sort());
    const synthesise = bundle.synthesiseEvaluation as (o: { seed: number }) => {
      surveyResponses: unknown[];
      families: unknown[];
    };
    const data = synthesise({ seed: 2017 });
    // Slide 7: 165 social workers surveyed, 270 families interviewed at Time 1.
    expect([data.surveyResponses.length, data.families.length]).toEqual([165, 270]);
  }, 60_000);
});
