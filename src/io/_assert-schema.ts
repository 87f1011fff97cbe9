import type { z } from 'zod';
import { showValue } from '../_lib/args.js';
import { isZodSchema, objectKeys } from './_schema-fields.js';

/** @internal Throws a TypeError unless `schema` is a zod object schema (possibly refined). */
export function assertObjectSchema(schema: unknown): asserts schema is z.ZodType {
  if (!isZodSchema(schema) || objectKeys(schema) === undefined) {
    throw new TypeError(
      `schema must be a zod object schema, such as study.schemas.family, got ${showValue(schema)}`,
    );
  }
}
