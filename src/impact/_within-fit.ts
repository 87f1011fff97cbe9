// A regression with unit and period fixed effects absorbed by the within transformation, with
// cluster-robust inference; shared by twoWayFixedEffects and eventStudy.
import { codesOf } from './_columns.js';
import { fitClustered, type ClusteredFit } from './_fit.js';
import { components, demeanTwoWay } from './_within.js';

export interface WithinFit extends ClusteredFit {
  readonly nUnits: number;
  readonly nTimes: number;
  readonly nClusters: number;
  readonly iterations: number;
  /** Rank of the full dummy-variable model (R's `fit$rank`). */
  readonly rank: number;
}

export function withinFit(
  y: ArrayLike<number>,
  regressors: readonly ArrayLike<number>[],
  unit: ArrayLike<string | number>,
  time: ArrayLike<string | number>,
  cluster: ArrayLike<string | number>,
  terms: readonly string[],
  confLevel: number,
  clusterOption: string,
  what: string,
): WithinFit {
  const n = y.length;
  const k = regressors.length;
  const units = codesOf(unit);
  const times = codesOf(time);
  const clusters = codesOf(cluster);
  if (clusters.levels.length < 2) {
    throw new RangeError(
      `${clusterOption}: only one cluster (${String(clusters.levels[0])}); cluster-robust errors need at least two`,
    );
  }
  const a = { codes: units.codes, count: units.levels.length };
  const b = { codes: times.codes, count: times.levels.length };
  const x = new Float64Array(n * k);
  const columns: Float64Array[] = [];
  for (let j = 0; j < k; j++) {
    const col = x.subarray(j * n, (j + 1) * n);
    const r = regressors[j]!;
    for (let i = 0; i < n; i++) col[i] = r[i]!;
    columns.push(col);
  }
  const yy = Float64Array.from(y);
  const iterations = demeanTwoWay([yy, ...columns], a, b);
  const rank = k + a.count + b.count - components(a, b);
  const fit = fitClustered(
    x,
    yy,
    clusters.codes,
    clusters.levels.length,
    n,
    k,
    rank,
    terms,
    confLevel,
    what,
  );
  return {
    ...fit,
    nUnits: a.count,
    nTimes: b.count,
    nClusters: clusters.levels.length,
    iterations,
    rank,
  };
}
