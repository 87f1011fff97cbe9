import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MODULES, ROOT_MODULES } from '../_support/modules.js';
import { readJson, ROOT, tsFilesUnder } from './_read.js';

// What src/ may import. The library must run in a browser and in plain node from the published
// files, so: no Node built-ins; fp-ts only through fp-ts/lib/X.js (fp-ts has no exports map); and
// every package it imports must be a dependency or peer dependency, not a devDependency.

interface ImportSite {
  file: string;
  line: number;
  specifier: string;
}

/** Every import/export/`import()`/`require()` specifier in a file. */
function importsOf(file: string): ImportSite[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: ImportSite[] = [];
  const add = (node: ts.Node, spec: ts.Expression | undefined): void => {
    if (spec && ts.isStringLiteralLike(spec)) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      out.push({ file, line, specifier: spec.text });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node))
      add(node, node.moduleSpecifier);
    else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node, node.moduleReference.expression);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      add(node, node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const sites = tsFilesUnder('src').flatMap(importsOf);
const show = (s: ImportSite): string => `${s.file}:${s.line} '${s.specifier}'`;
const packageOf = (spec: string): string =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

describe('imports in src/', () => {
  it('finds the source files and their imports', () => {
    expect(sites.length).toBeGreaterThan(0);
    expect(importsOf('src/index.ts').map((s) => s.specifier)).toContain(`./${MODULES[0]}/index.js`);
  });

  it('never imports a Node built-in', () => {
    const bad = sites.filter(
      (s) => s.specifier.startsWith('node:') || BUILTINS.has(packageOf(s.specifier)),
    );
    expect(bad.map(show)).toEqual([]);
  });

  it("imports fp-ts only as 'fp-ts' or 'fp-ts/lib/<X>.js'", () => {
    const bad = sites.filter(
      (s) => s.specifier.startsWith('fp-ts/') && !/^fp-ts\/lib\/[\w/]+\.js$/.test(s.specifier),
    );
    expect(bad.map(show)).toEqual([]);
  });

  it('uses .js on every relative import, as NodeNext and the published ESM need', () => {
    const bad = sites.filter((s) => s.specifier.startsWith('.') && !s.specifier.endsWith('.js'));
    expect(bad.map(show)).toEqual([]);
  });

  it('imports only packages listed in dependencies or peerDependencies', () => {
    const pkg = readJson('package.json') as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    const allowed = new Set([
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}),
    ]);
    const bad = sites.filter(
      (s) =>
        !s.specifier.startsWith('.') &&
        !s.specifier.startsWith('node:') &&
        !allowed.has(packageOf(s.specifier)),
    );
    expect(bad.map(show)).toEqual([]);
  });
});

describe('src/index.ts', () => {
  it('re-exports every module but those with dependencies of their own, with `export *`', () => {
    const sf = ts.createSourceFile(
      'index.ts',
      readFileSync(join(ROOT, 'src/index.ts'), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const starExports = sf.statements
      .filter(
        (s): s is ts.ExportDeclaration =>
          ts.isExportDeclaration(s) && !s.exportClause && !s.isTypeOnly,
      )
      .map((s) => (s.moduleSpecifier as ts.StringLiteral).text);
    expect([...starExports].sort()).toEqual(ROOT_MODULES.map((m) => `./${m}/index.js`).sort());
  });
});
