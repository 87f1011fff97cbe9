import { assertArray, assertCount, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import type { AnyStudy } from '../models/study/study.js';
import type { ChartOptions } from './chart-options.js';
import { VEGA_LITE_SCHEMA, type JsonValue, type VegaLiteSpec } from './vega-lite-spec.js';

/** @internal Chart options with the defaults filled in. */
export interface ResolvedChartOptions {
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly description: string | undefined;
  readonly width: number;
  readonly colours: readonly string[] | undefined;
}

/** @internal Checks the options every builder shares and fills in the defaults. */
export function readChartOptions(options: unknown, defaultTitle: string): ResolvedChartOptions {
  if (options === null || typeof options !== 'object')
    throw new TypeError(`options must be an object, got ${showValue(options)}`);
  const o = options as ChartOptions;
  const text = (name: keyof ChartOptions): string | undefined => {
    const v = o[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.trim() === '')
      throw new TypeError(`options.${name} must be a non-empty string, got ${showValue(v)}`);
    return v;
  };
  const width = o.width ?? 480;
  assertCount('options.width', width);
  if (width < 100 || width > 4000)
    throw new RangeError(`options.width must be from 100 to 4000 pixels, got ${width}`);
  let colours: readonly string[] | undefined;
  if (o.colours !== undefined) {
    assertArray('options.colours', o.colours);
    o.colours.forEach((c, i) => {
      if (typeof c !== 'string' || c.trim() === '')
        throw new TypeError(`options.colours[${i}] must be a CSS colour, got ${showValue(c)}`);
    });
    if (o.colours.length === 0)
      throw new RangeError('options.colours must list at least one colour, got an empty array');
    colours = [...o.colours];
  }
  return {
    title: text('title') ?? defaultTitle,
    subtitle: text('subtitle'),
    description: text('description'),
    width,
    colours,
  };
}

/** @internal Checks `options.study` is a study made by defineStudy. */
export function readStudy(options: { readonly study?: unknown }): AnyStudy {
  const { study } = options;
  if (
    study === null ||
    typeof study !== 'object' ||
    !Array.isArray((study as AnyStudy).tools) ||
    typeof (study as AnyStudy).tool !== 'function'
  )
    throw new TypeError(
      `options.study must be a study made by defineStudy, got ${showValue(study)}`,
    );
  return study as AnyStudy;
}

/**
 * @internal A group's label from the study: a grouping's level, a site, a wave or a cohort by its
 * id, `overall` as "All"; otherwise the name itself. `labels` (the caller's own) win.
 */
export function groupLabeller(
  study: AnyStudy,
  labels: Readonly<Record<string, string>> | undefined,
  overall: string,
): (group: string) => string {
  const known = new Map<string, string>();
  for (const c of study.cohorts) known.set(c.id, c.label);
  for (const w of study.waves) known.set(w.id, w.label);
  for (const p of study.pilots) known.set(p.id, p.name);
  for (const g of study.groupings) for (const l of g.levels) known.set(l.id, l.label);
  known.set('overall', overall);
  return (group) =>
    (labels !== undefined && Object.hasOwn(labels, group) ? labels[group] : undefined) ??
    known.get(group) ??
    group;
}

/** @internal Checks an optional map of labels. */
export function readLabels(
  name: string,
  labels: unknown,
): Readonly<Record<string, string>> | undefined {
  if (labels === undefined) return undefined;
  if (labels === null || typeof labels !== 'object' || Array.isArray(labels))
    throw new TypeError(`${name} must be an object of labels, got ${showValue(labels)}`);
  for (const [k, v] of Object.entries(labels))
    if (typeof v !== 'string')
      throw new TypeError(`${name}.${k} must be a string, got ${showValue(v)}`);
  return labels as Readonly<Record<string, string>>;
}

/** @internal Throws a TypeError naming `name` unless `value` is a non-null object. */
export function assertRecord<T>(name: string, value: T): asserts value is T & object {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new TypeError(`${name} must be an object, got ${showValue(value)}`);
}

/** @internal A finite number or null; anything else throws naming the field. */
export function numberOrNull(name: string, value: unknown): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new TypeError(`${name} must be a finite number or null, got ${showValue(value)}`);
  return value;
}

// Type sizes and limits chosen so that labels fit the report's charts without overlapping: axis
// labels are truncated with an ellipsis (their full text is in the tooltip and the description).
const CONFIG: JsonValue = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  title: { fontSize: 15, anchor: 'start', subtitleFontSize: 12, subtitleColor: '#333333' },
  axis: {
    labelFontSize: 12,
    titleFontSize: 12,
    labelColor: '#222222',
    titleColor: '#222222',
    labelLimit: 300,
    labelOverlap: true,
  },
  header: { labelFontSize: 12, labelLimit: 300, titleFontSize: 12 },
  legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 240 },
  view: { stroke: null },
};

/** @internal The finished spec: schema, title, description and config, frozen. */
export function finishSpec(
  o: ResolvedChartOptions,
  description: string,
  body: object,
): VegaLiteSpec {
  const subtitle = o.subtitle;
  return deepFreeze<VegaLiteSpec>({
    $schema: VEGA_LITE_SCHEMA,
    title: subtitle === undefined ? { text: o.title } : { text: o.title, subtitle },
    description: o.description ?? description,
    ...body,
    config: CONFIG,
  });
}

/** @internal A number as the charts print it: at most `digits` decimals, no trailing zeros. */
export function show(x: number, digits = 1): string {
  return String(Number(x.toFixed(digits)));
}

/** @internal A list in prose: "a, b and c". */
export function prose(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
