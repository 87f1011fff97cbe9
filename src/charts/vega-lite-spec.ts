/**
 * The URL of the Vega-Lite v5 JSON schema, which every spec made here names in its `$schema`.
 *
 * @category Charts
 * @example
 * ```ts
 * import { VEGA_LITE_SCHEMA } from 'sos-eval/charts';
 * VEGA_LITE_SCHEMA //=> 'https://vega.github.io/schema/vega-lite/v5.json'
 * ```
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

/**
 * A JSON value, as a Vega-Lite spec is made of: no functions, dates or `undefined`.
 *
 * @category Charts
 */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A Vega-Lite v5 specification as the chart builders return it: a plain, frozen JSON object that
 * any Vega-Lite renderer takes as it is (vega-embed, Jupyter's
 * `application/vnd.vegalite.v5+json` display, Observable, VS Code). Only the fields every
 * builder sets are typed; the rest is Vega-Lite's own grammar, left as JSON so that this package
 * needs no runtime dependency on `vega-lite`. Every spec has a title and a description (read out
 * by screen readers as the chart's accessible name), and its data inline under `data.values`.
 *
 * @category Charts
 */
export interface VegaLiteSpec {
  /** Always {@link VEGA_LITE_SCHEMA}. */
  readonly $schema: typeof VEGA_LITE_SCHEMA;
  /** The chart's title, with a subtitle where the builder has one. */
  readonly title: {
    /** The title's text. */
    readonly text: string;
    /** The subtitle: a note on the data, or what the chart leaves out. */
    readonly subtitle?: string | readonly string[];
  };
  /** A plain-language description of what the chart shows: its accessible name. */
  readonly description: string;
  /** The rest of the spec, in Vega-Lite's grammar (JSON values only). */
  readonly [key: string]: unknown;
}

/**
 * One row of a chart's inline data: the fields its marks encode (numbers, labels, flags), `null`
 * where a value is unknown or hidden.
 *
 * @category Charts
 */
export type ChartDatum = { readonly [field: string]: string | number | boolean | null };

/**
 * A {@link VegaLiteSpec} as the builders return it, with its inline data typed: one row per mark
 * (each builder's documentation names the fields), so a spec can be checked or post-processed
 * without casting.
 *
 * @category Charts
 */
export interface ChartSpec extends VegaLiteSpec {
  /** The chart's data, inline (Vega-Lite's `data.values`). */
  readonly data: {
    /** The rows, one per mark, in drawing order. */
    readonly values: readonly ChartDatum[];
  };
}
