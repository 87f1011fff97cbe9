/**
 * @internal Splits `total` into whole numbers proportional to `weights` by largest remainder
 * (ties to the earlier key), so the parts always add up to `total` exactly.
 */
export function allocate<K extends string>(
  total: number,
  weights: Readonly<Record<K, number>>,
): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  const raw = keys.map((k) => (sum === 0 ? 0 : (total * weights[k]) / sum));
  const floors = raw.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = keys
    .map((_, i) => i)
    .sort((a, b) => raw[b]! - floors[b]! - (raw[a]! - floors[a]!) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return Object.fromEntries(keys.map((k, i) => [k, floors[i]!])) as Record<K, number>;
}
