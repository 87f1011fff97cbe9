import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ALPHA_LEVELS, krippendorffAlpha, type AlphaLevel } from 'sos-eval/qualitative';

const _ = null;

// Wikipedia, "Krippendorff's alpha", the reliability data of 3 coders × 15 units (* = not coded).
const WIKIPEDIA = [
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
];

// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: 4 observers × 12
// units with missing values.
const KRIPPENDORFF_2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

describe('krippendorffAlpha: published values, to the printed digits', () => {
  it('Wikipedia 3 × 15: nominal 0.691, interval 0.811', () => {
    expect(round3(krippendorffAlpha(WIKIPEDIA, { level: 'nominal' }).alpha)).toBe(0.691);
    expect(round3(krippendorffAlpha(WIKIPEDIA, { level: 'interval' }).alpha)).toBe(0.811);
  });

  it('Krippendorff 2011, 4 × 12: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797', () => {
    const got = Object.fromEntries(
      ALPHA_LEVELS.map((level) => [
        level,
        round3(krippendorffAlpha(KRIPPENDORFF_2011, { level }).alpha),
      ]),
    );
    expect(got).toEqual({ nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 });
  });

  it('Krippendorff 2011: unit 12 (one value) is unpairable; n = 40 and the nominal matrix is his', () => {
    const r = krippendorffAlpha(KRIPPENDORFF_2011);
    expect(r.units).toBe(12);
    expect(r.pairableUnits).toBe(11);
    expect(r.pairableValues).toBe(40);
    expect(r.values).toEqual([1, 2, 3, 4, 5]);
    // Counted by hand over units 1–11: value 1 occurs 3 + 1 + 3 + 2 = 9 times (units 1, 6, 8, 11),
    // 2: 3 + 4 + 1 + 1 + 4 = 13, 3: 1 + 4 + 4 + 1 = 10, 4: 1 + 4 = 5, 5: 3.
    expect(r.coincidences.map((row) => round3(row.reduce((s, x) => s + x, 0)))).toEqual([
      9, 13, 10, 5, 3,
    ]);
    // Diagonal: o_11 = 3·2/2 + 3·2/3 + 2·1/1 = 7, o_22 = 2 + 4 + 4 = 10, o_33 = 4 + 4 = 8,
    // o_44 = 4, o_55 = 3; so nominal α = 1 − (n − 1)(n − Σ o_cc) / (n² − Σ n_c²)
    // = 1 − 39 · (40 − 32) / (1600 − 384) = 1 − 312 / 1216.
    expect(r.coincidences.map((row, c) => round3(row[c]!))).toEqual([7, 10, 8, 4, 3]);
    expect(r.alpha).toBeCloseTo(1 - 312 / 1216, 14);
  });
});

describe('krippendorffAlpha: arithmetic shown', () => {
  it('2 coders × 4 units, nominal: o_aa = 2, o_ab = o_ba = 1, o_bb = 4 → α = 1 − (2/8) / (2·3·5/(8·7)) = 16/30', () => {
    const r = krippendorffAlpha([
      ['a', 'a', 'b', 'b'],
      ['a', 'b', 'b', 'b'],
    ]);
    expect(r.coincidences).toEqual([
      [2, 1],
      [1, 4],
    ]);
    expect(r.observedDisagreement).toBeCloseTo(0.25, 15);
    expect(r.expectedDisagreement).toBeCloseTo(30 / 56, 15);
    expect(r.alpha).toBeCloseTo(16 / 30, 14);
  });

  it('interval, 2 coders × 3 units [1,2,3] vs [1,2,4]: Do = 2·1/6, De = Σ n_c n_k (c−k)² / (6·5)', () => {
    const r = krippendorffAlpha(
      [
        [1, 2, 3],
        [1, 2, 4],
      ],
      { level: 'interval' },
    );
    // values 1,2,3,4 with n = 2,2,1,1; Σ_{c≠k} n_c n_k (c−k)² = 2·[2·2·1 + 2·1·4 + 2·1·9 + 2·1·1 + 2·1·4 + 1·1·1]
    const de = (2 * (4 + 8 + 18 + 2 + 8 + 1)) / 30;
    const doo = 2 / 6;
    expect(r.alpha).toBeCloseTo(1 - doo / de, 14);
  });

  it('ordinal strings follow options.order', () => {
    const data = [
      ['low', 'mid', 'high', 'high'],
      ['low', 'high', 'high', 'mid'],
    ];
    const byString = krippendorffAlpha(data, { level: 'ordinal', order: ['low', 'mid', 'high'] });
    const asNumbers = krippendorffAlpha(
      data.map((row) => row.map((v) => ['low', 'mid', 'high'].indexOf(v))),
      { level: 'ordinal' },
    );
    expect(byString.alpha).toBeCloseTo(asNumbers.alpha, 14);
    expect(() => krippendorffAlpha(data, { level: 'ordinal' })).toThrow(/options\.order/);
  });

  it('undefined alpha is NaN: no pairable values, or one value only', () => {
    expect(
      krippendorffAlpha([
        [1, null],
        [null, 2],
      ]).alpha,
    ).toBeNaN();
    expect(
      krippendorffAlpha([
        [1, 1],
        [1, 1],
      ]).alpha,
    ).toBeNaN();
    expect(krippendorffAlpha([[]]).pairableUnits).toBe(0);
  });
});

