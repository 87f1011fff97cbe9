import type { Random } from './_random.js';

/**
 * @internal Item codes for `count` items coded `min`…`max` whose (keyed) sum is `total`: start
 * every item at `min` and add points to items chosen at random until the sum is reached.
 */
export function itemsSummingTo(
  random: Random,
  total: number,
  count: number,
  min: number,
  max: number,
): number[] {
  const items = new Array<number>(count).fill(min);
  let left = Math.max(0, Math.min(total, count * max) - count * min);
  while (left > 0) {
    const i = random.int(0, count - 1);
    if (items[i]! < max) {
      items[i]!++;
      left--;
    }
  }
  return items;
}

/** @internal A normal draw rounded and clamped to [lo, hi]. */
export const clampedNormal = (
  random: Random,
  mean: number,
  sd: number,
  lo: number,
  hi: number,
): number => Math.min(hi, Math.max(lo, Math.round(random.normal(mean, sd))));
