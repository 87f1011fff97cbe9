import { describe, expect, it } from 'vitest';
import { differenceInDifferences } from 'sos-eval/impact';
import { formatTest } from 'sos-eval/stats';
import { expectCloseToR, loadRFixture } from '../_support/r-fixtures.js';

interface DidCase {
  name: string;
  covariates: boolean;
  conf_level: number;
  data: {
    y: number[];
    treated: number[];
    post: number[];
    cluster: number[];
    x1: number[];
    x2: number[];
  };
  terms: string[];
  estimate: number[];
  se: number[];
  statistic: number[];
  p_value: number[];
  conf_low: number[];
  conf_high: number[];
  df: number;
  n: number;
  n_clusters: number;
  means: number[];
  means_n: number[];
}

const rowsOf = (d: DidCase['data']) =>
  d.y.map((y, i) => ({
    y,
    treated: d.treated[i] === 1,
    post: d.post[i],
    cluster: `c${d.cluster[i]}`,
    x1: d.x1[i],
    x2: d.x2[i],
  }));

describe('differenceInDifferences agrees with R lm + sandwich::vcovCL(type = "HC1")', () => {
  for (const c of loadRFixture<DidCase>('impact-did').cases) {
    it(c.name, () => {
      const fit = differenceInDifferences(rowsOf(c.data), {
        outcome: 'y',
        treated: 'treated',
        post: 'post',
        cluster: 'cluster',
        covariates: c.covariates ? ['x1', 'x2'] : [],
        confLevel: c.conf_level,
      });
      expect(fit.n).toBe(c.n);
      expect(fit.nClusters).toBe(c.n_clusters);
      expect(fit.df).toBe(c.df);
      expect(fit.nMissing).toBe(0);
      // R's terms are treated, post, x1, x2, treated:post; ours carry the same names.
      expect(fit.coefficients.map((r) => r.term)).toEqual(c.terms);
      fit.coefficients.forEach((row, j) => {
        expectCloseToR(row.estimate, c.estimate[j]!, `${row.term} estimate`, 1e-8);
        expectCloseToR(row.se, c.se[j]!, `${row.term} se`, 1e-8);
        expectCloseToR(row.statistic, c.statistic[j]!, `${row.term} t`, 1e-8);
        expectCloseToR(row.pValue, c.p_value[j]!, `${row.term} p`, 1e-7);
        expectCloseToR(row.confLow, c.conf_low[j]!, `${row.term} lower`, 1e-8);
        expectCloseToR(row.confHigh, c.conf_high[j]!, `${row.term} upper`, 1e-8);
      });
      const last = c.terms.length - 1;
      expectCloseToR(fit.estimate, c.estimate[last]!, 'estimate', 1e-8);
      expectCloseToR(fit.se, c.se[last]!, 'se', 1e-8);
      expect(fit.confLevel).toBe(c.conf_level);
      // R orders the cells (treated, post) = (0,0), (0,1), (1,0), (1,1), as we do.
      fit.means.forEach((m, j) => {
        expectCloseToR(m.mean, c.means[j]!, `mean ${j}`, 1e-12);
        expect(m.n).toBe(c.means_n[j]);
      });
      expect(Object.isFrozen(fit) && Object.isFrozen(fit.coefficients[0])).toBe(true);
    });
  }

  it('without covariates the estimate is the difference of the four means', () => {
    const c = loadRFixture<DidCase>('impact-did').cases[0]!;
    const fit = differenceInDifferences(rowsOf(c.data), {
      outcome: 'y',
      treated: 'treated',
      post: 'post',
      cluster: 'cluster',
    });
    const [m00, m01, m10, m11] = fit.means.map((m) => m.mean) as [number, number, number, number];
    expect(fit.estimate).toBeCloseTo(m11 - m10 - (m01 - m00), 12);
  });
});

describe('wild cluster restricted bootstrap agrees with R by brute force', () => {
  interface WildCase {
    name: string;
    p_value: number;
    iterations: number;
    t: number;
  }
  const did = loadRFixture<DidCase>('impact-did').cases;
  for (const w of loadRFixture<WildCase>('impact-did-wild').cases) {
    it(w.name, () => {
      const c = did.find((x) => x.name === w.name)!;
      const fit = differenceInDifferences(rowsOf(c.data), {
        outcome: 'y',
        treated: 'treated',
        post: 'post',
        cluster: 'cluster',
        covariates: c.covariates ? ['x1', 'x2'] : [],
        wildBootstrap: { seed: 1 },
      });
      expectCloseToR(fit.statistic, w.t, 't', 1e-8);
      // Every one of the 2^G sign vectors, as R refitted them: the p-value is a count, exact.
      expect(fit.wildBootstrap).toEqual({
        pValue: w.p_value,
        iterations: w.iterations,
        enumerated: true,
      });
    });
  }

  it('draws with a seed when 2^G exceeds the draws asked for', () => {
    const c = did.find((x) => x.n_clusters === 60)!;
    const run = (seed: number) =>
      differenceInDifferences(rowsOf(c.data), {
        outcome: 'y',
        treated: 'treated',
        post: 'post',
        cluster: 'cluster',
        wildBootstrap: { seed, iterations: 999 },
      });
    const a = run(3);
    expect(a.wildBootstrap!.enumerated).toBe(false);
    expect(a.wildBootstrap!.iterations).toBe(999);
    expect(run(3).wildBootstrap).toEqual(a.wildBootstrap);
    // With 60 clusters the bootstrap and the t test agree closely.
    expect(Math.abs(a.wildBootstrap!.pValue - a.pValue)).toBeLessThan(0.05);
    expect(() =>
      differenceInDifferences(rowsOf(c.data), {
        outcome: 'y',
        treated: 'treated',
        post: 'post',
        cluster: 'cluster',
        wildBootstrap: { seed: 0.5 },
      }),
    ).toThrow(/options.wildBootstrap.seed/);
  });
});