describe('krippendorffAlpha: arguments', () => {
  it('names the bad argument', () => {
    expect(() => krippendorffAlpha([[1]], { level: 'metric' as AlphaLevel })).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1]], { level: 'metric' as AlphaLevel })).toThrow(
      /options\.level/,
    );
    expect(() => krippendorffAlpha([[1, 2], [1]])).toThrow(/row 1 has 1/);
    expect(() => krippendorffAlpha([])).toThrow(/data/);
    expect(() => krippendorffAlpha([['a', 'b']], { level: 'interval' })).toThrow(/data\[0\]\[0\]/);
    expect(() => krippendorffAlpha([[-1, 2]], { level: 'ratio' })).toThrow(/data\[0\]\[0\]/);
    expect(() => krippendorffAlpha([[NaN, 2]])).toThrow(/data\[0\]\[0\]/);
    expect(() => krippendorffAlpha([[1, 2]], { bootstrap: { seed: 1.5 } })).toThrow(/seed/);
    expect(() => krippendorffAlpha([[1, 2]], { bootstrap: { seed: 1, samples: 0 } })).toThrow(
      /samples/,
    );
    expect(() => krippendorffAlpha([[1, 2]], { bootstrap: { seed: 1, confLevel: 1 } })).toThrow(
      /confLevel/,
    );
  });
});

describe('krippendorffAlpha: bootstrap', () => {
  it('is reproducible with a seed and brackets alpha', () => {
    const a = krippendorffAlpha(KRIPPENDORFF_2011, { bootstrap: { seed: 42, samples: 500 } });
    const b = krippendorffAlpha(KRIPPENDORFF_2011, { bootstrap: { seed: 42, samples: 500 } });
    expect(a.interval).toEqual(b.interval);
    expect(a.interval!.lower).toBeLessThanOrEqual(a.alpha);
    expect(a.interval!.upper).toBeGreaterThanOrEqual(a.alpha);
    expect(a.interval!.upper).toBeLessThanOrEqual(1);
    const c = krippendorffAlpha(KRIPPENDORFF_2011, { bootstrap: { seed: 43, samples: 500 } });
    expect(c.interval).not.toEqual(a.interval);
  });

  it('counts resamples with undefined alpha', () => {
    const r = krippendorffAlpha(
      [
        [1, 2],
        [1, 2],
      ],
      { bootstrap: { seed: 7, samples: 200 } },
    );
    // Each resample draws unit 1 twice or unit 2 twice with probability ½: then every value is alike.
    expect(r.interval!.undefinedSamples).toBeGreaterThan(50);
    expect(r.interval!.undefinedSamples).toBeLessThan(150);
    expect(r.interval!.lower).toBe(1);
  });
});

// Random coders × units matrices of small integer codes with holes.
const matrixArb = fc
  .record({ coders: fc.integer({ min: 2, max: 5 }), units: fc.integer({ min: 2, max: 12 }) })
  .chain(({ coders, units }) =>
    fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 4 }), {
        minLength: units,
        maxLength: units,
      }),
      { minLength: coders, maxLength: coders },
    ),
  );

const permutation = (n: number) =>
  fc.array(fc.nat(), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((k, i) => [k, i] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, i]) => i),
  );

describe('krippendorffAlpha: laws', () => {
  test.prop([matrixArb, fc.constantFrom(...ALPHA_LEVELS)])('alpha ≤ 1, or NaN', (data, level) => {
    const a = krippendorffAlpha(data, { level }).alpha;
    expect(Number.isNaN(a) || a <= 1 + 1e-12).toBe(true);
  });

  test.prop([
    fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), {
      minLength: 2,
      maxLength: 15,
    }),
    fc.integer({ min: 2, max: 5 }),
    fc.constantFrom(...ALPHA_LEVELS),
  ])(
    'perfect agreement gives 1 whenever two distinct values are pairable',
    (truth, coders, level) => {
      const data = Array.from({ length: coders }, () => truth);
      const pairable = new Set(truth.filter((v) => v !== null));
      const r = krippendorffAlpha(data, { level });
      if (pairable.size >= 2) expect(r.alpha).toBeCloseTo(1, 12);
      else expect(r.alpha).toBeNaN();
    },
  );

  test.prop([
    matrixArb.chain((data) =>
      fc.tuple(fc.constant(data), permutation(data.length), permutation(data[0]!.length)),
    ),
    fc.constantFrom(...ALPHA_LEVELS),
  ])('invariant to the order of coders and of units', ([data, rowOrder, colOrder], level) => {
    const shuffled = rowOrder.map((i) => colOrder.map((j) => data[i]![j]!));
    const a = krippendorffAlpha(data, { level }).alpha;
    const b = krippendorffAlpha(shuffled, { level }).alpha;
    if (Number.isNaN(a)) expect(b).toBeNaN();
    else expect(b).toBeCloseTo(a, 10);
  });

  test.prop([matrixArb])(
    'interval alpha is invariant to a shift and a scale of the values',
    (data) => {
      const moved = data.map((row) => row.map((v) => (v === null ? null : 3 * v - 7)));
      const a = krippendorffAlpha(data, { level: 'interval' }).alpha;
      const b = krippendorffAlpha(moved, { level: 'interval' }).alpha;
      if (Number.isNaN(a)) expect(b).toBeNaN();
      else expect(b).toBeCloseTo(a, 10);
    },
  );

  test.prop([matrixArb])(
    'the coincidence matrix is symmetric and sums to the pairable values',
    (data) => {
      const r = krippendorffAlpha(data);
      const total = r.coincidences.flat().reduce((s, x) => s + x, 0);
      expect(total).toBeCloseTo(r.pairableValues, 9);
      r.coincidences.forEach((row, c) =>
        row.forEach((x, k) => expect(x).toBeCloseTo(r.coincidences[k]![c]!, 12)),
      );
    },
  );

  it('the result is frozen', () => {
    const r = krippendorffAlpha(WIKIPEDIA);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.coincidences[0])).toBe(true);
  });
});
