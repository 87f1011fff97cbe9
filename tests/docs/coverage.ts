import { relative, sep } from 'node:path';
import ts from 'typescript';

// Walks the public face of each module (src/<m>/index.ts, following `export *`) with the type
// checker and lists every export that lacks JSDoc, or (for values) lacks an `@example`.

/** One export that breaks the documentation rule. */
export interface DocOffence {
  module: string;
  name: string;
  /** `path:line` of the declaration. */
  where: string;
  problem: string;
}

const TYPE_ONLY = new Set([ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration]);

const jsDocsOf = (decl: ts.Node): ts.JSDoc[] =>
  ts.getJSDocCommentsAndTags(decl).filter((d): d is ts.JSDoc => ts.isJSDoc(d));

const describes = (doc: ts.JSDoc): boolean =>
  (ts.getTextOfJSDocComment(doc.comment) ?? '').trim().length > 0 &&
  !(doc.tags ?? []).some(
    (t) => t.tagName.text === 'module' || t.tagName.text === 'packageDocumentation',
  );

/**
 * Lists the undocumented exports of `src/<m>/index.ts` for each module in `modules`. Types and
 * interfaces need a JSDoc description; functions, constants, classes and enums also need an
 * `@example` (exports tagged `@internal` are exempt from the example).
 */
export function findDocOffences(rootDir: string, modules: readonly string[]): DocOffence[] {
  const entries = modules.map((m) => `${rootDir}/src/${m}/index.ts`);
  const program = ts.createProgram(entries, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const offences: DocOffence[] = [];
  modules.forEach((module, i) => {
    const sf = program.getSourceFile(entries[i]!);
    if (!sf) {
      offences.push({ module, name: '*', where: entries[i]!, problem: 'entry file missing' });
      return;
    }
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) return; // no exports at all (not even `export {}`)
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = (target.declarations ?? []).filter((d) =>
        d.getSourceFile().fileName.startsWith(`${rootDir}/src/`),
      );
      const first = decls[0];
      if (!first) continue; // re-exported from a dependency: documented there
      const file = first.getSourceFile();
      const line = file.getLineAndCharacterOfPosition(first.getStart(file)).line + 1;
      const where = `${relative(rootDir, file.fileName).split(sep).join('/')}:${line}`;
      const docs = decls.flatMap(jsDocsOf);
      const tags = decls.flatMap((d) => [...ts.getJSDocTags(d)]);
      const name = exported.getName();
      if (!docs.some(describes)) {
        offences.push({ module, name, where, problem: 'no JSDoc description' });
      }
      const typeOnly = decls.every((d) => TYPE_ONLY.has(d.kind));
      const internal = tags.some((t) => t.tagName.text === 'internal');
      if (!typeOnly && !internal && !tags.some((t) => t.tagName.text === 'example')) {
        offences.push({ module, name, where, problem: 'no @example' });
      }
    }
  });
  return offences;
}
