import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExampleModules, type DocExample } from '../docs/extract.js';

// The README's and the guides' ```ts blocks run as tests with the same `//=>` contract as the
// JSDoc examples (CONTRIBUTING.md), so the code a newcomer copies first is known to work.

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const OUT = join(ROOT, '.tmp', 'readme-examples', String(process.pid));
rmSync(OUT, { recursive: true, force: true });
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/**
 * A markdown file's ```ts blocks as one example: a guide is a narrative, so later blocks may use
 * what earlier ones defined, and the file runs top to bottom as a reader would paste it.
 */
export function markdownExample(file: string): DocExample {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const code: DocExample['code'] = [];
  let first = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
    if (first === 0) first = i + 1;
    for (i = i + 1; i < lines.length && !/^```\s*$/.test(lines[i]!); i++)
      code.push({ text: lines[i]!, line: i + 1 });
  }
  return { file, symbol: 'markdown', index: 1, line: first, code };
}

const files = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const examples = files.map(markdownExample).filter((e) => e.code.length > 0);
const prepared = writeExampleModules(examples, OUT);

describe('markdown examples', () => {
  it('the README has a runnable example', () => {
    expect(examples.filter((e) => e.file === 'README.md').length).toBeGreaterThan(0);
  });
  for (const { ex, path, error } of prepared) {
    it(`${ex.file} runs top to bottom`, async () => {
      if (error) throw error;
      await import(/* @vite-ignore */ pathToFileURL(path).href);
      // A guide imports several modules and may synthesise a dataset: more than the default 5 s
      // on a busy two-core machine.
    }, 60_000);
  }
});

describe('README first screen', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const firstScreen = readme.split('\n').slice(0, 25).join('\n');
  it('names the two commands', () => {
    expect(firstScreen).toContain('npm ci && npm run demo');
    expect(firstScreen).toContain('npm test');
  });
  it('the commands it names exist', () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['demo', 'test', 'docs']));
  });
});
