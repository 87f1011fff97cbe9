import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';
import { expect } from 'vitest';
import type { VegaLiteSpec } from 'sos-eval/charts';

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

/** Compiles with vega-lite, collecting its warnings (a spec we make should give none). */
export function compileSpec(spec: VegaLiteSpec): { vega: object; warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => {
      throw new Error(m.map(String).join(' '));
    },
    warn: (...m: unknown[]) => {
      warnings.push(m.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  // A deep copy: vega-lite must never see (or need to change) the frozen original.
  const copy = structuredClone(spec) as unknown as TopLevelSpec;
  const { spec: vega } = compile(copy, { logger: logger as never });
  return { vega, warnings };
}

/** Renders a compiled Vega spec to an SVG string in node. */
export async function renderSvg(vega: object): Promise<string> {
  const view = new View(parse(vega as never), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
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
