import { assertArray, showValue } from '../_lib/args.js';
import type { CinIndicatorId, CinIndicatorRow } from '../admin/cin-indicators.js';
import type { ProtectedRow } from '../disclosure/protect-table.js';
import type { ChartOptions } from './chart-options.js';
import { CATEGORICAL_COLOURS } from './palettes.js';
import { isSuppressed } from './_hidden.js';
import { assertRecord, finishSpec, prose, readChartOptions, readLabels, show } from './_spec.js';
import type { ChartSpec } from './vega-lite-spec.js';

/**
 * Options for {@link indicatorChart}.
 *
 * @category Charts
 */
export interface IndicatorChartOptions extends ChartOptions {
  /** The indicator to draw (rows of other indicators are left out). */
  readonly indicator: CinIndicatorId;
  /**
   * The reporting year each authority (or group) adopted the practice framework, by the rows'
   * `group`: its points from that year on are drawn filled, earlier ones hollow, and the
   * adoption year is named in its label.
   */
  readonly adoption?: Readonly<Record<string, number>>;
  /** Labels of the groups (authority codes, group names, pilot ids), where the codes do not suit. */
  readonly groupLabels?: Readonly<Record<string, string>>;
  /** Title of the y axis (default the indicator's id and how to read it). */
  readonly yTitle?: string;
}

const READING: Readonly<Record<CinIndicatorRow['measure'], string>> = {
  count: 'count',
  proportion: 'per cent',
  working_days: 'working days',
  rate_per_10000: 'per 10,000 children',
};

/**
 * A time series of one indicator from `sos-eval/admin`'s `cinIndicators` (children in need
 * census), one line per authority or group over the reporting years, with the Wilson interval as
 * a band for proportions (drawn in per cent). Points from the year an authority adopted the
 * framework on (`options.adoption`) are filled, earlier ones hollow. Lines differ in colour and
 * dash pattern ({@link CATEGORICAL_COLOURS}). A year whose value is unknown, or hidden by
 * `sos-eval/disclosure` (`suppressed` 'primary' or 'secondary', the value replaced by a symbol),
 * is a gap in its line — never a zero — and is named in the subtitle and description.
 *
 * @param rows - {@link CinIndicatorRow}s (a result's `rows`), or the same rows protected by
 *   `protectTable`.
 * @param options - {@link IndicatorChartOptions}: `indicator` (required), adoption years, group
 *   labels, y title, and the common title, subtitle, description, width, colours.
 * @returns A frozen Vega-Lite v5 spec with the data inline.
 * @throws TypeError when `rows` is not an array of rows or `options.indicator` not a string.
 * @category Charts
 * @example
 * ```ts
 * import { indicatorChart } from 'sos-eval/charts';
 *
 * // Synthetic rows: re-referrals within 12 months in one authority, 2014 to 2016; 2015 hidden.
 * const row = (year: number, value: number | null, suppressed: 'primary' | null = null) => ({
 *   year, unit: 'authority' as const, group: 'E09000001', indicator: 'rereferrals_12m' as const,
 *   measure: 'proportion' as const, numerator: null, denominator: null, value, lower: null, upper: null, suppressed,
 * });
 * const spec = indicatorChart([row(2014, 0.22), row(2015, null, 'primary'), row(2016, 0.18)], {
 *   indicator: 'rereferrals_12m', adoption: { E09000001: 2016 }, groupLabels: { E09000001: 'Northshire' },
 * });
 * spec.data.values.map((d) => [d.year, d.value]) //=> [[2014, 22], [2015, null], [2016, 18]]
 * spec.title.subtitle //=> 'Hidden to protect confidentiality (a gap, not zero): Northshire 2015.'
 * ```
 */
