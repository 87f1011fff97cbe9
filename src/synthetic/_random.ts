import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/** @internal A seeded source of randomness; every draw advances one xoroshiro128+ stream. */
export interface Random {
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** A number in [0, 1). */
  float(): number;
  /** A normal draw (Box–Muller on two uniform draws). */
  normal(mean: number, sd: number): number;
  /** Fisher–Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** One item. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** @internal */
export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const float = () => uniformFloat64(rng);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  return {
    int,
    float,
    normal(mean, sd) {
      // 1 − u keeps the argument of log away from 0.
      const u = 1 - float();
      const v = float();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        const tmp = out[i]!;
        out[i] = out[j]!;
        out[j] = tmp;
      }
      return out;
    },
    pick(items) {
      return items[int(0, items.length - 1)]!;
    },
    chance(p) {
      return float() < p;
    },
  };
}

/**
 * @internal A shuffled list with exactly `count` copies of each value: the way every published
 * marginal is hit exactly while the records that carry it change with the seed.
 */
export function exactly<T>(random: Random, parts: readonly (readonly [T, number])[]): T[] {
  const out: T[] = [];
  for (const [value, count] of parts) for (let i = 0; i < count; i++) out.push(value);
  return random.shuffle(out);
}

/**
 * @internal One of `values`, drawn with probability proportional to its weight (one uniform
 * draw). Weights are finite and ≥ 0 with a positive sum; the caller checks.
 */
export function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let u = random.float() * total;
  for (const [value, w] of entries) {
    if (u < w) return value;
    u -= w;
  }
  // Rounding can leave u at the very top: the last value with any weight.
  return entries.filter(([, w]) => w > 0).at(-1)![0];
}
