import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ExampleError,
  examplesInFile,
  exampleToModule,
  splitArrow,
  writeExampleModules,
  type DocExample,
} from './extract.js';

// The extractor and runner behind tests/docs/examples.test.ts, tried on fixtures/sample.ts.

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const SAMPLE = fileURLToPath(new URL('./fixtures/sample.ts', import.meta.url));
const OUT = join(ROOT, '.tmp', 'doc-examples-selftest', String(process.pid));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const examples = examplesInFile(SAMPLE, ROOT);
const prepared = writeExampleModules(examples, OUT);
const run = (symbol: string, index: number) => {
  const p = prepared.find((x) => x.ex.symbol === symbol && x.ex.index === index);
  if (!p) throw new Error(`no example ${symbol} ${index}`);
  if (p.error) return Promise.reject(p.error);
  return import(/* @vite-ignore */ `${pathToFileURL(p.path).href}?t=${Date.now()}`);
};

describe('examplesInFile', () => {
  it('finds each fenced block of each @example, on exported declarations and members', () => {
    expect(examples.map((e) => [e.symbol, e.index, e.line, e.problem === undefined])).toEqual([
      ['mean', 1, 8, true],
      ['mean', 2, 22, true],
      ['wrong', 1, 34, true],
      ['unfenced', 1, 43, false],
      ['Shape.sides', 1, 54, true],
      ['throws', 1, 65, true],
      ['throws', 2, 69, true],
    ]);
    expect(examples[0]!.file).toBe('tests/docs/fixtures/sample.ts');
  });

  it('strips the comment margin but keeps the code as written', () => {
    expect(examples[0]!.code.map((l) => l.text)).toContain(
      'const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;',
    );
    expect(examples[0]!.code[0]).toEqual({
      text: "import * as stats from 'sos-eval/stats';",
      line: 9,
    });
  });
});

describe('running examples', () => {
  it('passes an example whose //=> lines all hold (through the sos-eval alias)', async () => {
    await expect(run('mean', 1)).resolves.toBeDefined();
    await expect(run('mean', 2)).resolves.toBeDefined();
    await expect(run('Shape.sides', 1)).resolves.toBeDefined();
  });

  it('fails with the source location when a //=> value is wrong', async () => {
    await expect(run('wrong', 1)).rejects.toThrow(
      /tests\/docs\/fixtures\/sample\.ts:35: \(5 \/ 3\)\n\/\/=> 1\.666\n {2}value: got 1\.6666/,
    );
  });

  it('fails when the example throws, even without //=>', async () => {
    await expect(run('throws', 1)).rejects.toThrow(SyntaxError);
  });

  it('reports an @example without a fence, and a //=> with nothing before it', async () => {
    await expect(run('unfenced', 1)).rejects.toThrow(/no ```ts fenced block/);
    await expect(run('throws', 2)).rejects.toThrow(/must follow an expression on the same line/);
  });
});

describe('exampleToModule', () => {
  const ex = (...lines: string[]): DocExample => ({
    file: 'src/x/y.ts',
    symbol: 'y',
    index: 1,
    line: 10,
    code: lines.map((text, i) => ({ text, line: 11 + i })),
  });

  it('turns `EXPR //=> X` into a check and leaves other lines alone', () => {
    const text = exampleToModule(
      ex("import { y } from 'sos-eval/x';", 'y(1) //=> 2', 'y(3);'),
      './c.ts',
    );
    expect(text.split('\n')).toEqual([
      'import { assertMatchesExpected as __docCheck } from "./c.ts";',
      "import { y } from 'sos-eval/x';",
      '__docCheck((y(1)',
      '), "2", "src/x/y.ts:12: y(1)");',
      'y(3);',
    ]);
  });

  it('takes back earlier lines when the expression before //=> started on them', () => {
    const text = exampleToModule(
      ex('const a = 1;', 'y({', '  a,', '}).b //=> 2', 'y({', '}) //=> 3'),
      './c.ts',
    );
    expect(text.split('\n').slice(1)).toEqual([
      'const a = 1;',
      '__docCheck((y({',
      '  a,',
      '}).b',
      '), "2", "src/x/y.ts:14: y({ a, }).b");',
      '__docCheck((y({',
      '})',
      '), "3", "src/x/y.ts:16: y({ })");',
    ]);
  });

  it('checks the whole expression when its last line would also parse alone', () => {
    // Prettier splits `a === b //=> true` as `a ===` / `  b; //=> true`; `b` alone is valid code.
    const text = exampleToModule(
      ex('const a = 1;', 'const b = 2;', 'a ===', '  b; //=> false'),
      './c.ts',
    );
    expect(text.split('\n').slice(1)).toEqual([
      'const a = 1;',
      'const b = 2;',
      '__docCheck((a ===',
      'b',
      '), "false", "src/x/y.ts:14: a === b");',
    ]);
  });

  it('checks the declared name for `const x = EXPR //=> X`', () => {
    expect(exampleToModule(ex('const r = y(1); //=> { a: 1 }'), './c.ts')).toContain(
      'const r = y(1);\n__docCheck(r, "{ a: 1 }", "src/x/y.ts:11: const r = y(1)");',
    );
  });

  it('rejects relative imports, bad literals and multi-line expressions', () => {
    expect(() => exampleToModule(ex("import { y } from './y.js';"), './c.ts')).toThrow(
      /import the public name/,
    );
    expect(() => exampleToModule(ex('y(1) //=> y(2)'), './c.ts')).toThrow(
      /src\/x\/y\.ts:11: after \/\/=> `y\(2\)` .* is not a literal/,
    );
    expect(() => exampleToModule(ex('y(1, //=> 2', ')'), './c.ts')).toThrow(ExampleError);
    expect(() => exampleToModule(ex('const { a } = y(1) //=> 2'), './c.ts')).toThrow(
      /must declare exactly one plain name/,
    );
  });

  it('can rewrite import specifiers', () => {
    const text = exampleToModule(ex("import { y } from 'sos-eval/x';"), './c.ts', (s) =>
      s.replace('sos-eval', '/abs/src'),
    );
    expect(text).toContain('import { y } from "/abs/src/x";');
  });
});

describe('splitArrow', () => {
  it('finds the //=> comment, not one inside a string', () => {
    expect(splitArrow("f('a //=> b') //=> 'c'")).toEqual({
      code: "f('a //=> b') ",
      expected: " 'c'",
    });
    expect(splitArrow('f(1) // => not an arrow')).toBeUndefined();
    expect(splitArrow("f('//=>')")).toBeUndefined();
  });
});