export function indicatorChart(
  rows: readonly (CinIndicatorRow | ProtectedRow)[],
  options: IndicatorChartOptions,
): ChartSpec {
  assertArray('rows', rows);
  if (options === null || typeof options !== 'object' || typeof options.indicator !== 'string')
    throw new TypeError(
      `options.indicator must name an indicator, got ${showValue(options?.indicator)}`,
    );
  const { indicator } = options;
  const labels = readLabels('options.groupLabels', options.groupLabels);
  const adoption = options.adoption ?? {};
  assertRecord('options.adoption', adoption);
  const label = (g: string) => (labels !== undefined && Object.hasOwn(labels, g) ? labels[g]! : g);

  let measure = 'count' as CinIndicatorRow['measure'];
  const groups: string[] = [];
  const hidden: string[] = [];
  const unknown: string[] = [];
  const values: Record<string, string | number | boolean | null>[] = [];
  rows.forEach((raw, i) => {
    assertRecord(`rows[${i}]`, raw);
    const row = raw as Partial<CinIndicatorRow> & object;
    if (row.indicator !== indicator) return;
    if (
      typeof row.year !== 'number' ||
      !Number.isInteger(row.year) ||
      typeof row.group !== 'string'
    )
      throw new TypeError(`rows[${i}] must have a whole-number year and a group string`);
    if (typeof row.measure === 'string' && row.measure in READING) measure = row.measure;
    const group = label(row.group);
    if (!groups.includes(group)) groups.push(group);
    const suppressed = isSuppressed(row);
    const finite = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
    const factor = row.measure === 'proportion' ? 100 : 1;
    const v = suppressed ? null : finite(row.value);
    if (suppressed) hidden.push(`${group} ${row.year}`);
    else if (v === null) unknown.push(`${group} ${row.year}`);
    const lower = suppressed ? null : finite(row.lower);
    const upper = suppressed ? null : finite(row.upper);
    const adopted = Object.hasOwn(adoption, row.group) ? adoption[row.group]! : null;
    const after = adopted !== null && row.year >= adopted;
    const digits = factor === 100 ? 1 : 2;
    const shown =
      v === null ? (suppressed ? 'hidden (suppressed)' : 'unknown') : show(v * factor, digits);
    values.push({
      group,
      year: row.year,
      value: v === null ? null : v * factor,
      lower: lower === null ? null : lower * factor,
      upper: upper === null ? null : upper * factor,
      adopted: after,
      label:
        `${group}, ${row.year}: ${shown}${factor === 100 && v !== null ? '%' : ''}` +
        (adopted === null
          ? ''
          : after
            ? ` (adopted ${adopted})`
            : ` (before adoption in ${adopted})`),
    });
  });
  values.sort(
    (a, b) =>
      groups.indexOf(a.group as string) - groups.indexOf(b.group as string) ||
      (a.year as number) - (b.year as number),
  );

  const o = readChartOptions(options, `${indicator.replace(/_/g, ' ')}, by year`);
  const notes: string[] = [];
  if (hidden.length > 0)
    notes.push(`Hidden to protect confidentiality (a gap, not zero): ${prose(hidden)}.`);
  if (unknown.length > 0) notes.push(`No value (a gap): ${prose(unknown)}.`);
  const note = notes.join(' ');
  const withNote = note === '' || o.subtitle !== undefined ? o : { ...o, subtitle: note };
  const colours = o.colours ?? CATEGORICAL_COLOURS;
  const domain = groups;
  const range = groups.map((_, i) => colours[i % colours.length]!);
  const dashes = [
    [1, 0],
    [6, 3],
    [2, 2],
    [8, 3, 2, 3],
    [4, 4],
    [1, 3],
  ];
  const legend = { orient: 'top', direction: 'horizontal', symbolOpacity: 1 };
  const colour = {
    field: 'group',
    type: 'nominal',
    title: null,
    sort: groups,
    scale: { domain, range },
    legend,
  };
  const yTitle = options.yTitle ?? `${indicator.replace(/_/g, ' ')} (${READING[measure]})`;
  if (typeof yTitle !== 'string')
    throw new TypeError(`options.yTitle must be a string, got ${showValue(yTitle)}`);
  const x = {
    field: 'year',
    type: 'ordinal',
    title: 'Reporting year (to 31 March)',
    axis: { labelAngle: 0 },
  };
  const y = {
    field: 'value',
    type: 'quantitative',
    title: yTitle,
    scale: { zero: measure !== 'working_days' },
  };
  const tooltip = [{ field: 'label', type: 'nominal', title: 'Value' }];
  const adoptionNote =
    Object.keys(adoption).length > 0 ? ' Filled points: from the year of adoption.' : '';
  const description =
    `Line chart of ${indicator.replace(/_/g, ' ')} (${READING[measure]}) by reporting year, one line per ` +
    `${prose(groups)}${measure === 'proportion' ? ', with 95% Wilson intervals as bands' : ''}.${adoptionNote}` +
    (note === '' ? '' : ` ${note}`);
  return finishSpec(withNote, description, {
    data: { values },
    width: o.width,
    height: 280,
    encoding: { x, color: colour },
    layer: [
      ...(measure === 'proportion'
        ? [
            {
              mark: { type: 'area', opacity: 0.15, invalid: 'break-paths-filter-domains' },
              encoding: { y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } },
            },
          ]
        : []),
      {
        mark: { type: 'line', strokeWidth: 2, invalid: 'break-paths-filter-domains' },
        encoding: {
          y,
          strokeDash: {
            field: 'group',
            type: 'nominal',
            title: null,
            sort: groups,
            legend,
            scale: { domain, range: groups.map((_, i) => dashes[i % dashes.length]!) },
          },
        },
      },
      {
        mark: { type: 'point', size: 60, strokeWidth: 2, opacity: 1 },
        encoding: {
          y,
          fill: {
            condition: {
              test: 'datum.adopted',
              field: 'group',
              type: 'nominal',
              scale: { domain, range },
              title: null,
              sort: groups,
              legend,
            },
            value: '#ffffff',
          },
          tooltip,
          description: { field: 'label', type: 'nominal' },
        },
      },
    ],
  }) as ChartSpec;
}
