/**
 * @internal Rounds halves away from zero (2.5 → 3, 7.5 → 8, −2.5 → −3), as SPSS's RND does in the
 * official SDQ scoring syntax; `Math.round` would send −2.5 to −2 and R's `round` 2.5 to 2.
 */
export function roundHalfUp(x: number): number {
  return Math.sign(x) * Math.floor(Math.abs(x) + 0.5);
}
