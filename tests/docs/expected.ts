import ts from 'typescript';

// The `//=>` half of the doc-example contract (CONTRIBUTING.md, "Doc examples"): parse the text
// written after `//=>` into a description of the expected value, then compare an actual value
// against it. Numbers are matched to the precision they are written with, so `//=> 0.3249`
// accepts anything that rounds to 0.3249.

/** What an expected literal says, with each number's written precision kept. */
export type Expected =
  | { kind: 'number'; text: string; value: number; exact: true }
  | { kind: 'number'; text: string; value: number; exact: false; halfWidth: number }
  | { kind: 'exact'; text: string; value: string | boolean | null | undefined }
  | { kind: 'array'; items: Expected[] }
  | { kind: 'object'; entries: [string, Expected][] };

/** Thrown when the text after `//=>` is not one of the literals the contract allows. */
export class ExpectedSyntaxError extends Error {
  override name = 'ExpectedSyntaxError';
}

const parseExpression = (text: string): ts.Expression => {
  const file = ts.createSourceFile('expected.ts', `(${text}\n);`, ts.ScriptTarget.Latest, true);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] })
    .parseDiagnostics;
  if (diagnostics.length > 0 || file.statements.length !== 1) {
    const why = diagnostics[0]
      ? ts.flattenDiagnosticMessageText(diagnostics[0].messageText, ' ')
      : '';
    throw new ExpectedSyntaxError(
      `\`${text}\` is not a single JS literal${why ? ` (${why})` : ''}`,
    );
  }
  const stmt = file.statements[0];
  if (!ts.isExpressionStatement(stmt) || !ts.isParenthesizedExpression(stmt.expression)) {
    throw new ExpectedSyntaxError(`\`${text}\` is not a single JS literal`);
  }
  return stmt.expression.expression;
};

/** Precision written in a decimal numeric literal: exact for integers, else ± half a last place. */
export function numberFromText(text: string): Expected {
  const negative = text.startsWith('-');
  const body = (negative ? text.slice(1) : text).replace(/_/g, '');
  const value = (negative ? -1 : 1) * Number(body);
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(body);
  if (!m || Number.isNaN(value)) {
    // 0x.., 0b.., 0o..: integers, compared exactly.
    return { kind: 'number', text, value, exact: true };
  }
  const fraction = m[2] ?? '';
  const exponent = m[3] === undefined ? undefined : Number(m[3]);
  if (exponent === undefined && fraction.length === 0) {
    return { kind: 'number', text, value, exact: true };
  }
  // The last written digit sits at 10^(exponent - digits after the point).
  const lastPlace = (exponent ?? 0) - fraction.length;
  return { kind: 'number', text, value, exact: false, halfWidth: 0.5 * 10 ** lastPlace };
}

const toExpected = (node: ts.Expression, source: string): Expected => {
  const text = node.getText();
  if (ts.isParenthesizedExpression(node)) return toExpected(node.expression, source);
  if (ts.isNumericLiteral(node)) return numberFromText(text);
  if (
    ts.isPrefixUnaryExpression(node) &&
    (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken)
  ) {
    const sign = node.operator === ts.SyntaxKind.MinusToken ? '-' : '';
    if (ts.isNumericLiteral(node.operand)) return numberFromText(sign + node.operand.getText());
    if (ts.isIdentifier(node.operand) && node.operand.text === 'Infinity') {
      return { kind: 'number', text, value: sign ? -Infinity : Infinity, exact: true };
    }
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return { kind: 'exact', text, value: node.text };
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'exact', text, value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'exact', text, value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: 'exact', text, value: null };
  if (ts.isIdentifier(node)) {
    if (node.text === 'undefined') return { kind: 'exact', text, value: undefined };
    if (node.text === 'NaN') return { kind: 'number', text, value: NaN, exact: true };
    if (node.text === 'Infinity') return { kind: 'number', text, value: Infinity, exact: true };
  }
  if (ts.isArrayLiteralExpression(node)) {
    return {
      kind: 'array',
      items: node.elements.map((el) => {
        if (ts.isSpreadElement(el) || ts.isOmittedExpression(el)) {
          throw new ExpectedSyntaxError(`\`${el.getText()}\` is not allowed in \`${source}\``);
        }
        return toExpected(el, source);
      }),
    };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const entries: [string, Expected][] = [];
    for (const prop of node.properties) {
      if (ts.isPropertyAssignment(prop)) {
        const name = prop.name;
        let key: string;
        if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
          key = ts.isNumericLiteral(name) ? String(Number(name.text)) : name.text;
        } else {
          throw new ExpectedSyntaxError(`computed key \`${name.getText()}\` in \`${source}\``);
        }
        entries.push([key, toExpected(prop.initializer, source)]);
      } else if (ts.isShorthandPropertyAssignment(prop) && prop.name.text === 'undefined') {
        entries.push(['undefined', { kind: 'exact', text: 'undefined', value: undefined }]);
      } else {
        throw new ExpectedSyntaxError(
          `\`${prop.getText()}\` is not a plain property in \`${source}\``,
        );
      }
    }
    return { kind: 'object', entries };
  }
  throw new ExpectedSyntaxError(
    `\`${text}\` in \`${source}\` is not a literal (number, string, boolean, null, undefined, array or object)`,
  );
};

