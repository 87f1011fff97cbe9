import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { concatAll } from 'fp-ts/lib/Monoid.js';
import {
  LSNS_6,
  measureTallyFromCounts,
  getMeasureTallyMonoid,
  scoreMany,
  SDQ_PARENT,
  summariseMeasure,
  summariseMeasureTally,
  tallyMeasure,
  tallyMeasureAsync,
  type MeasureCountRow,
  type MeasureScore,
  type MeasureTally,
} from 'sos-eval/measures';

// Random LSNS-6 and parent SDQ responses, some items missing, so that totals, bands, flags and
// missing scores all occur. Groups are a function of the row index.
const lsnsItems = fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { freq: 8 }), {
  minLength: 6,
  maxLength: 6,
});
const sdqItems = fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { freq: 8 }), {
  minLength: 25,
  maxLength: 25,
});
const scoredArb = fc
  .tuple(fc.array(lsnsItems, { maxLength: 30 }), fc.array(sdqItems, { maxLength: 30 }))
  .map(([l, s]) => [...scoreMany(LSNS_6, l), ...scoreMany(SDQ_PARENT, s)]);
const scoreArb = fc.constantFrom('total', 'family', 'emotional');
const byArb = fc.constantFrom(undefined, (_: MeasureScore, i: number) =>
  i % 3 === 0 ? 'T1' : 'T2',
);
const scoreFits = (rows: MeasureScore[], score: string) =>
  score === 'total' ||
  rows.every((r) => Object.hasOwn(r.subscales, score) || Object.hasOwn(r.totals, score));

