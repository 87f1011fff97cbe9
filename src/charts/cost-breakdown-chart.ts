import { showValue } from '../_lib/args.js';
import {
  IMPLEMENTATION_COST_CATEGORIES,
  type CostCategory,
  type ImplementationCosts,
} from '../costs/implementation-costs.js';
import type { AnyStudy } from '../models/study/study.js';
import type { ChartOptions } from './chart-options.js';
import { CATEGORICAL_COLOURS } from './palettes.js';
import { assertRecord, finishSpec, prose, readChartOptions, readStudy } from './_spec.js';
import type { ChartSpec } from './vega-lite-spec.js';

/**
 * Options for {@link costBreakdownChart}.
 *
 * @category Charts
 */
export interface CostBreakdownChartOptions extends ChartOptions {
  /** The study: its sites' names label the bars. */
  readonly study: AnyStudy;
  /** The cost categories, in order (default the 2020 evaluation's, {@link IMPLEMENTATION_COST_CATEGORIES}). */
  readonly categories?: readonly CostCategory[];
  /** Draw the row for all authorities together (default false: one bar per authority). */
  readonly includeTotal?: boolean;
  /** The currency symbol in labels (default £). */
  readonly currency?: string;
}

// Thousands separated by commas, whatever the machine's locale.
const money = (x: number, currency: string) =>
  `${currency}${String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/**
 * A cost breakdown from `sos-eval/costs`' `implementationCosts`: one horizontal bar per
 * authority (named from the study), split into the cost categories in their order, each segment
 * the undiscounted amount; its label gives the amount and its share of the authority's total, and
 * the bar's label the total and present value. Categories take the colour-blind-safe
 * {@link CATEGORICAL_COLOURS} and are separated by white lines; a category with no spending is
 * simply absent from a bar.
 *
 * @param costs - The result of `implementationCosts`.
 * @param options - {@link CostBreakdownChartOptions}: `study` (required), categories,
 *   includeTotal, currency, and the common title, subtitle, description, width, colours.
 * @returns A frozen Vega-Lite v5 spec with the data inline.
 * @throws TypeError when `costs` is not an implementationCosts result or `options.study` not a study.
 * @category Charts
 * @example
 * ```ts
 * import { costBreakdownChart } from 'sos-eval/charts';
 * import { implementationCosts } from 'sos-eval/costs';
 * import { SOS_2017 } from 'sos-eval/reference';
 *
 * // Synthetic costs of one authority.
 * const costs = implementationCosts(
 *   [
 *     { pilotId: 'norfolk', year: 2015, category: 'staffing-and-training', amount: 30000 },
 *     { pilotId: 'norfolk', year: 2015, category: 'indirect', amount: 10000 },
 *   ],
 *   { study: SOS_2017, discountRate: 0.035 },
 * );
 * const spec = costBreakdownChart(costs, { study: SOS_2017 });
 * spec.data.values.map((d) => d.label) //=> ['Norfolk, Staffing and training: £30,000 (75% of £40,000)', 'Norfolk, Indirect costs: £10,000 (25% of £40,000)']
 * ```
 */
export function costBreakdownChart(
  costs: ImplementationCosts,
  options: CostBreakdownChartOptions,
): ChartSpec {
  assertRecord('costs', costs);
  if (!Array.isArray(costs.rows))
    throw new TypeError(`costs must be an implementationCosts result, got ${showValue(costs)}`);
  const study = readStudy(options ?? {});
  const o = readChartOptions(options, 'Implementation costs by authority and category');
  const categories = options.categories ?? IMPLEMENTATION_COST_CATEGORIES;
  const currency = options.currency ?? '£';
  if (typeof currency !== 'string')
    throw new TypeError(`options.currency must be a string, got ${showValue(currency)}`);
  const name = (id: string) => (id === 'all' ? 'All authorities' : (study.pilot(id)?.name ?? id));
  const rows = costs.rows.filter((r) => options.includeTotal === true || r.pilotId !== 'all');
  const bars = rows.map((r) => name(r.pilotId));
  const values = rows.flatMap((r, i) => {
    assertRecord(`costs.rows[${i}]`, r);
    return categories.flatMap((c, k) => {
      const amount = r.byCategory?.[c.id];
      if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) return [];
      const share = r.total > 0 ? Math.round((100 * amount) / r.total) : 0;
      return [
        {
          authority: name(r.pilotId),
          category: c.label,
          order: k,
          amount,
          total: r.total,
          presentValue: r.presentValue,
          label: `${name(r.pilotId)}, ${c.label}: ${money(amount, currency)} (${share}% of ${money(r.total, currency)})`,
        },
      ];
    });
  });
  const colours = o.colours ?? CATEGORICAL_COLOURS;
  const labels = categories.map((c) => c.label);
  const description =
    `Stacked bars of implementation costs (undiscounted) for ${prose(bars)}, split by ${prose(labels)}. ` +
    `Each segment's label gives its amount and share of the authority's total (base year ${costs.baseYear}, discount rate ${costs.discountRate * 100}%).`;
  return finishSpec(o, description, {
    data: { values },
    width: o.width,
    height: { step: 24 },
    mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 1 },
    encoding: {
      y: { field: 'authority', type: 'nominal', sort: bars, title: null },
      x: {
        field: 'amount',
        type: 'quantitative',
        stack: 'zero',
        title: `Cost (${currency}, undiscounted)`,
        axis: { format: ',.0f' },
      },
      color: {
        field: 'category',
        type: 'nominal',
        title: null,
        sort: labels,
        scale: { domain: labels, range: labels.map((_, i) => colours[i % colours.length]!) },
        legend: { orient: 'top', direction: 'horizontal', columns: 3 },
      },
      order: { field: 'order', type: 'ordinal' },
      tooltip: [{ field: 'label', type: 'nominal', title: 'Cost' }],
      description: { field: 'label', type: 'nominal' },
    },
  }) as ChartSpec;
}
