// The summaries' shared core: option checks, and a sample's mean, t-interval and bootstrap
// interval.
import { oneSampleTTest } from '../stats/one-sample-t-test.js';
import { assertCount, assertOneOf, assertOpenUnit, showValue } from '../_lib/args.js';
import { mean } from '../_lib/numeric/mean.js';
import { sd } from '../_lib/numeric/variance.js';
import { median } from '../_lib/numeric/median.js';
import {
  bootstrapStatistic,
  percentileInterval,
  studentizedInterval,
} from '../_lib/numeric/bootstrap.js';
import type { BootstrapInterval, BootstrapOptions, MeanInterval } from './mean-interval.js';

/** @internal Checks bootstrap options and fills defaults. */
export function readBootstrap(
  value: BootstrapOptions | undefined,
  defaultMethod: 'studentized' | 'percentile',
): Required<BootstrapOptions> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object')
    throw new TypeError(`options.bootstrap must be an object, got ${showValue(value)}`);
  const seed = value.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32)
    throw new RangeError(`options.bootstrap.seed must be a 32-bit integer, got ${showValue(seed)}`);
  const replicates = value.replicates ?? 2000;
  assertCount('options.bootstrap.replicates', replicates);
  if (replicates < 1)
    throw new RangeError(`options.bootstrap.replicates must be ≥ 1, got ${replicates}`);
  const method = value.method ?? defaultMethod;
  assertOneOf('options.bootstrap.method', method, ['studentized', 'percentile']);
  return { seed, replicates, method };
}

/** @internal The confidence level option. */
export function readLevel(value: unknown): number {
  const level = value ?? 0.95;
  assertOpenUnit('options.confLevel', level);
  return level;
}

/**
 * The mean and its standard error of resamples of `x`, fast: each resample's sums are taken of
 * the values centred on x's own mean, so one pass of plain sums loses no digits worth keeping
 * against the bootstrap's own Monte Carlo error (the reported mean and t-interval use the
 * compensated two-pass mean and variance of the numeric core).
 */
function resampledMeanAndSe(
  x: readonly number[],
): (s: ArrayLike<number>) => readonly [number, number] {
  const centre = mean(x);
  return (s) => {
    const n = s.length;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const d = s[i]! - centre;
      s1 += d;
      s2 += d * d;
    }
    const v = Math.max(0, (s2 - (s1 * s1) / n) / (n - 1));
    return [centre + s1 / n, Math.sqrt(v / n)];
  };
}

/** @internal The summary of finite values, options already read. */
export function summarise(
  x: readonly number[],
  nMissing: number,
  confLevel: number,
  boot: Required<BootstrapOptions> | undefined,
): MeanInterval {
  const n = x.length;
  const m = mean(x);
  const s = sd(x);
  let confInt: readonly [number, number] = [Number.NaN, Number.NaN];
  if (n >= 2 && s === 0) confInt = [m, m];
  else if (n >= 2) {
    // R's t.test(x, conf.level = …)$conf.int.
    confInt = oneSampleTTest(x, { confLevel }).confInt;
  }
  let bootstrap: BootstrapInterval | undefined;
  if (boot !== undefined) {
    let limits: readonly [number, number];
    const fast = resampledMeanAndSe(x);
    if (n < 2) limits = [Number.NaN, Number.NaN];
    else if (boot.method === 'studentized')
      limits = studentizedInterval(x, fast, boot.replicates, boot.seed, confLevel);
    else
      limits = percentileInterval(
        bootstrapStatistic(x, (sample) => fast(sample)[0], boot.replicates, boot.seed),
        confLevel,
      );
    bootstrap = Object.freeze({ ...boot, confInt: Object.freeze(limits) });
  }
  return Object.freeze({
    n,
    nMissing,
    mean: m,
    sd: s,
    median: median(x),
    confInt: Object.freeze(confInt),
    confLevel,
    ...(bootstrap === undefined ? {} : { bootstrap }),
  });
}
