import { assertFinite, showValue } from '../_lib/args.js';
import { indexRatio } from './_index-ratio.js';
import type { PriceIndex } from './price-index.js';

/**
 * The lines of a unit cost on the PSSRU schema (_Unit Costs of Health and Social Care_, Personal
 * Social Services Research Unit): annual amounts in pounds per worker, and the hours they buy.
 *
 * @category Unit costs
 */
export interface UnitCostInput {
  /** Annual salary (£). */
  readonly salary: number;
  /** Salary on-costs: the employer's national insurance and pension contributions (£ a year). */
  readonly onCosts: number;
  /** Qualifications: the cost of training the worker, annuitised over a working life (£ a year). */
  readonly qualifications?: number;
  /** Overheads: management, administration and estates, direct and indirect (£ a year). */
  readonly overheads?: number;
  /** Capital overheads: buildings, land and equipment, annuitised (£ a year). */
  readonly capital?: number;
  /** Travel (£ a year). */
  readonly travel?: number;
  /** Working hours a year (after leave, bank holidays, training and sickness), > 0. */
  readonly hoursPerYear: number;
  /** Hours of indirect work (recording, meetings, travel) per hour of client-related work, ≥ 0. */
  readonly indirectPerDirect?: number;
  /** The price year of the amounts (`'2013/14'`), so {@link upliftUnitCost} can move them. */
  readonly priceYear?: string;
}

/**
 * A unit cost made by {@link defineUnitCost}: its lines, their total and the costs per hour.
 * Amounts are unrounded pounds; round for display with {@link roundPence}.
 *
 * @category Unit costs
 */
export interface UnitCost {
  /** The annual amounts, each line as given (0 where left out). */
  readonly lines: {
    /** Salary. */
    readonly salary: number;
    /** Salary on-costs. */
    readonly onCosts: number;
    /** Qualifications. */
    readonly qualifications: number;
    /** Overheads. */
    readonly overheads: number;
    /** Capital overheads. */
    readonly capital: number;
    /** Travel. */
    readonly travel: number;
  };
  /** Working hours a year. */
  readonly hoursPerYear: number;
  /** Hours of indirect work per hour of client-related work. */
  readonly indirectPerDirect: number;
  /** The price year, when given. */
  readonly priceYear?: string;
  /** The annual total: the sum of the lines (£). */
  readonly total: number;
  /** Cost per working hour: total ÷ hours a year (£). */
  readonly costPerHour: number;
  /** Cost per hour of client-related work: cost per hour × (1 + indirect per direct) (£). */
  readonly costPerClientHour: number;
}

const LINES = ['salary', 'onCosts', 'qualifications', 'overheads', 'capital', 'travel'] as const;

/**
 * A unit cost on the PSSRU schema: the annual lines (salary, on-costs, qualifications,
 * overheads, capital, travel) summed, divided by the working hours a year for the cost per hour,
 * and scaled by 1 + the hours of indirect work per hour of client-related work for the cost per
 * client-related hour (the PSSRU "ratio of direct to indirect time"). No figures are built in:
 * the PSSRU volumes publish them each year, with their sources.
 *
 * @throws RangeError or TypeError naming the argument: an amount that is not a finite number ≥ 0,
 * hours that are not > 0, a ratio below 0.
 * @category Unit costs
 * @example
 * ```ts
 * import { defineUnitCost, roundPence } from 'sos-eval/costs';
 *
 * // Illustrative lines, not published figures.
 * const worker = defineUnitCost({
 *   salary: 30000, onCosts: 8000, qualifications: 2500, overheads: 12000, capital: 1500,
 *   travel: 700, hoursPerYear: 1520, indirectPerDirect: 0.375, priceYear: '2016/17',
 * });
 * worker.total //=> 54700
 * roundPence(worker.costPerHour) //=> 35.99
 * roundPence(worker.costPerClientHour) //=> 49.48
 * ```
 */
export function defineUnitCost(input: UnitCostInput): UnitCost {
  if (input === null || typeof input !== 'object')
    throw new TypeError(`input must be an object of unit cost lines, got ${showValue(input)}`);
  const lines = {} as Record<(typeof LINES)[number], number>;
  for (const name of LINES) {
    const value = input[name] ?? (name === 'salary' || name === 'onCosts' ? undefined : 0);
    assertFinite(`input.${name}`, value);
    if (value < 0) throw new RangeError(`input.${name} must be ≥ 0 (£ a year), got ${value}`);
    lines[name] = value;
  }
  assertFinite('input.hoursPerYear', input.hoursPerYear);
  if (!(input.hoursPerYear > 0))
    throw new RangeError(`input.hoursPerYear must be > 0, got ${input.hoursPerYear}`);
  const ratio = input.indirectPerDirect ?? 0;
  assertFinite('input.indirectPerDirect', ratio);
  if (ratio < 0) throw new RangeError(`input.indirectPerDirect must be ≥ 0, got ${ratio}`);
  if (input.priceYear !== undefined && typeof input.priceYear !== 'string')
    throw new TypeError(`input.priceYear must be a string, got ${showValue(input.priceYear)}`);
  return build(lines, input.hoursPerYear, ratio, input.priceYear);
}

function build(
  lines: Record<(typeof LINES)[number], number>,
  hoursPerYear: number,
  indirectPerDirect: number,
  priceYear: string | undefined,
): UnitCost {
  // Summed in the schema's order, left to right: six amounts in pounds, exact to well below a penny.
  let total = 0;
  for (const name of LINES) total += lines[name];
  const costPerHour = total / hoursPerYear;
  return Object.freeze({
    lines: Object.freeze({ ...lines }),
    hoursPerYear,
    indirectPerDirect,
    ...(priceYear === undefined ? {} : { priceYear }),
    total,
    costPerHour,
    costPerClientHour: costPerHour * (1 + indirectPerDirect),
  });
}

/**
 * A unit cost moved to another price year: every line multiplied by index[to] ÷ index[from]
 * (hours and the indirect ratio unchanged). `from` defaults to the unit cost's own price year.
 *
 * @throws RangeError when the price year is unknown or missing from the index.
 * @category Unit costs
 * @example
 * ```ts
 * import { defineUnitCost, upliftUnitCost } from 'sos-eval/costs';
 *
 * // New Economy's unit cost of a social worker, £40 an hour and £55 per client-related hour at
 * // 2013/14 prices, as an hourly rate (1 hour a year); the index here is illustrative.
 * const sw = defineUnitCost({ salary: 40, onCosts: 0, hoursPerYear: 1, indirectPerDirect: 0.375, priceYear: '2013/14' });
 * sw.costPerClientHour //=> 55
 * const later = upliftUnitCost(sw, { to: '2016/17', index: { '2013/14': 100, '2016/17': 105 } });
 * later.costPerHour //=> 42
 * later.priceYear //=> '2016/17'
 * ```
 */
export function upliftUnitCost(
  unit: UnitCost,
  options: {
    /** The price year wanted. */
    readonly to: string;
    /** The unit cost's price year, if it does not carry one. */
    readonly from?: string;
    /** The index, by price year. */
    readonly index: PriceIndex;
  },
): UnitCost {
  const from = options?.from ?? unit?.priceYear;
  if (typeof from !== 'string')
    throw new RangeError('options.from must name the price year (the unit cost carries none)');
  const ratio = indexRatio({ from, to: options.to, index: options.index });
  const lines = {} as Record<(typeof LINES)[number], number>;
  for (const name of LINES) lines[name] = unit.lines[name] * ratio;
  return build(lines, unit.hoursPerYear, unit.indirectPerDirect, options.to);
}