/** Mean, sd and type-7 median computed directly from the values, independently of the tally. */
function direct(values: number[]) {
  const n = values.length;
  if (n === 0) return { mean: null, sd: null, median: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n < 2 ? null : Math.sqrt(values.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const sorted = [...values].sort((a, b) => a - b);
  const h = (n - 1) / 2;
  const median =
    sorted[Math.floor(h)]! + (h % 1) * (sorted[Math.ceil(h)]! - sorted[Math.floor(h)]!);
  return { mean, sd, median };
}

const close = (a: number | null, b: number | null) => {
  if (a === null || b === null) expect(a).toBe(b);
  else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
};

describe('tallyMeasure and summariseMeasureTally', () => {
  it('counts values, missing, bands and flags by hand', () => {
    // Totals 9 (isolated), 12, 12, and one missing (an item left out, no prorating for LSNS-6).
    const rows = scoreMany(LSNS_6, [
      [3, 2, 2, 1, 1, 0],
      [0, 0, 0, 4, 4, 4],
      [2, 2, 2, 2, 2, 2],
      [1, null, 1, 1, 1, 1],
    ]);
    const { cells } = tallyMeasure(rows, { by: ['a', 'a', 'a', 'b'] });
    expect(cells).toEqual([
      {
        group: 'a',
        measure: 'lsns-6',
        score: 'total',
        values: [
          { value: 9, count: 1 },
          { value: 12, count: 2 },
        ],
        missing: 0,
        bands: {},
        flags: { isolated: { set: 1, unset: 2 } },
      },
      {
        group: 'b',
        measure: 'lsns-6',
        score: 'total',
        values: [],
        missing: 1,
        bands: {},
        flags: { isolated: { set: 0, unset: 0 } },
      },
    ]);
    const [a, b] = summariseMeasureTally(tallyMeasure(rows, { by: ['a', 'a', 'a', 'b'] }));
    // a: mean (9 + 12 + 12)/3 = 11; sd √((4 + 1 + 1)/2) = √3; median 12; 1 of 3 isolated.
    expect([a!.n, a!.missing, a!.mean, a!.median]).toEqual([3, 0, 11, 12]);
    close(a!.sd, Math.sqrt(3));
    close(a!.belowCut, 100 / 3);
    expect([b!.n, b!.missing, b!.mean, b!.sd, b!.median, b!.belowCut]).toEqual([
      0,
      1,
      null,
      null,
      null,
      null,
    ]);
    expect(Object.isFrozen(cells) && Object.isFrozen(cells[0]!.values[0])).toBe(true);
  });

  test.prop([scoredArb, scoreArb, byArb])(
    'the summary of the tally is the summary of the values, computed directly',
    (rows, score, by) => {
      fc.pre(scoreFits(rows, score));
      const summary = summariseMeasure(rows, { score, ...(by ? { by } : {}) });
      const groups = new Map<string, MeasureScore[]>();
      rows.forEach((r, i) => {
        const key = JSON.stringify([by ? by(r, i) : null, r.measure]);
        groups.set(key, [...(groups.get(key) ?? []), r]);
      });
      expect(summary).toHaveLength(groups.size);
      for (const row of summary) {
        const members = groups.get(JSON.stringify([row.group, row.measure]))!;
        const values = members.map((r) =>
          score === 'total' ? r.total : (r.subscales[score] ?? r.totals[score] ?? null),
        );
        const present = values.filter((v): v is number => v !== null);
        expect([row.n, row.missing]).toEqual([present.length, values.length - present.length]);
        const d = direct(present);
        close(row.mean, d.mean);
        close(row.sd, d.sd);
        close(row.median, d.median);
      }
    },
  );

  test.prop([scoredArb, scoreArb])(
    'an async iterable tallies as the same rows in an array do',
    async (rows, score) => {
      fc.pre(scoreFits(rows, score));
      async function* stream() {
        for (const r of rows) yield r;
      }
      expect(await tallyMeasureAsync(stream(), { score })).toEqual(tallyMeasure(rows, { score }));
    },
  );

  it('rejects what cannot be tallied, naming the argument', () => {
    const rows = scoreMany(LSNS_6, [[3, 2, 2, 1, 1, 0]]);
    expect(() => tallyMeasure('rows' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: scored must be an iterable (an array or generator), got "rows"]`,
    );
    // A null row is bad data, not a broken argument: reported with its index (issue 13).
    const withNull = tallyMeasure([rows[0], null] as never);
    expect(withNull.issues.map((i) => [i.path, i.code])).toEqual([[[1], 'invalid_type']]);
    expect(withNull.cells[0]!.values).toEqual([{ value: 9, count: 1 }]);
    expect(() => tallyMeasure(rows, { score: 'peer' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.score must be one of total, family, friends for lsns-6, got "peer"]`,
    );
    function* two() {
      yield* rows;
      yield* rows;
    }
    expect(() => tallyMeasure(two(), { by: ['a'] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.by must have one label per scored row (more than 1), got 1]`,
    );
    expect(() => tallyMeasure(rows, { by: ['a', 'b'] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: options.by must have one label per scored row (1), got 2]`,
    );
    expect(() => summariseMeasureTally({} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tally must be a MeasureTally ({ cells: [...] }), got object]`,
    );
  });
});

describe('getMeasureTallyMonoid', () => {
  const tallyArb = fc.tuple(scoredArb, byArb).map(([rows, by]) => tallyMeasure(rows, { by }));
  const M = getMeasureTallyMonoid();

  test.prop([tallyArb, tallyArb, tallyArb])('concat is associative', (a, b, c) => {
    expect(M.concat(a, M.concat(b, c))).toEqual(M.concat(M.concat(a, b), c));
  });

  test.prop([tallyArb])('empty is an identity on both sides', (a) => {
    expect(M.concat(a, M.empty)).toEqual(a);
    expect(M.concat(M.empty, a)).toEqual(a);
  });

  test.prop([scoredArb, fc.array(fc.nat(60), { maxLength: 4 }), scoreArb])(
    'tallies of a partition merge into the tally of the whole',
    (rows, cuts, score) => {
      fc.pre(scoreFits(rows, score));
      const edges = [0, ...cuts.map((c) => Math.min(c, rows.length)).sort((x, y) => x - y)];
      const chunks = edges.map((e, k) => rows.slice(e, edges[k + 1] ?? rows.length));
      const merged = concatAll(M)(chunks.map((chunk) => tallyMeasure(chunk, { score })));
      expect(merged).toEqual(tallyMeasure(rows, { score }));
      expect(summariseMeasureTally(merged)).toEqual(summariseMeasure(rows, { score }));
    },
  );
});

describe('measureTallyFromCounts', () => {
  test.prop([scoredArb])(
    'counts grouped by value, band and flags rebuild the tally of the rows',
    (rows) => {
      // What a SQL GROUP BY measure, total, band, flags would return.
      const counts = new Map<string, MeasureCountRow & { count: number }>();
      for (const r of rows) {
        const band = r.totalScore === null ? null : (r.bands[r.totalScore] ?? null);
        const key = JSON.stringify([r.measure, r.total, band, r.flags]);
        const seen = counts.get(key);
        if (seen) seen.count++;
        else
          counts.set(key, { measure: r.measure, value: r.total, band, flags: r.flags, count: 1 });
      }
      const fromCounts = measureTallyFromCounts(counts.values());
      const direct: MeasureTally = tallyMeasure(rows);
      // Same cells; the order of bands inside a cell may differ, which toEqual ignores.
      expect(fromCounts).toEqual(direct);
    },
  );

  it('rejects broken counts, naming the row and field', () => {
    expect(() =>
      measureTallyFromCounts([{ measure: 'lsns-6', value: 9, count: -1 }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[0].count must be a whole number ≥ 0, got -1]`,
    );
    expect(() =>
      measureTallyFromCounts([
        { measure: 'lsns-6', value: 9, count: 1 },
        { measure: 'lsns-6', value: Infinity, count: 1 },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: rows[1].value must be a finite number or null, got Infinity]`,
    );
    expect(() =>
      measureTallyFromCounts([{ measure: 3, value: 9, count: 1 }] as never),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: rows[0].measure must be a string, got 3]`);
    expect(() =>
      measureTallyFromCounts([
        { measure: 'lsns-6', value: 9, count: 1, flags: { isolated: 'yes' } },
      ] as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: rows[0].flags.isolated must be true, false or null, got "yes"]`,
    );
  });
});
