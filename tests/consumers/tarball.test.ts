import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES, ROOT_MODULES } from '../_support/modules.js';
import {
  assertOk,
  consumer,
  distFiles,
  ROOT,
  run,
  SPECIFIERS,
  type Consumer,
} from './_consumer.js';

// The packed tarball, installed in a fresh project, used the ways a consumer would: plain node
// (ESM and CommonJS), TypeScript under node16 and bundler resolution, @arethetypeswrong, and a
// browser bundle. Everything is generated from MODULES, so new modules are covered as they land.

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const NODE = process.execPath;

let c: Consumer;
beforeAll(async () => {
  c = await consumer();
});
afterAll(() => c?.dispose());

/** Loads every specifier in one child process; prints `{ [spec]: { keys } | { error } }`. */
const LOADER = (how: 'import' | 'require'): string => `
const specs = ${JSON.stringify(SPECIFIERS)};
const out = {};
${how === 'import' ? 'const load = (s) => import(s);' : 'const load = async (s) => require(s);'}
${how === 'import' ? 'const where = (s) => import.meta.resolve(s);' : 'const where = (s) => require.resolve(s);'}
(async () => {
  for (const s of specs) {
    try {
      out[s] = { keys: Object.keys(await load(s)).sort(), resolved: String(where(s)) };
    } catch (e) {
      out[s] = { error: String((e && e.stack) || e) };
    }
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

type Loaded = Record<string, { keys?: string[]; resolved?: string; error?: string }>;

async function loadAll(how: 'import' | 'require'): Promise<Loaded> {
  const file = join(c.dir, how === 'import' ? 'load-esm.mjs' : 'load-cjs.cjs');
  writeFileSync(file, LOADER(how));
  const r = assertOk(`node ${file}`, await run(NODE, [file], c.dir));
  const loaded = JSON.parse(r.stdout) as Loaded;
  const failures = Object.entries(loaded).filter(([, v]) => v.error);
  if (failures.length > 0) {
    throw new Error(
      `node could not ${how} ${failures.map(([s]) => s).join(', ')}\n\n` +
        failures.map(([s, v]) => `--- ${s} ---\n${v.error}`).join('\n\n') +
        (r.stderr ? `\n--- stderr ---\n${r.stderr}` : ''),
    );
  }
  return loaded;
}

describe('the tarball', () => {
  it('holds package.json, the docs and dist/ (every entry in four forms), nothing else', () => {
    const unexpected = c.files.filter(
      (f) =>
        !f.startsWith('dist/') &&
        !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f),
    );
    expect(unexpected).toEqual([]);
    const missing = distFiles()
      .map((f) => relative(ROOT, f).split(sep).join('/'))
      .filter((f) => !c.files.includes(f));
    expect(missing).toEqual([]);
  });
});

describe('plain node on the installed tarball', () => {
  let esm: Promise<Loaded>;
  let cjs: Promise<Loaded>;
  beforeAll(() => {
    esm = loadAll('import');
    cjs = loadAll('require');
    // Each test awaits what it needs; keep unobserved rejections quiet until then.
    esm.catch(() => {});
    cjs.catch(() => {});
  });

  /** Every entry must come from the installed tarball, not from the repository's source. */
  const expectFromTarball = (loaded: Loaded, ext: string) => {
    const elsewhere = SPECIFIERS.filter(
      (s) =>
        !loaded[s]!.resolved!.includes(`/node_modules/sos-eval/dist/`) ||
        !loaded[s]!.resolved!.endsWith(ext),
    ).map((s) => `${s} -> ${loaded[s]!.resolved}`);
    expect(elsewhere).toEqual([]);
  };

  it('ESM: `import` of sos-eval and every subpath succeeds', async () => {
    const loaded = await esm;
    expect(Object.keys(loaded).sort()).toEqual([...SPECIFIERS].sort());
    expectFromTarball(loaded, '.js');
  });

  it('CJS: `require` of sos-eval and every subpath succeeds', async () => {
    const loaded = await cjs;
    expect(Object.keys(loaded).sort()).toEqual([...SPECIFIERS].sort());
    expectFromTarball(loaded, '.cjs');
  });

  it('ESM and CJS export the same names for every entry', async () => {
    const [e, r] = await Promise.all([esm, cjs]);
    const diffs = SPECIFIERS.flatMap((s) => {
      const ek = e[s]!.keys!;
      const rk = r[s]!.keys!;
      const onlyEsm = ek.filter((k) => !rk.includes(k));
      const onlyCjs = rk.filter((k) => !ek.includes(k));
      return onlyEsm.length + onlyCjs.length === 0
        ? []
        : [`${s}: only in ESM [${onlyEsm.join(', ')}], only in CJS [${onlyCjs.join(', ')}]`];
    });
    expect(diffs).toEqual([]);
  });

  it('the root entry re-exports every name of every subpath but admin and qualitative', async () => {
    const loaded = await esm;
    const root = new Set(loaded['sos-eval']!.keys);
    const missing = ROOT_MODULES.flatMap((m) =>
      loaded[`sos-eval/${m}`]!.keys!.filter((k) => !root.has(k)).map((k) => `sos-eval/${m}: ${k}`),
    );
    expect(missing).toEqual([]);
    // The subpath-only modules stay out of the root, so importing it never loads their parsers.
    expect(root.has('readCinCensus') || root.has('readQdpx')).toBe(false);
  });
});

/** A TypeScript file importing every subpath and asserting the root has all their names. */
const tsConsumer = (options: { usage: boolean }): string => {
  const lines = [
    '// Generated by tests/consumers/tarball.test.ts.',
    "import * as root from 'sos-eval';",
    ...MODULES.map((m, i) => `import * as m${i} from 'sos-eval/${m}';`),
    ...(options.usage ? ["import { hasExport, type RootName } from './usage.mjs';"] : []),
    'type Missing<M> = Exclude<keyof M, keyof typeof root>;',
    ...MODULES.map((m, i) =>
      (ROOT_MODULES as readonly string[]).includes(m)
        ? `export const ${m}InRoot: [Missing<typeof m${i}>] extends [never] ? true : false = true;`
        : `export const ${m}NotInRoot: [Missing<typeof m${i}>] extends [never] ? true : false = false;`,
    ),
    `export const namespaces: object[] = [root, ${MODULES.map((_, i) => `m${i}`).join(', ')}];`,
    ...(options.usage
      ? [
          'export const someName: RootName | undefined = undefined;',
          "export const checked: boolean = hasExport(root, 'x');",
        ]
      : []),
  ];
  return `${lines.join('\n')}\n`;
};

/** The declarations tsc read must be the tarball's (`.d.ts` for import, `.d.cts` for require). */
const expectTypesFromTarball = (files: string[], kinds: string[]) => {
  const ours = files.filter((f) => f.includes('/node_modules/sos-eval/'));
  expect(files.filter((f) => f.startsWith(`${ROOT}/src/`))).toEqual([]);
  for (const kind of kinds) {
    expect(
      ours.some((f) => f.endsWith(`/dist/index${kind}`)),
      `dist/index${kind} read`,
    ).toBe(true);
  }
};

describe('TypeScript consumers type-check against the published declarations', () => {
  const tsc = async (project: string) => {
    for (const f of ['tsconfig.node16.json', 'tsconfig.bundler.json', 'usage.mts']) {
      copyFileSync(join(FIXTURES, f), join(c.dir, f));
    }
    writeFileSync(join(c.dir, 'esm.mts'), tsConsumer({ usage: true }));
    writeFileSync(join(c.dir, 'cjs.cts'), tsConsumer({ usage: false }));
    writeFileSync(join(c.dir, 'bundler.ts'), tsConsumer({ usage: true }));
    const bin = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = await run(NODE, [bin, '-p', project, '--pretty', 'false', '--listFiles'], c.dir);
    const files = r.stdout.split('\n').filter((l) => l.startsWith('/'));
    const errors = r.stdout.split('\n').filter((l) => !l.startsWith('/') && l.trim() !== '');
    return { code: r.code, errors: `${errors.join('\n')}${r.stderr}`, files };
  };

  it('module/moduleResolution node16 (ESM .mts and CommonJS .cts)', async () => {
    const r = await tsc('tsconfig.node16.json');
    expect(r.code, `tsc (node16) failed:\n${r.errors}`).toBe(0);
    expectTypesFromTarball(r.files, ['.d.ts', '.d.cts']);
  });

  it('module esnext, moduleResolution bundler', async () => {
    const r = await tsc('tsconfig.bundler.json');
    expect(r.code, `tsc (bundler) failed:\n${r.errors}`).toBe(0);
    expectTypesFromTarball(r.files, ['.d.ts']);
  });
});

describe('@arethetypeswrong/cli', () => {
  it('reports no problems for the tarball (node16 profile: node10 resolution is not supported)', async () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'attw');
    const r = await run(
      bin,
      [c.tarball, '--format', 'json', '--profile', 'node16', '--no-definitely-typed'],
      c.dir,
    );
    // The JSON lists problems for every resolution; the profile only changes the exit code, so
    // drop the ones it ignores (node10, which cannot see subpath exports) before comparing.
    let problems: unknown = 'unreadable output';
    try {
      const parsed = JSON.parse(r.stdout) as {
        problems?: Record<string, { resolutionKind?: string }[]>;
      };
      problems = Object.values(parsed.problems ?? {})
        .flat()
        .filter((p) => p.resolutionKind !== 'node10');
    } catch {
      // keep the fallback; the message below shows stdout
    }
    expect(
      { code: r.code, problems },
      `attw failed:\n${r.stderr}\n${r.stdout.slice(0, 20_000)}`,
    ).toEqual({ code: 0, problems: [] });
  });
});

describe('browser bundle', () => {
  it('esbuild bundles every subpath for platform "browser" with no Node built-ins', async () => {
    const entry = join(c.dir, 'browser-entry.js');
    writeFileSync(
      entry,
      `${SPECIFIERS.map((s, i) => `import * as e${i} from '${s}';`).join('\n')}\n` +
        `globalThis.sosEval = [${SPECIFIERS.map((_, i) => `e${i}`).join(', ')}];\n`,
    );
    let result;
    try {
      result = await build({
        entryPoints: [entry],
        absWorkingDir: c.dir,
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
        // Do not pick up the repository's tsconfig.json above .tmp/: its `paths` map sos-eval
        // to the source, which would hide the tarball.
        tsconfigRaw: {},
      });
    } catch (e) {
      const errors = (e as { errors?: { text: string; location?: { file: string } }[] }).errors;
      throw new Error(
        `esbuild failed:\n${(errors ?? [{ text: String(e) }]).map((x) => `${x.location?.file ?? ''}: ${x.text}`).join('\n')}`,
        { cause: e },
      );
    }
    expect(result.errors).toEqual([]);
    const builtins = new Set(builtinModules);
    const nodeImports = Object.values(result.metafile.inputs)
      .flatMap((input) => input.imports.map((i) => i.path))
      .filter((p) => p.startsWith('node:') || builtins.has(p));
    expect(nodeImports).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter((p) => p !== 'browser-entry.js' && !p.startsWith('node_modules/')),
    ).toEqual([]);
    expect(
      inputs.filter((p) => p.startsWith('node_modules/sos-eval/dist/')).length,
    ).toBeGreaterThan(0);
  });
});

describe('Vite production build', () => {
  it('builds an app that imports sos-eval from the tarball, and the built app computes slide 14', async () => {
    const app = join(c.dir, 'vite-app');
    mkdirSync(app, { recursive: true });
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html><body><pre id="out"></pre><script type="module" src="./main.js"></script></body></html>\n',
    );
    writeFileSync(
      join(app, 'main.js'),
      [
        "import { SOS_2017 } from 'sos-eval/reference';",
        "import { synthesiseEvaluation } from 'sos-eval/synthetic';",
        "import { tallyUsage, usageShares } from 'sos-eval/usage';",
        'const data = synthesiseEvaluation({ seed: 2017 });',
        "const tally = tallyUsage(data.surveyResponses, { study: SOS_2017, tools: ['safety-planning'] });",
        'const shares = usageShares(tally, { study: SOS_2017 });',
        "document.querySelector('#out').textContent = JSON.stringify(shares.map((r) => r.percent));",
        '',
      ].join('\n'),
    );
    // Records every module the build loaded, to prove sos-eval came from the tarball.
    writeFileSync(
      join(app, 'vite.config.mjs'),
      [
        "import { writeFileSync } from 'node:fs';",
        'const loaded = [];',
        'export default {',
        '  logLevel: "warn",',
        '  build: { outDir: "out", emptyOutDir: true, minify: true, modulePreload: { polyfill: false } },',
        '  plugins: [{',
        '    name: "record-sos-eval",',
        '    load(id) { loaded.push(id); return null; },',
        '    buildEnd() { writeFileSync(new URL("./loaded.json", import.meta.url), JSON.stringify(loaded)); },',
        '  }],',
        '};',
        '',
      ].join('\n'),
    );
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    assertOk('vite build', await run(NODE, [vite, 'build'], app));

    // Match the package by its folder in node_modules, never by the bare name: the checkout itself
    // may sit in a folder called sos-eval, and then every path here contains it.
    const loaded = JSON.parse(readFileSync(join(app, 'loaded.json'), 'utf8')) as string[];
    const fromPackage = loaded.filter((id) => id.includes('/node_modules/sos-eval/'));
    expect(fromPackage.length).toBeGreaterThan(0);
    expect(
      fromPackage.filter((id) => !id.startsWith(join(c.dir, 'node_modules', 'sos-eval', 'dist/'))),
    ).toEqual([]);
    // Nothing from the repository's own source or build (the consumer lives under ROOT/.tmp).
    expect(
      loaded.filter((id) => ['src', 'dist'].some((d) => id.startsWith(join(ROOT, d) + '/'))),
    ).toEqual([]);

    // Run the built bundle against a one-element DOM: the app's output is slide 14's shares.
    const assets = readdirSync(join(app, 'out', 'assets')).filter((f) => f.endsWith('.js'));
    expect(assets).toHaveLength(1);
    const runner = join(app, 'run-built.mjs');
    writeFileSync(
      runner,
      [
        'const out = { textContent: "" };',
        'globalThis.document = { querySelector: () => out };',
        `await import(${JSON.stringify(`./out/assets/${assets[0]}`)});`,
        'process.stdout.write(out.textContent);',
        '',
      ].join('\n'),
    );
    const r = assertOk('node run-built.mjs', await run(NODE, [runner], app));
    // Slide 14: safety planning with all families 42%, some 56%, not at all 2%.
    expect(JSON.parse(r.stdout)).toEqual([42, 56, 2]);
  });
});
