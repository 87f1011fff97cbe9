import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareWaves, type Comparison, type PairedMeasureKind } from 'sos-eval/longitudinal';

type Pair = { key: number; t1: { x: unknown }; t2: { x: unknown } };
const pairsOf = (t1: unknown[], t2: unknown[]): Pair[] =>
  t1.map((x, i) => ({ key: i, t1: { x }, t2: { x: t2[i] } }));
const swap = (pairs: Pair[]): Pair[] => pairs.map((p) => ({ key: p.key, t1: p.t2, t2: p.t1 }));

const deepFreeze = <T>(x: T): T => {
  if (x !== null && typeof x === 'object') {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
};

const near = (a: number | null, b: number | null) => {
  if (a === null || b === null) expect(a).toBe(b);
  else if (!Number.isFinite(a)) expect(a).toBe(b);
  else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
};

const value = (kind: PairedMeasureKind) =>
  kind === 'binary'
    ? fc.oneof({ weight: 9, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant(null) })
    : fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min: 0, max: 10 }) },
        { weight: 1, arbitrary: fc.constant(null) },
      );
const sample = (kind: PairedMeasureKind) =>
  fc.array(fc.tuple(value(kind), value(kind)), { minLength: 0, maxLength: 40 }).map((xs) =>
    pairsOf(
      xs.map((x) => x[0]),
      xs.map((x) => x[1]),
    ),
  );
const kinds: PairedMeasureKind[] = ['binary', 'ordinal', 'scale', 'interval'];

describe('compareWaves', () => {
  for (const kind of kinds) {
    test.prop([sample(kind)])(
      `${kind}: swapping T1 and T2 flips the estimate, mirrors the interval, keeps p`,
      (pairs) => {
        const a = compareWaves(pairs, { measure: 'x', kind });
        const b = compareWaves(swap(pairs), { measure: 'x', kind });
        near(b.estimate === null ? null : -b.estimate, a.estimate);
        near(b.confHigh === null ? null : -b.confHigh, a.confLow);
        near(b.confLow === null ? null : -b.confLow, a.confHigh);
        near(b.effectSize === null ? null : -b.effectSize, a.effectSize);
        if (a.pValue === null) expect(b.pValue).toBeNull();
        else expect(Math.abs((b.pValue as number) - a.pValue)).toBeLessThanOrEqual(1e-12);
        expect([b.n, b.nMissing]).toEqual([a.n, a.nMissing]);
      },
    );

    test.prop([sample(kind)])(`${kind}: leaves frozen inputs unchanged`, (pairs) => {
      const before = structuredClone(pairs);
      compareWaves(deepFreeze(pairs), { measure: 'x', kind });
      expect(pairs).toEqual(before);
    });
  }

  it('counts pairs with a missing value and reports NaN and wrong types as issues', () => {
    // Complete pairs: (4, 6), (5, 6), (3, 5), (2, 3): differences 2, 1, 2, 1.
    const pairs = pairsOf([4, 5, null, 3, NaN, 7, 2], [6, 6, 7, 5, 8, '9', 3]);
    const r = compareWaves(pairs, { measure: 'x', kind: 'interval', name: 'safety' });
    expect([r.n, r.nMissing, r.estimate]).toEqual([4, 3, 1.5]);
    expect(r.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "not_a_number",
          "message": "[4].t1: safety is NaN, not a finite number; counted as missing",
          "path": [
            4,
            "t1",
          ],
        },
        {
          "code": "invalid_value",
          "message": "[5].t2: safety is "9", not a finite number; counted as missing",
          "path": [
            5,
            "t2",
          ],
        },
      ]
    `);
  });

  it('reads the measure with a function and names the row', () => {
    const pairs = pairsOf([true, true, false, false, true], [true, false, true, true, true]);
    const r = compareWaves(pairs, {
      measure: (rec: { x: unknown }) => rec.x,
      kind: 'binary',
      name: 'plan',
    });
    // Table rows T1 yes/no, columns T2 yes/no: [[2, 1], [2, 0]]; change (2 − 1) / 5 = 0.2.
    expect([r.measure, r.comparison, r.estimate, r.n]).toEqual(['plan', 'T2 - T1', 0.2, 5]);
  });

  it('gives null statistics and an issue when the data leave the test undefined', () => {
    const same = compareWaves(pairsOf([1, 0, 1], [1, 0, 1]), { measure: 'x', kind: 'binary' });
    // No discordant pairs: McNemar's statistic is 0/0 (NaN, as in R), so the row's are null.
    expect([same.estimate, same.statistic, same.pValue]).toEqual([0, null, null]);
    expect(same.test?.pValue).toBeNaN();
    expect(same.issues.map((i) => i.code)).toEqual(['test_undefined']);
    const none = compareWaves([], { measure: 'x', kind: 'interval' });
    expect([none.estimate, none.pValue, none.n]).toEqual([null, null, 0]);
  });

  it('returns a plain tidy row carrying the full test', () => {
    const r: Comparison = compareWaves(pairsOf([1, 2, 3, 5], [2, 4, 5, 6]), {
      measure: 'x',
      kind: 'interval',
    });
    expect(Object.keys(r)).toEqual([
      'measure',
      'comparison',
      'kind',
      'estimate',
      'confLow',
      'confHigh',
      'statistic',
      'df',
      'pValue',
      'pAdjusted',
      'effectSize',
      'method',
      'n',
      'nMissing',
      'test',
      'issues',
    ]);
    expect(r.test?.method).toBe('Paired t-test');
  });

  it('throws for broken arguments, naming them', () => {
    const pairs = pairsOf([1, 2], [2, 3]);
    expect(() =>
      compareWaves(pairs, { measure: 'x', kind: 'categorical' as never }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: kind must be one of 'binary', 'ordinal', 'scale', 'interval', got "categorical"]`,
    );
    expect(() =>
      compareWaves(pairs, { measure: 42 as never, kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: measure must be a property name or a function, got 42]`,
    );
    expect(() =>
      compareWaves(pairs, { measure: 'x', kind: 'scale', confLevel: 1.5 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: confLevel must be between 0 and 1 (exclusive), got 1.5]`,
    );
    expect(() =>
      compareWaves(7 as never, { measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: paired must be an array or other iterable of records, got 7]`,
    );
    expect(() =>
      compareWaves([null] as never, { measure: 'x', kind: 'scale' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: paired[0] must be a pair { key, t1, t2 }, got null]`,
    );
  });
});
