import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { ExpectedSyntaxError, parseExpected } from './expected.js';

// Finds the ```ts blocks in the `@example` tags of exported declarations and turns each into a
// module that runs the example and checks every `//=>` line (CONTRIBUTING.md, "Doc examples").

/** One line of example code and the line of the source file it came from (1-based). */
export interface CodeLine {
  text: string;
  line: number;
}

/** One fenced example, ready to be turned into a module. */
export interface DocExample {
  /** Source file, relative to the repository root, with forward slashes. */
  file: string;
  /** The exported symbol the comment documents (`Class.member` for members). */
  symbol: string;
  /** 1-based position among the symbol's examples. */
  index: number;
  /** Line of the opening fence in the source file. */
  line: number;
  code: CodeLine[];
  /** Set when the comment is malformed (e.g. an `@example` without a ```ts fence). */
  problem?: string;
}

const RUNNABLE_FENCE = /^\s*```\s*(ts|typescript|js|javascript|mts|tsx)?\s*$/i;
const ANY_FENCE = /^\s*```/;

/** Every `.ts` file under `srcDir`, skipping private folders and files (names starting `_`). */
export function listPublicSourceFiles(srcDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(srcDir);
  return out.sort();
}

const hasExportModifier = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

const jsDocsOf = (node: ts.Node): ts.JSDoc[] =>
  ts.getJSDocCommentsAndTags(node).filter((d): d is ts.JSDoc => ts.isJSDoc(d));

const isModuleDoc = (doc: ts.JSDoc): boolean =>
  (doc.tags ?? []).some((t) => ['module', 'packageDocumentation'].includes(t.tagName.text));

/** The raw lines of a JSDoc comment with `/**`, `*\/` and the ` * ` margins removed. */
export function commentLines(sf: ts.SourceFile, doc: ts.JSDoc): CodeLine[] {
  const start = doc.getStart(sf);
  const raw = sf.text.slice(start, doc.end);
  const firstLine = sf.getLineAndCharacterOfPosition(start).line + 1;
  return raw.split(/\r?\n/).map((text, i) => {
    let t = text;
    if (i === 0) t = t.replace(/^\s*\/\*\*/, '');
    t = t.replace(/\*\/\s*$/, '');
    if (i > 0) t = t.replace(/^\s*\*(?!\/) ?/, '');
    return { text: t, line: firstLine + i };
  });
}

