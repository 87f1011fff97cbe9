import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import type { VegaLiteSpec } from 'sos-eval/charts';
import { compileSpec, renderSvg } from './_render.js';

export { compileSpec, renderSvg };

// Every spec a builder makes goes through the same three checks: it validates against the
// Vega-Lite v5 JSON schema shipped in the vega-lite package (ajv), it compiles with vega-lite
// without warnings, and the compiled Vega spec renders to SVG with vega in node (no canvas,
// renderer 'none').

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('vega-lite/build/vega-lite-schema.json'), 'utf8'),
) as object;

// Options as vega-lite's own schema tests use them: the schema has union types, and keywords ajv's
// strict mode does not know.
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
ajv.addFormat('color-hex', true).addFormat('uri', true).addFormat('uri-reference', true);
const validateSchema = ajv.compile(schema);

/** Schema errors of a spec, as readable lines; none when it validates. */
export function schemaErrors(spec: unknown): string[] {
  if (validateSchema(spec)) return [];
  return (validateSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/**
 * All three checks, and that the spec is frozen as a builder returns it (`parsed`: a spec read
 * back from JSON, as a notebook stores it, which is not); returns the SVG.
 */
export async function checkSpec(spec: VegaLiteSpec, parsed = false): Promise<string> {
  expect(schemaErrors(spec)).toEqual([]);
  if (!parsed) expect(Object.isFrozen(spec)).toBe(true);
  expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
  expect(spec.title.text.length).toBeGreaterThan(0);
  expect(spec.description.length).toBeGreaterThan(20);
  const { vega, warnings } = compileSpec(spec);
  expect(warnings).toEqual([]);
  const svg = await renderSvg(vega);
  expect(svg.startsWith('<svg')).toBe(true);
  return svg;
}

/** The aria-labels of the rendered marks of one role (`bar`, `point`, `line` …). */
export function markLabels(svg: string, role: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`aria-roledescription="${role}"[^>]*?aria-label="([^"]*)"`, 'g');
  for (const m of svg.matchAll(re)) out.push(m[1]!);
  if (out.length === 0) {
    const re2 = new RegExp(`aria-label="([^"]*)"[^>]*?aria-roledescription="${role}"`, 'g');
    for (const m of svg.matchAll(re2)) out.push(m[1]!);
  }
  return out;
}
