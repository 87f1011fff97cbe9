// What aggregateEffects needs from a groupTimeEffects result but a tidy, frozen result should not
// show: the n × K influence-function matrix (a typed array cannot be frozen) and each unit's
// group. Kept beside the result, keyed by it, so only results made by groupTimeEffects aggregate.

export interface Influence {
  /** Units (rows of the matrix). */
  readonly n: number;
  /** n × K column-major: unit i's influence on ATT(g, t) number j at j·n + i (did's scaling). */
  readonly matrix: Float64Array;
  /** Each unit's first-treated period (Infinity for never treated). */
  readonly unitGroup: Float64Array;
}

export const INFLUENCE = new WeakMap<object, Influence>();

/** Σᵢ ψᵢ² / n², the variance did's getSE gives for an n-scaled influence function. */
export function seOf(psi: ArrayLike<number>, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += psi[i]! * psi[i]!;
  return Math.sqrt(s) / n;
}
