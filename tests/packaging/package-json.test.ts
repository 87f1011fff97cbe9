import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../_support/modules.js';
import { readJson, ROOT } from './_read.js';

// package.json, the build and the docs must agree on the list of public subpaths (MODULES), and
// each subpath must point at the files tsup emits, with `types` first in each condition.

interface PackageJson {
  name: string;
  type?: string;
  sideEffects?: unknown;
  license?: string;
  engines?: { node?: string };
  files?: string[];
  main?: string;
  module?: string;
  types?: string;
  exports: Record<string, unknown>;
}

const pkg = readJson('package.json') as PackageJson;

/** What `exports["./<m>"]` must be for an entry whose files live at dist/<base>. */
const expectedEntry = (base: string) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
});

describe('package.json exports', () => {
  it('has exactly ".", "./package.json" and one "./<m>" per module', () => {
    const want = ['.', './package.json', ...MODULES.map((m) => `./${m}`)].sort();
    expect(Object.keys(pkg.exports).sort()).toEqual(want);
    expect(pkg.exports['./package.json']).toBe('./package.json');
  });

  it.each(['.', ...MODULES.map((m) => `./${m}`)])(
    '%s has import and require conditions, types first, pointing at tsup output',
    (key) => {
      const base = key === '.' ? 'index' : `${key.slice(2)}/index`;
      const entry = pkg.exports[key] as Record<string, Record<string, string>>;
      expect(entry).toEqual(expectedEntry(base));
      // Key order matters to resolvers: `types` must come first in each condition.
      expect(Object.keys(entry)).toEqual(['import', 'require']);
      expect(Object.keys(entry.import!)).toEqual(['types', 'default']);
      expect(Object.keys(entry.require!)).toEqual(['types', 'default']);
    },
  );

  it('keeps main/module/types for old resolvers in line with "."', () => {
    expect(pkg.main).toBe('./dist/index.cjs');
    expect(pkg.module).toBe('./dist/index.js');
    expect(['./dist/index.d.cts', './dist/index.d.ts']).toContain(pkg.types);
  });

  it.each(MODULES)('src/%s/index.ts exists', (m) => {
    expect(existsSync(join(ROOT, 'src', m, 'index.ts'))).toBe(true);
  });
});

describe('package metadata', () => {
  it('is an ES module package without side effects, MIT, for node >= 20, shipping dist', () => {
    expect(pkg.name).toBe('sos-eval');
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.license).toBe('MIT');
    expect(pkg.engines?.node).toMatch(/^>=\s*\d+/);
    expect(pkg.files).toContain('dist');
  });
});

describe('typedoc', () => {
  it('documents exactly the public modules', () => {
    const { entryPoints } = readJson('typedoc.json') as { entryPoints: string[] };
    expect(new Set(entryPoints).size).toBe(entryPoints.length);
    expect([...entryPoints].sort()).toEqual(MODULES.map((m) => `src/${m}/index.ts`).sort());
  });
});