describe('a published 2 × 2: Card & Krueger (1994)', () => {
  // Card, D. & Krueger, A. B. (1994). Minimum wages and employment: a case study of the fast-food
  // industry in New Jersey and Pennsylvania. American Economic Review 84(4), 772–793, Table 3:
  // mean FTE employment NJ 20.44 before, 21.03 after; PA 23.33 before, 21.17 after; the
  // difference-in-differences printed there is 2.76 (from unrounded means). From the rounded
  // means it is (21.03 − 20.44) − (21.17 − 23.33) = 0.59 + 2.16 = 2.75.
  it('recovers the printed estimate from the printed means', () => {
    const means: Record<string, [number, number]> = { NJ: [20.44, 21.03], PA: [23.33, 21.17] };
    const rows = Object.entries(means).flatMap(([state, [before, after]]) =>
      [1, 2, 3].flatMap((k) => [
        { store: `${state}${k}`, nj: state === 'NJ', post: false, fte: before },
        { store: `${state}${k}`, nj: state === 'NJ', post: true, fte: after },
      ]),
    );
    const fit = differenceInDifferences(rows, {
      outcome: 'fte',
      treated: 'nj',
      post: 'post',
      cluster: 'store',
    });
    expect(fit.estimate).toBeCloseTo(2.75, 10);
    expect(Math.abs(fit.estimate - 2.76)).toBeLessThan(0.011);
    expect(fit.means.map((m) => m.mean)).toEqual([23.33, 21.17, 20.44, 21.03]);
  });
});

describe('differenceInDifferences: data and arguments', () => {
  const base = [1, 2, 3, 4].flatMap((c) =>
    [0, 1].flatMap((post) =>
      [0, 1].map((r) => ({ c, t: c <= 2, post, y: c + post + r + (c <= 2 ? 2 * post : 0) })),
    ),
  );
  const opts = { outcome: 'y', treated: 't', post: 'post', cluster: 'c' } as const;

  it('counts and reports missing and unreadable cells, keeping the rest', () => {
    const rows: unknown[] = [
      ...base,
      { c: 1, t: true, post: 1, y: null },
      { c: 1, t: 'yes', post: 1, y: 3 },
    ];
    const fit = differenceInDifferences(rows, opts);
    expect(fit.n).toBe(base.length);
    expect(fit.nMissing).toBe(2);
    expect(fit.issues.map((i) => [i.path, i.code])).toEqual([
      [[16, 'y'], 'missing_value'],
      [[17, 't'], 'invalid_value'],
    ]);
  });

  it('reads columns by accessor functions as by keys', () => {
    const a = differenceInDifferences(base, opts);
    const b = differenceInDifferences(base, {
      outcome: (r) => r.y,
      treated: (r) => r.t,
      post: (r) => r.post,
      cluster: (r) => r.c,
    });
    expect(b.estimate).toBe(a.estimate);
    expect(b.se).toBe(a.se);
  });

  it('throws a RangeError naming each problem', () => {
    expect(() => differenceInDifferences(base, { ...opts, cluster: () => 'one' })).toThrow(
      /only one cluster/,
    );
    expect(() => differenceInDifferences(base, { ...opts, treated: () => false })).toThrow(
      /no treated rows/,
    );
    expect(() => differenceInDifferences(base, { ...opts, treated: () => true })).toThrow(
      /no untreated/,
    );
    expect(() => differenceInDifferences(base, { ...opts, post: () => 1 })).toThrow(
      /no rows before/,
    );
    expect(() =>
      differenceInDifferences(base, { ...opts, covariates: [(r: { post: number }) => 2 * r.post] }),
    ).toThrow(RangeError);
    expect(() =>
      differenceInDifferences(base, {
        ...opts,
        covariates: [
          'y',
          function twiceY(r: { y: number }) {
            return 2 * r.y;
          },
        ],
      }),
    ).toThrow(/twiceY is collinear/);
    expect(() => differenceInDifferences(base, { ...opts, confLevel: 1 })).toThrow(
      /options.confLevel/,
    );
    expect(() => differenceInDifferences(base, { ...opts, outcome: 3 as never })).toThrow(
      TypeError,
    );
  });

  it('prints like an htest', () => {
    const text = formatTest(differenceInDifferences(base, opts));
    expect(text.split('\n')[2]).toMatch(/^t = .*, df = 3, p-value/);
    expect(text).toContain('t:post');
  });
});
