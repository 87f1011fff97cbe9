import { describe, expect, it } from 'vitest';
import { meanInterval } from 'sos-eval/costs';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { expectCloseToR, expectCloseToRNearZero, loadRFixture } from '../_support/r-fixtures.js';

interface MeanCase {
  name: string;
  x: number[];
  confLevel: number;
  mean: number;
  sd: number;
  median: number;
  lower: number;
  upper: number;
}

describe('meanInterval agrees with R (t.test, mean, sd, median) at 1e-9', () => {
  const { cases } = loadRFixture<MeanCase>('costs-means');
  it.each(cases.map((c) => [`${c.name} at ${c.confLevel}`, c] as const))('%s', (_label, c) => {
    const r = meanInterval(c.x, { confLevel: c.confLevel });
    // Relative 1e-9, except a value that cancels to near 0 against the data's magnitude (a mean
    // or a limit of data centred on 0), compared absolutely at 1e-9 × max|x| (CONTRIBUTING).
    const scale = Math.max(...c.x.map(Math.abs));
    const close = (actual: number, expected: number, label: string) =>
      Math.abs(expected) < 1e-3 * scale
        ? expectCloseToRNearZero(actual, expected, label, scale)
        : expectCloseToR(actual, expected, label);
    close(r.mean, c.mean, 'mean');
    expectCloseToR(r.sd, c.sd, 'sd');
    expectCloseToR(r.median, c.median, 'median');
    close(r.confInt[0], c.lower, 'lower');
    close(r.confInt[1], c.upper, 'upper');
    // The width too, so data far from 0 with a tiny spread (1e6 + 0.001 …) are checked where it
    // matters; R's own limits carry about 1e-16 × 1e6 of rounding, hence 1e-6 relative here.
    expectCloseToR(r.confInt[1] - r.confInt[0], c.upper - c.lower, 'width', 1e-6);
    expect(r.n).toBe(c.x.length);
  });
});

describe('meanInterval: edges and arguments', () => {
  it('leaves out and counts missing values', () => {
    const r = meanInterval([1, null, 3, undefined, Number.NaN]);
    expect([r.n, r.nMissing, r.mean]).toEqual([2, 3, 2]);
  });
  it('gives NaN limits below two values and the constant for a constant sample', () => {
    expect(meanInterval([5]).confInt).toEqual([Number.NaN, Number.NaN]);
    expect(meanInterval([]).mean).toBeNaN();
    expect(meanInterval([4, 4, 4]).confInt).toEqual([4, 4]);
  });
  it('names broken arguments', () => {
    expect(() => meanInterval([1, Infinity])).toThrow(
      'values[1] must be a finite number, got Infinity',
    );
    expect(() => meanInterval([1, 2], { confLevel: 95 })).toThrow(/options\.confLevel/);
    expect(() => meanInterval([1, 2], { bootstrap: { seed: 1.5 } })).toThrow(
      'options.bootstrap.seed must be a 32-bit integer, got 1.5',
    );
    expect(() => meanInterval([1, 2], { bootstrap: { seed: 1, replicates: 0 } })).toThrow(
      /replicates must be ≥ 1/,
    );
  });
});

describe('the seeded bootstrap', () => {
  const x = [12, 0.5, 3.25, 40, 7, 7, 2.5, 19, 1, 4.75, 0.25, 66];
  it('is reproducible per seed and changes with it', () => {
    for (const method of ['studentized', 'percentile'] as const) {
      const a = meanInterval(x, { bootstrap: { seed: 7, replicates: 500, method } });
      const b = meanInterval(x, { bootstrap: { seed: 7, replicates: 500, method } });
      const c = meanInterval(x, { bootstrap: { seed: 8, replicates: 500, method } });
      expect(a.bootstrap).toEqual(b.bootstrap);
      expect(a.bootstrap?.confInt).not.toEqual(c.bootstrap?.confInt);
      expect(a.bootstrap).toMatchObject({ method, seed: 7, replicates: 500 });
    }
  });
  it('brackets the mean; the percentile interval lies within the sample range', () => {
    const r = meanInterval(x, { bootstrap: { seed: 3, method: 'percentile' } });
    const [lo, hi] = r.bootstrap!.confInt;
    expect(lo).toBeLessThan(r.mean);
    expect(hi).toBeGreaterThan(r.mean);
    expect(lo).toBeGreaterThanOrEqual(Math.min(...x));
    expect(hi).toBeLessThanOrEqual(Math.max(...x));
  });

  // Coverage by simulation. Exponential times with mean 1 (skewness 2, a right-skewed
  // distribution like times and costs), n = 100 per sample, 2,000 seeded replications, 400
  // resamples each: the nominal 95% studentized interval must cover the true mean 1 in 93–97% of
  // them (the binomial standard error of a coverage of 0.95 over 2,000 is 0.0049). The samples come
  // from their own seeded stream, each replication's bootstrap from its own seed.
  it('a nominal 95% interval covers the true mean of a skewed distribution in 93–97% of 2,000 replications', () => {
    const rng = xoroshiro128plus(20261203);
    const n = 100;
    let covered = 0;
    const replications = 2000;
    const sample = new Array<number>(n);
    for (let rep = 0; rep < replications; rep++) {
      // Inverse CDF: −log(1 − U) is exponential with mean 1.
      for (let i = 0; i < n; i++) sample[i] = -Math.log(1 - uniformFloat64(rng));
      const [lo, hi] = meanInterval(sample, { bootstrap: { seed: rep, replicates: 400 } })
        .bootstrap!.confInt;
      if (lo <= 1 && 1 <= hi) covered++;
    }
    const coverage = covered / replications;
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  }, 60_000);
});
