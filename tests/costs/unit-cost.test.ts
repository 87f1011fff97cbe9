import { describe, expect, it } from 'vitest';
import { defineUnitCost, roundPence, upliftPrice, upliftUnitCost } from 'sos-eval/costs';

describe('defineUnitCost: a PSSRU-style unit cost, line by line, to the penny', () => {
  // Illustrative lines (not published figures), worked by hand:
  //   salary 31,250.00 + on-costs 8,437.50 (27% of salary) + qualifications 2,816.00
  //   + overheads 11,875.00 + capital 1,622.00 + travel 604.00 = 56,604.50 a year.
  //   Hours a year 1,548 → 56,604.50 / 1,548 = 36.5662144… → £36.57 an hour.
  //   Indirect per direct 0.38 → 36.5662144… × 1.38 = 50.4613759… → £50.46 per client hour.
  const unit = defineUnitCost({
    salary: 31250,
    onCosts: 8437.5,
    qualifications: 2816,
    overheads: 11875,
    capital: 1622,
    travel: 604,
    hoursPerYear: 1548,
    indirectPerDirect: 0.38,
    priceYear: '2015/16',
  });

  it('sums the lines', () => {
    expect(unit.total).toBe(56604.5);
    expect(unit.lines).toEqual({
      salary: 31250,
      onCosts: 8437.5,
      qualifications: 2816,
      overheads: 11875,
      capital: 1622,
      travel: 604,
    });
  });
  it('divides by the hours, then scales by 1 + indirect per direct', () => {
    expect(unit.costPerHour).toBeCloseTo(56604.5 / 1548, 12);
    expect(roundPence(unit.costPerHour)).toBe(36.57);
    expect(unit.costPerClientHour).toBeCloseTo((56604.5 / 1548) * 1.38, 12);
    expect(roundPence(unit.costPerClientHour)).toBe(50.46);
    expect(Object.isFrozen(unit)).toBe(true);
  });
  it("reproduces New Economy's £40 and £55 (2013/14 prices) from an hourly rate", () => {
    // £55 / £40 = 1.375: 0.375 hours of indirect work per client-related hour.
    const ne = defineUnitCost({
      salary: 40,
      onCosts: 0,
      hoursPerYear: 1,
      indirectPerDirect: 0.375,
    });
    expect(ne.costPerHour).toBe(40);
    expect(ne.costPerClientHour).toBe(55);
  });
  it('leaves out optional lines as 0 and refuses broken ones by name', () => {
    expect(defineUnitCost({ salary: 100, onCosts: 20, hoursPerYear: 10 }).costPerClientHour).toBe(
      12,
    );
    expect(() => defineUnitCost({ salary: -1, onCosts: 0, hoursPerYear: 1 })).toThrow(
      'input.salary must be ≥ 0 (£ a year), got -1',
    );
    expect(() => defineUnitCost({ salary: 1, onCosts: 0, hoursPerYear: 0 })).toThrow(
      'input.hoursPerYear must be > 0, got 0',
    );
    expect(() =>
      defineUnitCost({ salary: 1, onCosts: 0, hoursPerYear: 1, travel: Number.NaN }),
    ).toThrow(/input\.travel must be a finite number/);
    expect(() => defineUnitCost({ salary: 1, hoursPerYear: 1 } as never)).toThrow(/input\.onCosts/);
  });
});

describe('price-year uplift by a user-given index', () => {
  // Illustrative index values: 250 → 262.5 is a 5% rise.
  const index = { '2013/14': 250, '2016/17': 262.5 };
  it('multiplies by index[to] / index[from]', () => {
    expect(upliftPrice(40, { from: '2013/14', to: '2016/17', index })).toBeCloseTo(42, 12);
    expect(upliftPrice(42, { from: '2016/17', to: '2013/14', index })).toBeCloseTo(40, 12);
  });
  it('moves every line of a unit cost and keeps hours and ratio', () => {
    const unit = defineUnitCost({
      salary: 20000,
      onCosts: 5000,
      hoursPerYear: 1000,
      indirectPerDirect: 0.5,
      priceYear: '2013/14',
    });
    const moved = upliftUnitCost(unit, { to: '2016/17', index });
    expect(moved.total).toBeCloseTo(26250, 9);
    expect(moved.costPerHour).toBeCloseTo(26.25, 12);
    expect(moved.costPerClientHour).toBeCloseTo(39.375, 12);
    expect(moved.priceYear).toBe('2016/17');
    expect(moved.hoursPerYear).toBe(1000);
  });
  it('names a price year missing from the index', () => {
    expect(() => upliftPrice(1, { from: '2013/14', to: '2020/21', index })).toThrow(
      'options.index must give a positive number for price year "2020/21" (options.to), got undefined',
    );
    const noYear = defineUnitCost({ salary: 1, onCosts: 0, hoursPerYear: 1 });
    expect(() => upliftUnitCost(noYear, { to: '2016/17', index })).toThrow(/options\.from/);
  });
});

describe('roundPence: half away from zero, at output only', () => {
  it.each([
    [0.125, 0.13],
    [-0.125, -0.13],
    [0.135, 0.14], // stored as 0.13500000000000000888…, still the half penny
    [1.005, 1.01], // stored as 1.00499999999999989…: read as the half penny it was written as
    [2.675, 2.68],
    [1.0049, 1],
    [-0.001, 0],
    [123456.785, 123456.79],
    [0, 0],
  ])('%d → %d', (x, expected) => {
    expect(roundPence(x)).toBe(expected);
  });
  it('keeps non-finite values', () => {
    expect(roundPence(Number.NaN)).toBeNaN();
    expect(roundPence(Infinity)).toBe(Infinity);
  });
});
