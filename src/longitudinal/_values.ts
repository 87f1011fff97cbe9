// Reading a measure's values from records. Missing (null/undefined) is counted; a value of the
// wrong kind (NaN, a string where a number belongs) is bad data: reported as an issue and counted
// as missing, never thrown and never dropped without a trace.
import { assertOneOf, showValue } from '../_lib/args.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import type { MeasureKind } from './measure-kind.js';

export type Cell = number | string | boolean;

export interface MeasureReader<R> {
  readonly name: string;
  readonly get: (record: R) => unknown;
}

export function readMeasure<R>(value: unknown, name: unknown): MeasureReader<R> {
  if (name !== undefined && (typeof name !== 'string' || name.length === 0)) {
    throw new TypeError(`name must be a non-empty string, got ${showValue(name)}`);
  }
  if (typeof value === 'string' && value.length > 0) {
    return {
      name: name ?? value,
      get: (r: R) =>
        r != null && typeof r === 'object' ? (r as Record<string, unknown>)[value] : undefined,
    };
  }
  if (typeof value === 'function') {
    return { name: name ?? (value.name || 'measure'), get: value as (record: R) => unknown };
  }
  throw new TypeError(`measure must be a property name or a function, got ${showValue(value)}`);
}

export function readKind<K extends MeasureKind>(value: unknown, allowed: readonly K[]): K {
  assertOneOf('kind', value, allowed);
  return value;
}

const pathText = (path: readonly (string | number)[]): string =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');

/**
 * The value as the kind reads it: 1/0 for binary, the label for categorical, a finite number
 * otherwise; `null` when missing or invalid (an issue is pushed for invalid).
 */
export function readCell(
  kind: MeasureKind,
  raw: unknown,
  measure: string,
  path: readonly (string | number)[],
  issues: ValidationIssue[],
): Cell | null {
  if (raw === null || raw === undefined) return null;
  if (kind === 'binary') {
    if (raw === true || raw === 1) return 1;
    if (raw === false || raw === 0) return 0;
    return invalid(raw, 'true/false or 1/0', measure, path, issues);
  }
  if (kind === 'categorical') {
    if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
    if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
    return invalid(raw, 'a string, boolean or finite number', measure, path, issues);
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  return invalid(raw, 'a finite number', measure, path, issues);
}

function invalid(
  raw: unknown,
  expected: string,
  measure: string,
  path: readonly (string | number)[],
  issues: ValidationIssue[],
): null {
  const nan = typeof raw === 'number' && Number.isNaN(raw);
  issues.push({
    path,
    code: nan ? 'not_a_number' : 'invalid_value',
    message: `${pathText(path)}: ${measure} is ${showValue(raw)}, not ${expected}; counted as missing`,
  });
  return null;
}

/** An issue for a test that the data leave undefined (say no discordant pairs). */
export function untestable(path: readonly (string | number)[], error: unknown): ValidationIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    path,
    code: 'test_undefined',
    message: `the test is undefined for these data: ${reason}`,
  };
}

/**
 * Runs a test whose failure on these data is a data problem (a RangeError from stats), turning it
 * into an issue; other errors are bugs and propagate.
 */
export function tryTest<T>(
  run: () => T,
  path: readonly (string | number)[],
  issues: ValidationIssue[],
): T | null {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    issues.push(untestable(path, error));
    return null;
  }
}
