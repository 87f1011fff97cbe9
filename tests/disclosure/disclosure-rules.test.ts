import { describe, expect, it } from 'vitest';
import {
  DFE_CHILDREN_IN_NEED_RULES,
  DISCLOSURE_PRESETS,
  GSS_STYLE_RULES,
  defineDisclosureRules,
  protectTable,
} from 'sos-eval/disclosure';

describe('defineDisclosureRules', () => {
  it('fills in the defaults from minCount alone, frozen', () => {
    const rules = defineDisclosureRules({ minCount: 5 });
    expect(rules).toEqual({
      name: 'custom',
      minCount: 5,
      suppressZeros: false,
      dominance: null,
      rounding: null,
      secondary: { method: 'hypercube', protection: 1 },
      symbols: { primary: 'c', secondary: 'c', low: null },
    });
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules.symbols)).toBe(true);
  });

  it('gives back an equal object for its own output and for every preset', () => {
    for (const preset of [DFE_CHILDREN_IN_NEED_RULES, GSS_STYLE_RULES]) {
      expect(defineDisclosureRules(preset)).toEqual(preset);
      expect(defineDisclosureRules({ ...preset })).toEqual(preset);
    }
    expect(DISCLOSURE_PRESETS.gss).toBe(GSS_STYLE_RULES);
  });

  it('turns secondary suppression off with false or null', () => {
    expect(defineDisclosureRules({ minCount: 3, secondary: false }).secondary).toBeNull();
    expect(defineDisclosureRules({ minCount: 3, secondary: null }).secondary).toBeNull();
    expect(defineDisclosureRules({ minCount: 3, secondary: { protection: 4 } }).secondary).toEqual({
      method: 'hypercube',
      protection: 4,
    });
  });

  it.each([
    [{ minCount: 0 }, 'rules.minCount must be a whole number ≥ 1, got 0'],
    [{ minCount: 5, suppressZeros: 'yes' }, 'rules.suppressZeros must be true or false, got "yes"'],
    [
      { minCount: 5, dominance: { n: 0, k: 80 } },
      'rules.dominance.n must be a whole number ≥ 1, got 0',
    ],
    [
      { minCount: 5, dominance: { n: 1, k: 120 } },
      'rules.dominance.k must be a percentage above 0 and at most 100, got 120',
    ],
    [
      { minCount: 5, rounding: { base: 1 } },
      'rules.rounding.base must be a whole number ≥ 2, got 1',
    ],
    [
      { minCount: 5, rounding: { base: 5, cells: 'some' } },
      "rules.rounding.cells must be 'all' or 'totals', got \"some\"",
    ],
    [
      { minCount: 5, secondary: { method: 'lp' } },
      'rules.secondary.method must be \'hypercube\', got "lp"',
    ],
    [
      { minCount: 5, secondary: { protection: 0 } },
      'rules.secondary.protection must be a whole number ≥ 1, got 0',
    ],
    [
      { minCount: 5, symbols: { primary: '' } },
      'rules.symbols.primary must be a non-empty string without edge spaces, got ""',
    ],
    [
      { minCount: 5, symbols: { primary: '5' } },
      'rules.symbols.primary must be a symbol that cannot be read as a number, got "5"',
    ],
    [{ minCount: 5, threshold: 3 }, 'rules.threshold must be one of'],
  ])('refuses %j, naming the field', (input, message) => {
    expect(() => defineDisclosureRules(input as never)).toThrow(RangeError);
    expect(() => defineDisclosureRules(input as never)).toThrow(message);
  });

  it('refuses a non-object with a TypeError', () => {
    expect(() => defineDisclosureRules(5 as never)).toThrow(TypeError);
  });
});

describe('protectTable: the tables option', () => {
  const rows = [
    { a: 'p', b: 'u', c: 'x', n: 10 },
    { a: 'q', b: 'u', c: 'x', n: 12 },
  ];
  it('names bad tables in its errors', () => {
    const base = { rules: { minCount: 3 }, dimensions: ['a', 'b', 'c'], value: 'n' };
    expect(() => protectTable(rows, { ...base, tables: [] })).toThrow(
      /options.tables must be a non-empty array/,
    );
    expect(() => protectTable(rows, { ...base, tables: [['a', 'z']] })).toThrow(
      'options.tables[0] must name dimensions of options.dimensions, got "z"',
    );
    expect(() => protectTable(rows, { ...base, tables: [['a']], margins: false })).toThrow(
      /options.tables needs options.margins/,
    );
  });

  it('returns only the cells of the tables asked for', () => {
    const { rows: out } = protectTable(rows, {
      rules: { minCount: 3 },
      dimensions: ['a', 'b', 'c'],
      value: 'n',
      tables: [['a'], ['b', 'c']],
    });
    // Table a: p 10, q 12, Total 22; table b × c: u·x 22 with its margins (all 22).
    expect(out.map((r) => `${String(r.a)} ${String(r.b)} ${String(r.c)} ${String(r.n)}`)).toEqual([
      'p Total Total 10',
      'q Total Total 12',
      'Total u x 22',
      'Total u Total 22',
      'Total Total x 22',
      'Total Total Total 22',
    ]);
  });
});