/** Splits comment lines into the fenced examples of its `@example` tags. */
export function examplesInComment(
  lines: CodeLine[],
): { line: number; code: CodeLine[]; problem?: string }[] {
  const found: { line: number; code: CodeLine[]; problem?: string }[] = [];
  let tag: string | undefined;
  let tagLine = 0;
  let fencesInTag = 0;
  let fence: { line: number; runnable: boolean; code: CodeLine[] } | undefined;
  const closeTag = (): void => {
    if (tag === 'example' && fencesInTag === 0) {
      found.push({
        line: tagLine,
        code: [],
        problem: 'this @example has no ```ts fenced block (see CONTRIBUTING.md, "Doc examples")',
      });
    }
  };
  for (const l of lines) {
    if (fence) {
      if (ANY_FENCE.test(l.text) && /^\s*```\s*$/.test(l.text)) {
        if (fence.runnable && tag === 'example') found.push({ line: fence.line, code: fence.code });
        fence = undefined;
      } else {
        fence.code.push(l);
      }
      continue;
    }
    const tagMatch = /^\s*@(\w+)/.exec(l.text);
    if (tagMatch) {
      closeTag();
      tag = tagMatch[1];
      tagLine = l.line;
      fencesInTag = 0;
      continue;
    }
    if (ANY_FENCE.test(l.text)) {
      fence = { line: l.line, runnable: RUNNABLE_FENCE.test(l.text), code: [] };
      if (tag === 'example' && fence.runnable) fencesInTag++;
    }
  }
  if (fence && tag === 'example') {
    found.push({ line: fence.line, code: [], problem: 'unclosed ``` fence in @example' });
  }
  closeTag();
  return found;
}

/** Every example in the exported declarations of one source file. */
export function examplesInFile(path: string, rootDir: string): DocExample[] {
  const text = readFileSync(path, 'utf8');
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const file = relative(rootDir, path).split(sep).join('/');
  const out: DocExample[] = [];
  const seen = new Set<ts.JSDoc>();
  const collect = (node: ts.Node, symbol: string): void => {
    let index = 0;
    for (const doc of jsDocsOf(node)) {
      if (seen.has(doc)) continue;
      seen.add(doc);
      const name = isModuleDoc(doc) ? '(module)' : symbol;
      for (const ex of examplesInComment(commentLines(sf, doc))) {
        index++;
        out.push({ file, symbol: name, index, ...ex });
      }
    }
  };
  for (const stmt of sf.statements) {
    if (!hasExportModifier(stmt)) {
      // A file-level comment attached to a re-export or import still documents the module.
      for (const doc of jsDocsOf(stmt)) {
        if (isModuleDoc(doc)) collect(stmt, '(module)');
      }
      continue;
    }
    if (ts.isVariableStatement(stmt)) {
      const names = stmt.declarationList.declarations.map((d) => d.name.getText(sf)).join(', ');
      collect(stmt, names);
    } else if (
      ts.isFunctionDeclaration(stmt) ||
      ts.isClassDeclaration(stmt) ||
      ts.isInterfaceDeclaration(stmt) ||
      ts.isTypeAliasDeclaration(stmt) ||
      ts.isEnumDeclaration(stmt) ||
      ts.isModuleDeclaration(stmt)
    ) {
      const name = stmt.name?.getText(sf) ?? 'default';
      collect(stmt, name);
      if (ts.isClassDeclaration(stmt) || ts.isInterfaceDeclaration(stmt)) {
        for (const member of stmt.members) {
          const memberName = member.name?.getText(sf) ?? 'constructor';
          collect(member, `${name}.${memberName}`);
        }
      }
    }
  }
  // Overloads share one name: number their examples on together.
  const counters = new Map<string, number>();
  for (const ex of out) {
    const n = (counters.get(ex.symbol) ?? 0) + 1;
    counters.set(ex.symbol, n);
    ex.index = n;
  }
  return out;
}

/** Finds the `//=>` comment on a line; returns the code before it and the text after it. */
export function splitArrow(line: string): { code: string; expected: string } | undefined {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    line,
  );
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (
      kind === ts.SyntaxKind.SingleLineCommentTrivia &&
      scanner.getTokenText().startsWith('//=>')
    ) {
      const pos = scanner.getTokenStart();
      return { code: line.slice(0, pos), expected: line.slice(pos + 4) };
    }
  }
  return undefined;
}

const parseStatements = (code: string): ts.NodeArray<ts.Statement> | undefined => {
  const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const diags = (sf as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  return diags.length === 0 ? sf.statements : undefined;
};

/** Thrown for an example the contract cannot run; the message says what to fix. */
export class ExampleError extends Error {
  override name = 'ExampleError';
}

/**
 * Rewrites an example into the text of a module. `checker` is the import specifier of
 * `expected.ts`; `rewriteImport` may change each import specifier (return it unchanged to keep).
 */
export function exampleToModule(
  ex: DocExample,
  checker: string,
  rewriteImport: (specifier: string) => string = (s) => s,
): string {
  if (ex.problem) throw new ExampleError(`${ex.file}:${ex.line}: ${ex.problem}`);
  const out: string[] = [
    `import { assertMatchesExpected as __docCheck } from ${JSON.stringify(checker)};`,
  ];
  const lines = ex.code;
  // Lines emitted as they are since the last check: an expression may have started among them.
  const plain: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    const where = `${ex.file}:${line}`;
    const split = splitArrow(text);
    if (!split) {
      out.push(text);
      plain.push(text);
      continue;
    }
    // The expected literal may continue on following lines that are `//` comments.
    let expected = split.expected;
    let parsed = tryParse(expected);
    while (parsed instanceof ExpectedSyntaxError && i + 1 < lines.length) {
      const next = /^\s*\/\/(?!=>)(.*)$/.exec(lines[i + 1]!.text);
      if (!next) break;
      expected += `\n${next[1]}`;
      i++;
      parsed = tryParse(expected);
    }
    if (parsed instanceof ExpectedSyntaxError) {
      throw new ExampleError(`${where}: after //=> ${parsed.message}`);
    }
    let code = split.code.trim().replace(/;\s*$/, '');
    if (code === '') {
      throw new ExampleError(
        `${where}: \`//=>\` must follow an expression on the same line (\`f(x) //=> 3\`)`,
      );
    }
    // An expression may start on earlier lines (`f({\n  a: 1,\n}).b //=> 2`): take back the
    // fewest preceding plain lines that make it one expression or declaration. When the line
    // before ends with an operator (`a ===` before `b //=> true`), the last line alone is only
    // the tail of the expression, so it must not be checked on its own.
    const before =
      plain
        .at(-1)
        ?.replace(/\/\/.*$/, '')
        .trim() ?? '';
    const continues = /(?:[-+*/%<>!=?:&|^]|\?\?|&&|\|\|)$/.test(before) && !before.endsWith('=>');
    let form = continues ? undefined : classify(code);
    for (let k = 1; !form && k <= plain.length; k++) {
      const candidate = `${plain.slice(-k).join('\n')}\n${code}`;
      const f = classify(candidate);
      if (f) {
        out.splice(out.length - k, k);
        plain.splice(plain.length - k, k);
        code = candidate;
        form = f;
      }
    }
    if (!form) {
      throw new ExampleError(`${where}: \`${code}\` is not an expression or a \`const\``);
    }
    if (form.kind === 'bad-declaration') {
      throw new ExampleError(`${where}: \`${code}\` must declare exactly one plain name`);
    }
    const label = code
      .split('\n')
      .map((l) => l.trim())
      .join(' ');
    const check = (value: string): string =>
      `__docCheck(${value}, ${JSON.stringify(expected.trim())}, ${JSON.stringify(`${where}: ${label}`)});`;
    if (form.kind === 'declaration') out.push(`${code};`, check(form.name));
    else out.push(check(`(${code}\n)`));
    plain.length = 0;
  }
  const body = out.join('\n');
  return rewriteImports(body, rewriteImport, ex);
}

