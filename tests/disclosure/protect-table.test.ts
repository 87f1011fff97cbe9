import { describe, expect, it } from 'vitest';
import { DFE_CHILDREN_IN_NEED_RULES, GSS_STYLE_RULES, protectTable } from 'sos-eval/disclosure';
import { SOS_2017 } from 'sos-eval/reference';
import { usageShares, usageTallyFromCounts } from 'sos-eval/usage';

// Synthetic tables throughout; every expected number is worked by hand in the comments.

const cell = (rows: readonly Record<string, unknown>[], match: Record<string, unknown>) =>
  rows.find((r) => Object.entries(match).every(([k, v]) => r[k] === v))!;

describe('protectTable: primary suppression', () => {
  it('hides counts from 1 to minCount − 1, shows zeros unless asked, and counts the margins', () => {
    // 1-D: a 0, b 3, c 9 → Total 12. minCount 5: only b (3) is sensitive; 0 is shown.
    const rows = [
      { site: 'a', n: 0 },
      { site: 'b', n: 3 },
      { site: 'c', n: 9 },
    ];
    const { rows: out, audit } = protectTable(rows, {
      rules: { minCount: 5 },
      dimensions: ['site'],
      value: 'n',
    });
    // b is hidden; the Total (12) would give it back (12 − 0 − 9 = 3), so one more cell must go.
    // Boxes for b: with a (0, can't move down: refused), with c (9) or with the Total (12);
    // c costs 9 < 12, so c is hidden: b + c = 12 keeps b anywhere in [0, 12].
    expect(out.map((r) => [r.site, r.n, r.suppressed])).toEqual([
      ['a', 0, null],
      ['b', 'c', 'primary'],
      ['c', 'c', 'secondary'],
      ['Total', 12, null],
    ]);
    expect(audit.map((e) => [e.cell, e.value, e.reason])).toEqual([
      [{ site: 'b' }, 3, 'min-count'],
      [{ site: 'c' }, 9, 'complement'],
    ]);
    // b's box alone lets it be anything from 3 − 3 = 0 to 3 + 9 = 12.
    expect(audit[0]!.protection).toEqual({ lower: 0, upper: 12, met: true, box: [{ site: 'c' }] });
    expect(audit[1]!.protects).toEqual([{ site: 'b' }]);

    const zeros = protectTable(rows, {
      rules: { minCount: 5, suppressZeros: true },
      dimensions: ['site'],
      value: 'n',
    });
    // a (0) and b (3) are both primary. a's box: b, moving the other way (a up, b down; b can
    // give 3), already hidden, so free. b's box: not a (b up means a down, and a is 0), so c (9)
    // rather than the Total (12). a + b + c = 12 then leaves each free.
    expect(zeros.rows.map((r) => r.suppressed)).toEqual(['primary', 'primary', 'secondary', null]);
  });

  it('hides small margins too, and protects them', () => {
    // Site b has 2 + 1 = 3 workers: its Total is sensitive as well as both its cells.
    const rows = [
      { site: 'a', answer: 'yes', n: 10 },
      { site: 'a', answer: 'no', n: 12 },
      { site: 'b', answer: 'yes', n: 2 },
      { site: 'b', answer: 'no', n: 1 },
    ];
    const { rows: out, issues } = protectTable(rows, {
      rules: DFE_CHILDREN_IN_NEED_RULES,
      dimensions: ['site', 'answer'],
      value: 'n',
    });
    expect(issues).toEqual([]);
    expect(cell(out, { site: 'b', answer: 'Total' }).suppressed).toBe('primary');
    // Column totals 12 and 13 minus a's published cells would give b's, so a's cells are hidden
    // too (a/yes + a/no: cost 10 + 12 = 22, less than any box through the Total row); and the
    // grand total minus a's Total would give b's (25 − 22 = 3), so a's Total goes as well (22,
    // cheaper than the column totals). Left: the column totals 12, 13 and 25.
    expect(out.map((r) => `${String(r.site)}/${String(r.answer)}=${String(r.n)}`)).toEqual([
      'a/yes=c',
      'a/no=c',
      'a/Total=c',
      'b/yes=c',
      'b/no=c',
      'b/Total=c',
      'Total/yes=12',
      'Total/no=13',
      'Total/Total=25',
    ]);
  });
});