/** Parses the text after `//=>`; throws {@link ExpectedSyntaxError} if it is not a literal. */
export function parseExpected(source: string): Expected {
  return toExpected(parseExpression(source.trim()), source.trim());
}

const show = (value: unknown): string => {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  try {
    const text = JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v)
        ? String(v)
        : v === undefined
          ? '<undefined>'
          : v,
    );
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(value);
  }
};

const at = (path: string): string => (path === '' ? 'value' : path);

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Compares `actual` with `expected`; returns the mismatches (empty when they agree), each naming
 * the path inside the value, e.g. `[2].mean: got 0.3241, expected 0.3249 (to ±0.00005)`.
 */
export function compareToExpected(actual: unknown, expected: Expected, path = ''): string[] {
  switch (expected.kind) {
    case 'number': {
      if (typeof actual !== 'number') {
        return [`${at(path)}: got ${show(actual)}, expected the number ${expected.text}`];
      }
      if (Number.isNaN(expected.value)) {
        return Number.isNaN(actual) ? [] : [`${at(path)}: got ${show(actual)}, expected NaN`];
      }
      if (expected.exact) {
        return actual === expected.value
          ? []
          : [`${at(path)}: got ${show(actual)}, expected exactly ${expected.text}`];
      }
      // Half a unit in the last written place, widened by a few ulps so that a value lying exactly
      // on the rounding boundary (as far as doubles can say) is accepted either way.
      const slack = expected.halfWidth * (1 + 1e-9) + 4 * Number.EPSILON * Math.abs(expected.value);
      return Number.isFinite(actual) && Math.abs(actual - expected.value) <= slack
        ? []
        : [
            `${at(path)}: got ${show(actual)}, expected ${expected.text} (to ±${expected.halfWidth.toPrecision(1)})`,
          ];
    }
    case 'exact':
      return actual === expected.value
        ? []
        : [`${at(path)}: got ${show(actual)}, expected ${expected.text}`];
    case 'array': {
      if (!Array.isArray(actual)) {
        return [`${at(path)}: got ${show(actual)}, expected an array of ${expected.items.length}`];
      }
      if (actual.length !== expected.items.length) {
        return [
          `${at(path)}: got an array of ${actual.length} ${show(actual)}, expected ${expected.items.length} items`,
        ];
      }
      return expected.items.flatMap((item, i) =>
        compareToExpected(actual[i], item, `${path}[${i}]`),
      );
    }
    case 'object': {
      if (!isPlainRecord(actual)) {
        return [`${at(path)}: got ${show(actual)}, expected an object`];
      }
      const problems: string[] = [];
      const wanted = new Set(expected.entries.map(([k]) => k));
      // As in toEqual, a key whose value is undefined counts as absent.
      const extra = Object.keys(actual).filter((k) => !wanted.has(k) && actual[k] !== undefined);
      if (extra.length > 0) problems.push(`${at(path)}: unexpected key(s) ${extra.join(', ')}`);
      for (const [key, item] of expected.entries) {
        const sub = /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${path}.${key}`
          : `${path}[${JSON.stringify(key)}]`;
        if (!(key in actual) && item.kind !== 'exact') {
          problems.push(`${sub.replace(/^\./, '')}: missing`);
          continue;
        }
        problems.push(...compareToExpected(actual[key], item, sub.replace(/^\./, '')));
      }
      return problems;
    }
  }
}

/** Throws an Error listing the mismatches unless `actual` matches the literal `expectedSource`. */
export function assertMatchesExpected(actual: unknown, expectedSource: string, where = ''): void {
  const problems = compareToExpected(actual, parseExpected(expectedSource));
  if (problems.length > 0) {
    const head = where ? `${where}\n` : '';
    throw new Error(`${head}//=> ${expectedSource.trim()}\n  ${problems.join('\n  ')}`);
  }
}
