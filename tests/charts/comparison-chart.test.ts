import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { comparisonChart } from 'sos-eval/charts';
import { compareWaves, type ComparisonRow } from 'sos-eval/longitudinal';
import { SOS_2017 } from 'sos-eval/reference';
import { checkSpec, markLabels } from './_harness.js';

const study = SOS_2017;
const row = (over: Partial<ComparisonRow>): ComparisonRow => ({
  measure: 'm',
  comparison: 'Time 2 - Time 1',
  kind: 'interval',
  estimate: 1,
  confLow: 0.5,
  confHigh: 1.5,
  statistic: 2,
  df: 10,
  pValue: 0.04,
  pAdjusted: null,
  effectSize: null,
  method: 'Paired t-test',
  n: 11,
  nMissing: 0,
  ...over,
});

describe('comparisonChart', { timeout: 120_000 }, () => {
  it('draws compareWaves rows: estimate, interval, zero line and p-value text', async () => {
    // Synthetic pairs: change 1, 2, 3, 2 → mean 2; R: t.test(c(1,2,3,2))$conf.int = 2 ± 3.182446·0.4082483.
    const pairs = [1, 2, 3, 2].map((d, i) => ({
      key: `f${i}`,
      from: { x: 10 },
      to: { x: 10 + d },
    }));
    const cmp = compareWaves(pairs, {
      study,
      from: 'T1',
      to: 'T2',
      measure: 'x',
      kind: 'interval',
    });
    const spec = comparisonChart([cmp]);
    const svg = await checkSpec(spec);
    expect(spec.data.values[0]!.label).toBe('x: Time 2 - Time 1');
    expect(spec.data.values[0]!.low as number).toBeCloseTo(2 - 3.182446 * 0.4082483, 5);
    expect(markLabels(svg, 'point')).toEqual([
      `x: Time 2 - Time 1: estimate 2 (0.701 to 3.299), p = ${cmp.pValue!.toFixed(3)}, n 4`,
    ]);
    // The zero line and the p-value column are drawn.
    expect(svg).toContain(`p = ${cmp.pValue!.toFixed(3)}`);
  });

  it('scales estimates, prefers Holm-adjusted p-values, numbers duplicate labels and names rows it cannot draw', async () => {
    const spec = comparisonChart(
      [
        row({ estimate: 0.1, confLow: 0.02, confHigh: 0.18, kind: 'binary', pAdjusted: 0.0004 }),
        row({ estimate: 0.1, confLow: null, confHigh: null, pValue: null }),
        row({ comparison: 'A vs B vs C', estimate: null, confLow: null, confHigh: null }),
      ],
      { scale: 100, xTitle: 'Change, percentage points' },
    );
    await checkSpec(spec);
    expect(spec.data.values.map((v) => [v.label, v.estimate, v.p])).toEqual([
      ['m: Time 2 - Time 1', 10, 'p(Holm) < 0.001'],
      ['m: Time 2 - Time 1 (2)', 10, 'p not computed'],
    ]);
    expect(spec.title.subtitle).toBe('Not drawn (no estimate): m: A vs B vs C.');
  });

  it('throws on broken arguments', () => {
    expect(() => comparisonChart('x' as never)).toThrow(/rows must be an array/);
    expect(() => comparisonChart([row({})], { scale: 0 })).toThrow(/options.scale/);
    expect(() => comparisonChart([row({ estimate: Number.NaN })])).toThrow(/rows\[0\].estimate/);
  });

  const rowArb = fc
    .record({
      measure: fc.string({ minLength: 1, maxLength: 12 }),
      comparison: fc.string({ maxLength: 30 }),
      estimate: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
      spread: fc.option(
        fc.tuple(
          fc.double({ min: 0, max: 1e3, noNaN: true }),
          fc.double({ min: 0, max: 1e3, noNaN: true }),
        ),
        { nil: null },
      ),
      pValue: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      pAdjusted: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    })
    .map(({ spread, ...r }) =>
      row({
        ...r,
        confLow: r.estimate === null || spread === null ? null : r.estimate - spread[0],
        confHigh: r.estimate === null || spread === null ? null : r.estimate + spread[1],
      }),
    );
  test.prop([fc.array(rowArb, { maxLength: 12 })], { numRuns: 20 })(
    'any comparison rows: the spec validates, compiles and renders a point per row with an estimate',
    async (rows) => {
      const svg = await checkSpec(comparisonChart(rows));
      expect(markLabels(svg, 'point')).toHaveLength(rows.filter((r) => r.estimate !== null).length);
    },
  );
});
