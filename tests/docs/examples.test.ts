import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MODULES } from '../_support/modules.js';
import { findDocOffences } from './coverage.js';
import { examplesInFile, listPublicSourceFiles, writeExampleModules } from './extract.js';

// Runs every ```ts block in an `@example` of an exported declaration as its own test, checking
// each `EXPR //=> EXPECTED` line (contract: CONTRIBUTING.md, "Doc examples"). Each example becomes
// a module under .tmp/doc-examples/<pid>/ that vitest imports, so `sos-eval/<m>` resolves to the
// source through the aliases in vitest.config.ts.

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const OUT = join(ROOT, '.tmp', 'doc-examples', String(process.pid));

rmSync(OUT, { recursive: true, force: true });
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const examples = listPublicSourceFiles(join(ROOT, 'src')).flatMap((f) => examplesInFile(f, ROOT));
const prepared = writeExampleModules(examples, OUT);

describe('doc examples', () => {
  for (const { ex, path, error } of prepared) {
    it(`${ex.file} › ${ex.symbol} › example ${ex.index}`, async () => {
      if (error) throw error;
      await import(/* @vite-ignore */ pathToFileURL(path).href);
    });
  }

  it('every export of a public module has JSDoc, and every function or constant an @example', () => {
    const offences = findDocOffences(ROOT, MODULES).map(
      (o) => `${o.where} ${o.module} › ${o.name}: ${o.problem}`,
    );
    expect(offences, `undocumented exports:\n${offences.join('\n')}`).toEqual([]);
  }, 60_000);
});
