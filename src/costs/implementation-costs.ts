import { z } from 'zod';
import { assertArray, showValue } from '../_lib/args.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { CompensatedSum } from '../_lib/numeric/sum.js';
import { parseMany } from '../models/parse.js';
import type { AnyStudy } from '../models/study/study.js';
import type { ValidationIssue } from '../models/validation-issue.js';
import { assertRate } from './_rate.js';

/**
 * A category of implementation cost.
 *
 * @category Implementation costs
 */
export interface CostCategory {
  /** The category's id, as cost items name it. */
  readonly id: string;
  /** How tables name it. */
  readonly label: string;
}

/**
 * The categories of the cost study that followed the 2017 evaluation (2020): staffing and
 * training, other direct costs, indirect costs, management input, ongoing costs. A study with
 * its own categories passes them to {@link implementationCosts}.
 *
 * @category Implementation costs
 * @example
 * ```ts
 * import { IMPLEMENTATION_COST_CATEGORIES } from 'sos-eval/costs';
 *
 * IMPLEMENTATION_COST_CATEGORIES.map((c) => c.id) //=> ['staffing-and-training', 'other-direct',
 * //   'indirect', 'management-input', 'ongoing']
 * ```
 */
export const IMPLEMENTATION_COST_CATEGORIES: readonly CostCategory[] = deepFreeze([
  { id: 'staffing-and-training', label: 'Staffing and training' },
  { id: 'other-direct', label: 'Other direct costs' },
  { id: 'indirect', label: 'Indirect costs' },
  { id: 'management-input', label: 'Management input' },
  { id: 'ongoing', label: 'Ongoing costs' },
]);

/**
 * One implementation cost: an amount an authority spent in a year on one category.
 *
 * @category Implementation costs
 */
export interface CostItem {
  /** The authority: a site of the study. */
  readonly pilotId: string;
  /** The year, as a whole number (a calendar or financial year's first year, `2015` for 2015/16). */
  readonly year: number;
  /** The category's id. */
  readonly category: string;
  /** The amount in pounds (a refund may be negative). */
  readonly amount: number;
  /** What it was, free text. */
  readonly description?: string;
}

/**
 * An authority's denominators: children in need and social workers, for costs per head.
 *
 * @category Implementation costs
 */
export interface AuthorityDenominators {
  /** Children in need (a count at a date the analysis names). */
  readonly childrenInNeed?: number;
  /** Social workers (headcount or full-time equivalents, as the analysis names). */
  readonly socialWorkers?: number;
}

/**
 * Options of {@link implementationCosts}.
 *
 * @category Implementation costs
 */
export interface ImplementationCostOptions {
  /** The study whose sites the items name. */
  readonly study: AnyStudy;
  /** Annual discount rate (0.035 for 3.5%); required, so the rate is always the analysis's own. */
  readonly discountRate: number;
  /** The year amounts are discounted to (year 0); default the earliest year of the items. */
  readonly baseYear?: number;
  /** The categories; default {@link IMPLEMENTATION_COST_CATEGORIES}. */
  readonly categories?: readonly CostCategory[];
  /** Children in need and social workers by site id, for costs per head. */
  readonly denominators?: Readonly<Record<string, AuthorityDenominators>>;
}

/**
 * One authority's implementation costs.
 *
 * @category Implementation costs
 */
export interface ImplementationCostRow {
  /** The authority (`'all'` for the total row). */
  readonly pilotId: string;
  /** Undiscounted amount by category id (every category, 0 where none). */
  readonly byCategory: Readonly<Record<string, number>>;
  /** Undiscounted amount by year. */
  readonly byYear: Readonly<Record<string, number>>;
  /** Undiscounted total. */
  readonly total: number;
  /** Present value at the base year: Σ amount / (1 + rate)^(year − base year). */
  readonly presentValue: number;
  /** Present value per child in need; NaN without the denominator. */
  readonly perChildInNeed: number;
  /** Present value per social worker; NaN without the denominator. */
  readonly perSocialWorker: number;
}

/**
 * What {@link implementationCosts} returns.
 *
 * @category Implementation costs
 */