describe('protectTable: rows, derived values, rounding', () => {
  it('hides derived values with their count, keeps only the keys asked for, never mutates', () => {
    const rows = [
      { g: 'x', level: 'all', count: 2, percent: 20, n: 10, note: 'keep me' },
      { g: 'x', level: 'some', count: 8, percent: 80, n: 10, note: 'me too' },
    ];
    const copy = structuredClone(rows);
    const { rows: out } = protectTable(rows, {
      rules: { minCount: 3 },
      dimensions: ['g', 'level'],
      value: 'count',
      derived: ['percent'],
      keep: ['note'],
    });
    expect(rows).toEqual(copy);
    // x/all (2) is hidden; x/some must go with it (x's Total 10 is published), and the Total
    // row's cells (2 and 8, equal to x's) follow: the whole box is x/all, x/some, Total/all,
    // Total/some; the Totals of x and of Total (10, 10) stay.
    expect(out[0]).toEqual({
      g: 'x',
      level: 'all',
      count: 'c',
      percent: 'c',
      note: 'keep me',
      suppressed: 'primary',
    });
    expect(out[1]).toEqual({
      g: 'x',
      level: 'some',
      count: 'c',
      percent: 'c',
      note: 'me too',
      suppressed: 'secondary',
    });
    expect(out[2]).toEqual({
      g: 'x',
      level: 'Total',
      count: 10,
      percent: null,
      note: null,
      suppressed: null,
    });
    expect(Object.keys(out[0]!)).not.toContain('n');
    expect(Object.isFrozen(out[0])).toBe(true);
  });

  it('rounds published counts (halves up), margins on their own, and shows [low] for a count that rounds to 0', () => {
    // GSS-style: minCount 10, rounded to 5. Counts 12, 13, 22, 18 → 10, 15, 20, 20; all
    // published (none below 10). Totals: 25 → 25, 40 → 40, 34 → 35, 31 → 30, 65 → 65.
    const rows = [
      { a: 'p', b: 'u', n: 12 },
      { a: 'p', b: 'v', n: 13 },
      { a: 'q', b: 'u', n: 22 },
      { a: 'q', b: 'v', n: 18 },
    ];
    const { rows: out } = protectTable(rows, {
      rules: GSS_STYLE_RULES,
      dimensions: ['a', 'b'],
      value: 'n',
    });
    expect(out.map((r) => r.n)).toEqual([10, 15, 25, 20, 20, 40, 35, 30, 65]);
    const low = protectTable(
      [
        { a: 'p', n: 2 },
        { a: 'q', n: 30 },
      ],
      {
        rules: { minCount: 1, rounding: { base: 5 }, symbols: { low: 'low' } },
        dimensions: ['a'],
        value: 'n',
      },
    );
    // minCount 1 hides nothing; 2 rounds to 0 → 'low'; 30 → 30; Total 32 → 30.
    expect(low.rows.map((r) => r.n)).toEqual(['low', 30, 30]);
  });

  it('rounds only the totals with cells: totals', () => {
    const { rows } = protectTable(
      [
        { a: 'p', n: 12 },
        { a: 'q', n: 14 },
      ],
      {
        rules: { minCount: 5, rounding: { base: 10, cells: 'totals' } },
        dimensions: ['a'],
        value: 'n',
      },
    );
    // 12 and 14 as they are; Total 26 → 30.
    expect(rows.map((r) => r.n)).toEqual([12, 14, 30]);
  });

  it('takes the count from a function, publishing it as value', () => {
    const { rows } = protectTable([{ k: 'a', c: { n: 7 } }], {
      rules: { minCount: 5 },
      dimensions: ['k'],
      value: (r) => r.c.n,
      margins: false,
    });
    expect(rows).toEqual([{ k: 'a', value: 7, suppressed: null }]);
  });

  it('without margins, hides only the primary cells', () => {
    const { rows } = protectTable(
      [
        { k: 'a', n: 7 },
        { k: 'b', n: 2 },
      ],
      { rules: { minCount: 5 }, dimensions: ['k'], value: 'n', margins: false },
    );
    expect(rows.map((r) => r.n)).toEqual([7, 'c']);
  });
});

describe('protectTable: the dominance rule', () => {
  it('hides a cell whose largest contributor holds more than k per cent', () => {
    // Families per worker: team a 9 = 8 + 1 (one worker has 8 of 9, 89% > 80%): dominated;
    // team b 12 = 4 + 4 + 4 (33%); team c 11 = 6 + 5 (55%). Total 32: top 8 is 25% — fine.
    const rows = [
      { team: 'a', n: 9, perWorker: [8, 1] },
      { team: 'b', n: 12, perWorker: [4, 4, 4] },
      { team: 'c', n: 11, perWorker: [6, 5] },
    ];
    const { rows: out, audit } = protectTable(rows, {
      rules: { minCount: 3, dominance: { n: 1, k: 80 } },
      dimensions: ['team'],
      value: 'n',
      contributions: 'perWorker',
    });
    expect(audit[0]).toMatchObject({ cell: { team: 'a' }, reason: 'dominance' });
    // a's partner: c (11) is cheaper than b (12) and the Total (32).
    expect(out.map((r) => r.n)).toEqual(['c', 12, 'c', 32]);
  });

  it('asks for contributions when the rules have a dominance rule', () => {
    expect(() =>
      protectTable([], {
        rules: { minCount: 3, dominance: { n: 1, k: 80 } },
        dimensions: ['t'],
        value: 'n',
      }),
    ).toThrow(/options.contributions is required/);
  });
});

