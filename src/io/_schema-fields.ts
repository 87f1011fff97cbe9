import type { z } from 'zod';
import { IsoDateSchema } from '../models/iso-date.js';

/** @internal How a cell is read for a field, decided by the schema at that path. */
export type FieldKind =
  | { readonly kind: 'date' }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly options: readonly string[] }
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

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly entries?: Record<string, string | number>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
]);

/** @internal The schema under optional/nullable/default wrappers and pipes. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current === IsoDateSchema) return current;
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** @internal The top-level keys of an object schema, or undefined for any other schema. */
export function objectKeys(schema: z.ZodType): string[] | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** @internal Keys of an object schema that must be present (not optional, no default). */
export function requiredKeys(schema: z.ZodType): string[] {
  const def = defOf(unwrap(schema));
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

function kindOf(schema: z.ZodType): FieldKind {
  const inner = unwrap(schema);
  if (inner === IsoDateSchema) return { kind: 'date' };
  const def = defOf(inner);
  switch (def.type) {
    case 'number':
    case 'int':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', options: Object.values(def.entries ?? {}).map(String) };
    case 'array':
      return def.element ? { kind: 'list', element: kindOf(def.element) } : { kind: 'string' };
    default:
      return { kind: 'string' };
  }
}

/** @internal Numeric path segments (`judgements.0.date`) become array indices. */
export function splitPath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * @internal Follows a dotted path through objects, records and arrays of the schema, returning
 * how its cells are read, or why the path names no field.
 */
export function planField(
  schema: z.ZodType,
  path: readonly (string | number)[],
): FieldPlan | PathProblem {
  let current = schema;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const def = defOf(unwrap(current));
    const where = path.slice(0, i).join('.') || 'the record';
    if (def.type === 'object' && def.shape) {
      const next = typeof segment === 'string' ? def.shape[segment] : undefined;
      if (!next) return { reason: `${where} has no field ${JSON.stringify(String(segment))}` };
      current = next;
    } else if (def.type === 'record' && def.keyType && def.valueType) {
      if (!def.keyType.safeParse(String(segment)).success) {
        const keys = defOf(unwrap(def.keyType)).entries;
        const known = keys ? ` (known: ${Object.values(keys).join(', ')})` : '';
        return { reason: `${JSON.stringify(String(segment))} is not a key of ${where}${known}` };
      }
      current = def.valueType;
    } else if (def.type === 'array' && def.element) {
      if (typeof segment !== 'number')
        return { reason: `${where} is a list: expected an item number` };
      current = def.element;
    } else {
      return { reason: `${where} has no field ${JSON.stringify(String(segment))}` };
    }
  }
  if (path.length === 0) return { reason: 'the path is empty' };
  const kind = kindOf(current);
  const empty = current.safeParse(null).success
    ? null
    : current.safeParse(undefined).success
      ? undefined
      : kind.kind === 'list'
        ? []
        : null;
  return { path, kind, empty };
}
