import type { z } from 'zod';
import { IsoDateSchema } from '../models/iso-date.js';

// Everything here reads schemas through zod 4's public (classic) API: `.type`, `.def.checks`,
// `.unwrap()`, `.in`, `.shape`, `.keyType`, `.valueType`, `.element`, `.options`, `.values` and
// `.format`, `.out`. Nothing touches `_zod`.

/** @internal One value a choice field may take, and the other ways a cell may write it. */
export interface Choice {
  readonly value: unknown;
  readonly spellings: readonly string[];
}

/** @internal How a cell is read for a field, decided by the schema at that path (and the options). */
export type FieldKind =
  | { readonly kind: 'date' }
  | { readonly kind: 'js-date' }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly choices: readonly Choice[] }
  | { readonly kind: 'string' }
  | { readonly kind: 'list'; readonly element: FieldKind };

/** @internal A field reached by a column: its path, how to read it, and what an empty cell means. */
export interface FieldPlan {
  readonly path: readonly (string | number)[];
  readonly kind: FieldKind;
  /** What an empty cell becomes: `null`, left out (`undefined`), or an empty list. */
  readonly empty: null | undefined | readonly never[];
}

/** @internal Why a path does not name a field of the schema. */
export interface PathProblem {
  readonly reason: string;
}

/** The classic-API view of a schema this file reads; every member is public zod 4 API. */
interface Schema {
  readonly type: string;
  readonly def: { readonly checks?: readonly unknown[] };
  readonly format?: string | null;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly unknown[];
  readonly values?: ReadonlySet<unknown>;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  unwrap?(): z.ZodType;
  safeParse(value: unknown): { readonly success: boolean };
}

const view = (schema: z.ZodType): Schema => schema as unknown as Schema;

// Wrappers whose `.unwrap()` gives the schema a cell is read for.
const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
  'lazy',
]);

/** @internal True when `schema` is a zod 4 (classic) schema. */
export function isZodSchema(schema: unknown): schema is z.ZodType {
  return (
    typeof schema === 'object' &&
    schema !== null &&
    typeof (schema as { type?: unknown }).type === 'string' &&
    typeof (schema as { safeParse?: unknown }).safeParse === 'function' &&
    typeof (schema as { def?: unknown }).def === 'object'
  );
}

/** @internal The schema under optional/nullable/default/… wrappers and the input side of pipes. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 64; depth++) {
    const s = view(current);
    if (WRAPPERS.has(s.type) && typeof s.unwrap === 'function') current = s.unwrap();
    else if (s.type === 'pipe' && s.in !== undefined) {
      // z.preprocess(fn, schema) is a pipe from a transform: the cell is read for `schema`.
      current = view(s.in).type === 'transform' && s.out !== undefined ? s.out : s.in;
    } else return current;
  }
  return current;
}

// IsoDateSchema is a string with our own calendar check; a schema built from it (refined,
// described, given metadata) keeps that check object among its checks.
const ISO_DATE_CHECKS = new Set(view(IsoDateSchema).def.checks ?? []);

/** @internal True when a (unwrapped) schema reads ISO calendar dates: z.iso.date() or IsoDateSchema. */
function isIsoDateSchema(s: Schema): boolean {
  if (s.type !== 'string') return false;
  if (s.format === 'date') return true;
  return (s.def.checks ?? []).some((c) => ISO_DATE_CHECKS.has(c));
}

/** @internal The top-level keys of an object schema, or undefined for any other schema. */
export function objectKeys(schema: z.ZodType): string[] | undefined {
  const s = view(unwrap(schema));
  return s.type === 'object' && s.shape ? Object.keys(s.shape) : undefined;
}

/** @internal Keys of an object schema that must be present (not optional, no default). */
export function requiredKeys(schema: z.ZodType): string[] {
  const s = view(unwrap(schema));
  if (s.type !== 'object' || !s.shape) return [];
  return Object.entries(s.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

const plainChoices = (values: Iterable<unknown>): Choice[] =>
  [...values].map((value) => ({ value, spellings: [] }));

function kindOf(schema: z.ZodType): FieldKind {
  const s = view(unwrap(schema));
  if (isIsoDateSchema(s)) return { kind: 'date' };
  switch (s.type) {
    case 'date':
      return { kind: 'js-date' };
    case 'number':
    case 'int':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', choices: plainChoices(s.options ?? []) };
    case 'literal':
      return { kind: 'enum', choices: plainChoices(s.values ?? []) };
    case 'array':
      return s.element ? { kind: 'list', element: kindOf(s.element) } : { kind: 'string' };
    default:
      return { kind: 'string' };
  }
}

/**
 * @internal Path segments never followed or created: they reach an object's prototype, so a
 * header mapped through them could change every object in the process.
 */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** @internal True for a number usable as a list index: a whole number from 0 (not -0). */
export const isIndex = (n: unknown): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0);

/** @internal Numeric path segments (`judgements.0.date`) become array indices. */
export function splitPath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * @internal Follows a dotted path through objects, records and arrays of the schema, returning
 * how its cells are read, or why the path names no field. `keysOf(path)` gives the keys a record
 * at `path` may have when the options say (a study's tool ids for `usage`).
 */
export function planField(
  schema: z.ZodType,
  path: readonly (string | number)[],
  keysOf: (path: readonly (string | number)[]) => readonly string[] | undefined = () => undefined,
): FieldPlan | PathProblem {
  if (path.length === 0) return { reason: 'the path is empty' };
  for (const segment of path) {
    if (typeof segment === 'string' ? FORBIDDEN_SEGMENTS.has(segment) : !isIndex(segment))
      return {
        reason:
          typeof segment === 'string'
            ? `${JSON.stringify(segment)} may not be part of a field path`
            : `${String(segment)} is not an item number (a whole number from 0)`,
      };
  }
  let current = schema;
  let inRecord = false;
  // The path as the reader builds it: a record's key is a string even when written in digits.
  const built: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const s = view(unwrap(current));
    const where = path.slice(0, i).join('.') || 'the record';
    if (s.type === 'object' && s.shape) {
      const next =
        typeof segment === 'string' && Object.hasOwn(s.shape, segment)
          ? s.shape[segment]
          : undefined;
      if (!next) return { reason: `${where} has no field ${JSON.stringify(String(segment))}` };
      current = next;
      inRecord = false;
    } else if (s.type === 'record' && s.keyType && s.valueType) {
      const known = keysOf(path.slice(0, i));
      const keyOptions = view(unwrap(s.keyType)).options;
      const accepted =
        known === undefined
          ? s.keyType.safeParse(String(segment)).success
          : known.includes(String(segment));
      if (!accepted) {
        const listed = known ?? keyOptions?.map(String);
        const list = listed ? ` (known: ${listed.join(', ')})` : '';
        return { reason: `${JSON.stringify(String(segment))} is not a key of ${where}${list}` };
      }
      current = s.valueType;
      inRecord = true;
      built.push(String(segment));
      continue;
    } else if (s.type === 'array' && s.element) {
      if (typeof segment !== 'number')
        return { reason: `${where} is a list: expected an item number` };
      current = s.element;
      inRecord = false;
    } else {
      return { reason: `${where} has no field ${JSON.stringify(String(segment))}` };
    }
    built.push(segment);
  }
  const kind = kindOf(current);
  // An empty cell is whatever "no answer" the schema accepts: null, else absent, else an empty
  // list; a record's value that takes neither is left out (the key is simply not there).
  const empty = current.safeParse(null).success
    ? null
    : current.safeParse(undefined).success || inRecord
      ? undefined
      : kind.kind === 'list'
        ? []
        : null;
  return { path: built, kind, empty };
}
