import type { z } from 'zod';
import { showValue } from '../_lib/args.js';
import { objectKeys } from './_schema-fields.js';

/** @internal Throws a TypeError unless `schema` is a zod object schema (possibly refined). */
export function assertObjectSchema(schema: unknown): asserts schema is z.ZodType {
  const isZod = typeof schema === 'object' && schema !== null && '_zod' in schema;
  if (!isZod || objectKeys(schema as z.ZodType) === undefined) {
    throw new TypeError(
      `schema must be a zod object schema, such as FamilySchema, got ${showValue(schema)}`,
    );
  }
}