describe('protectTable: bad rows are issues, bad options throw', () => {
  it('reports and leaves out bad rows, never throwing on data', () => {
    const rows: unknown[] = [
      { s: 'a', n: 7 },
      null,
      { s: '', n: 3 },
      { s: 'b', n: -1 },
      { s: 'b', n: 2.5 },
      { s: 'a', n: 8 },
      { s: 'Total', n: 15 },
      { s: 'c', n: 9 },
    ];
    const { rows: out, issues } = protectTable(rows as { s: string; n: number }[], {
      rules: { minCount: 5 },
      dimensions: ['s'],
      value: 'n',
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [[1], 'not_an_object'],
      [[2, 's'], 'missing_dimension'],
      [[3, 'n'], 'invalid_count'],
      [[4, 'n'], 'invalid_count'],
      [[6, 's'], 'total_in_input'],
      [[5], 'duplicate_cell'],
    ]);
    expect(out.map((r) => [r.s, r.n])).toEqual([
      ['a', 7],
      ['c', 9],
      ['Total', 16],
    ]);
  });

  it('names the option in its errors', () => {
    const base = { rules: { minCount: 5 }, dimensions: ['s'], value: 'n' } as const;
    expect(() => protectTable([], { ...base, dimensions: [] })).toThrow(
      /options.dimensions must name 1 to 6 keys/,
    );
    expect(() => protectTable([], { ...base, value: 3 as never })).toThrow(
      /options.value must be a key/,
    );
    expect(() => protectTable([], { ...base, derived: ['s'] })).toThrow(
      /options.derived must not repeat the key "s"/,
    );
    expect(() => protectTable([], { ...base, rules: { minCount: 1.5 } })).toThrow(
      'rules.minCount must be a whole number ≥ 1, got 1.5',
    );
    expect(() => protectTable([], { ...base, denominator: 'x' })).toThrow(
      /options.denominator must be one of/,
    );
    expect(() => protectTable(3 as never, base)).toThrow(TypeError);
  });

  it('gives an empty table for no rows', () => {
    expect(protectTable([], { rules: { minCount: 5 }, dimensions: ['s'], value: 'n' })).toEqual({
      rows: [],
      audit: [],
      issues: [],
    });
  });
});

describe('protectTable on usage shares', () => {
  it('protects usageShares rows: counts, percentages and intervals hidden together, n dropped', () => {
    // Synthetic counts for two pilots (not the 2017 data): Wakefield 20 workers answered
    // all 12 / some 6 / none 2, Norfolk 15: all 9 / some 5 / none 1.
    const study = SOS_2017;
    const tally = usageTallyFromCounts(
      [
        { group: 'wakefield', tool: 'safety-planning', all: 12, some: 6, none: 2 },
        { group: 'norfolk', tool: 'safety-planning', all: 9, some: 5, none: 1 },
      ],
      { study, by: 'pilot' },
    );
    const shares = usageShares(tally, { study });
    const { rows, issues } = protectTable(shares, {
      rules: DFE_CHILDREN_IN_NEED_RULES,
      dimensions: ['group', 'tool', 'level'],
      value: 'count',
      derived: ['percent', 'lower', 'upper'],
      denominator: 'level',
    });
    expect(issues).toEqual([]);
    // none: 2 and 1 (1–5: primary); some 5 in Norfolk: primary too. Hidden counts carry 'c' in
    // the count and in every derived value.
    const norfolkNone = cell(rows, { group: 'norfolk', level: 'none' });
    expect(norfolkNone).toMatchObject({
      count: 'c',
      percent: 'c',
      lower: 'c',
      upper: 'c',
      suppressed: 'primary',
    });
    expect(Object.keys(norfolkNone)).toEqual([
      'group',
      'tool',
      'level',
      'count',
      'percent',
      'lower',
      'upper',
      'suppressed',
    ]);
    // Every pilot's row of three levels with its Total: no line with one hidden cell.
    for (const group of ['wakefield', 'norfolk', 'Total']) {
      const hidden = rows.filter(
        (r) => r.group === group && r.tool === 'safety-planning' && r.suppressed,
      );
      expect(hidden.length).not.toBe(1);
    }
    // Wakefield's total (20) is published: its 'all' row keeps its share, 12 / 20 = 60%.
    expect(cell(rows, { group: 'wakefield', level: 'all' }).percent).toBe(60);
  });
});
