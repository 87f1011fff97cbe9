import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { VegaLiteSpec } from 'sos-eval/charts';

// Compiling and rendering, without vitest, so that scripts (the docs' pictures) share them.

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

/** Renders a compiled Vega spec to an SVG string in node (renderer 'none': no canvas needed). */
export async function renderSvg(vega: object): Promise<string> {
  const view = new View(parse(vega as never), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