export interface ImplementationCosts {
  /** One row per authority with items (study order), then a row `'all'` for the total. */
  readonly rows: readonly ImplementationCostRow[];
  /** The base year and rate used. */
  readonly baseYear: number;
  /** The discount rate used. */
  readonly discountRate: number;
  /** Items rejected (unknown site or category, a bad amount or year), with their row. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Implementation costs by authority: each site's items summed by category and by year, their
 * undiscounted total and present value at the base year (discounted at the rate the analysis
 * gives), and the present value per child in need and per social worker. Items that are not
 * valid (an unknown site or category, a year that is not a whole number, an amount that is not a
 * finite number) are issues, never throws; the rest are kept.
 *
 * @throws RangeError or TypeError naming a broken option.
 * @category Implementation costs
 * @example
 * ```ts
 * import { implementationCosts } from 'sos-eval/costs';
 * import { defineStudy } from 'sos-eval/models';
 *
 * const study = defineStudy({
 *   id: 'synthetic', title: 'Synthetic', pilots: [{ id: 'north', name: 'North' }],
 *   cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
 *   waves: [{ id: 'T1', label: 'Time 1' }, { id: 'T2', label: 'Time 2' }], tools: [{ id: 'mapping', name: 'Mapping' }],
 * });
 * // Synthetic amounts.
 * const costs = implementationCosts(
 *   [
 *     { pilotId: 'north', year: 2015, category: 'staffing-and-training', amount: 100000 },
 *     { pilotId: 'north', year: 2016, category: 'ongoing', amount: 51750 },
 *   ],
 *   { study, discountRate: 0.035, denominators: { north: { childrenInNeed: 1500, socialWorkers: 150 } } },
 * );
 * // 100000 + 51750 / 1.035 = 150000
 * costs.rows[0].presentValue //=> 150000
 * costs.rows[0].perSocialWorker //=> 1000
 * ```
 */
export function implementationCosts(
  items: readonly unknown[],
  options: ImplementationCostOptions,
): ImplementationCosts {
  assertArray('items', items);
  const study = options?.study;
  if (study === null || typeof study !== 'object' || !Array.isArray(study.ids?.pilots))
    throw new TypeError(
      `options.study must be a study made by defineStudy, got ${showValue(study)}`,
    );
  assertRate('options.discountRate', options.discountRate);
  const categories = options.categories ?? IMPLEMENTATION_COST_CATEGORIES;
  assertArray('options.categories', categories);
  const categoryIds = categories.map((c, i) => {
    if (typeof c?.id !== 'string' || c.id === '')
      throw new TypeError(`options.categories[${i}].id must be a non-empty string`);
    return c.id;
  });
  const pilots = new Set(study.ids.pilots);
  const known = new Set(categoryIds);
  const schema = z
    .strictObject({
      pilotId: z.string(),
      year: z.number().int(),
      category: z.string(),
      amount: z.number().refine(Number.isFinite, 'must be a finite number'),
      description: z.string().optional(),
    })
    .superRefine((item, ctx) => {
      if (!pilots.has(item.pilotId))
        ctx.addIssue({
          code: 'custom',
          params: { code: 'unknown_pilot' },
          path: ['pilotId'],
          message: `${JSON.stringify(item.pilotId)} is not a site of study ${JSON.stringify(study.id)}`,
        });
      if (!known.has(item.category))
        ctx.addIssue({
          code: 'custom',
          params: { code: 'unknown_category' },
          path: ['category'],
          message: `${JSON.stringify(item.category)} is not a cost category (${categoryIds.join(', ')})`,
        });
    });
  const parsed = parseMany(schema, items);
  const baseYear =
    options.baseYear ?? parsed.rows.reduce((m, r) => Math.min(m, r.year), Number.POSITIVE_INFINITY);
  if (options.baseYear !== undefined && !Number.isInteger(options.baseYear))
    throw new RangeError(
      `options.baseYear must be a whole number, got ${showValue(options.baseYear)}`,
    );
  const rate = options.discountRate;
  const denominators = options.denominators ?? {};

  const build = (pilotId: string, rows: readonly CostItem[]): ImplementationCostRow => {
    const total_ = (key: keyof AuthorityDenominators): number | undefined => {
      let t = 0;
      for (const x of Object.values(denominators)) t += x[key] ?? Number.NaN;
      return t;
    };
    const byCategory: Record<string, CompensatedSum> = {};
    for (const id of categoryIds) byCategory[id] = new CompensatedSum();
    const byYear = new Map<number, CompensatedSum>();
    const total = new CompensatedSum();
    const pv = new CompensatedSum();
    for (const r of rows) {
      byCategory[r.category]!.add(r.amount);
      const y = byYear.get(r.year) ?? new CompensatedSum();
      y.add(r.amount);
      byYear.set(r.year, y);
      total.add(r.amount);
      pv.add(r.amount / (1 + rate) ** (r.year - baseYear));
    }
    // The 'all' row divides by the sum of every site's denominators given (NaN if one lacks it).
    const d: AuthorityDenominators =
      pilotId === 'all'
        ? { childrenInNeed: total_('childrenInNeed'), socialWorkers: total_('socialWorkers') }
        : (denominators[pilotId] ?? {});
    const per = (n: number | undefined) =>
      n === undefined || !(n > 0) ? Number.NaN : pv.value / n;
    return {
      pilotId,
      byCategory: Object.fromEntries(categoryIds.map((id) => [id, byCategory[id]!.value])),
      byYear: Object.fromEntries(
        [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([y, s]) => [String(y), s.value]),
      ),
      total: total.value,
      presentValue: pv.value,
      perChildInNeed: per(d.childrenInNeed),
      perSocialWorker: per(d.socialWorkers),
    };
  };

  const out: ImplementationCostRow[] = [];
  for (const pilotId of study.ids.pilots) {
    const own = parsed.rows.filter((r) => r.pilotId === pilotId);
    if (own.length > 0) out.push(build(pilotId, own));
  }
  out.push(build('all', parsed.rows));
  return deepFreeze({
    rows: out,
    baseYear: Number.isFinite(baseYear) ? baseYear : Number.NaN,
    discountRate: rate,
    issues: parsed.issues,
  });
}