type Form =
  { kind: 'expression' } | { kind: 'declaration'; name: string } | { kind: 'bad-declaration' };

/** Whether `code` is one expression, or one `const`/`let`/`var` declaration of a single name. */
const classify = (code: string): Form | undefined => {
  if (/^(const|let|var)\s/.test(code)) {
    const stmts = parseStatements(`${code};`);
    if (!stmts) return undefined;
    const stmt = stmts[0];
    const decls =
      stmts.length === 1 && stmt && ts.isVariableStatement(stmt)
        ? stmt.declarationList.declarations
        : undefined;
    if (!decls || decls.length !== 1 || !ts.isIdentifier(decls[0]!.name))
      return { kind: 'bad-declaration' };
    return { kind: 'declaration', name: decls[0]!.name.text };
  }
  const stmts = parseStatements(`(${code}\n);`);
  return stmts && stmts.length === 1 ? { kind: 'expression' } : undefined;
};

const tryParse = (text: string): ExpectedSyntaxError | true => {
  try {
    parseExpected(text);
    return true;
  } catch (e) {
    if (e instanceof ExpectedSyntaxError) return e;
    throw e;
  }
};

const rewriteImports = (body: string, rewrite: (s: string) => string, ex: DocExample): string => {
  const sf = ts.createSourceFile('x.ts', body, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const stmt of sf.statements) {
    const spec =
      (ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) && stmt.moduleSpecifier
        ? stmt.moduleSpecifier
        : undefined;
    if (!spec || !ts.isStringLiteral(spec) || stmt === sf.statements[0]) continue;
    if (spec.text.startsWith('.')) {
      throw new ExampleError(
        `${ex.file}:${ex.line}: example imports '${spec.text}'; import the public name ('sos-eval/<module>') instead`,
      );
    }
    const next = rewrite(spec.text);
    if (next !== spec.text) {
      edits.push({ start: spec.getStart(sf), end: spec.end, text: JSON.stringify(next) });
    }
  }
  let result = body;
  for (const e of edits.reverse()) result = result.slice(0, e.start) + e.text + result.slice(e.end);
  return result;
};

/** One example written out as a module, or the reason it could not be. */
export interface PreparedExample {
  ex: DocExample;
  /** Absolute path of the generated module. */
  path: string;
  error?: Error;
}

/**
 * Writes each example as a module in `outDir` (created if missing). Importing the module runs the
 * example; a failed `//=>` check rejects the import with the location and the mismatches.
 */
export function writeExampleModules(examples: DocExample[], outDir: string): PreparedExample[] {
  mkdirSync(outDir, { recursive: true });
  const checkerPath = fileURLToPath(new URL('./expected.ts', import.meta.url));
  const checker = `./${relative(outDir, checkerPath).split(sep).join('/')}`;
  return examples.map((ex, n) => {
    const name = `${ex.file}_${ex.symbol}_${ex.index}`.replace(/[^\w.-]+/g, '_');
    const path = join(outDir, `${String(n).padStart(4, '0')}-${name}.ts`);
    try {
      writeFileSync(path, exampleToModule(ex, checker));
      return { ex, path };
    } catch (error) {
      return { ex, path, error: error as Error };
    }
  });
}
