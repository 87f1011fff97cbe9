// Newcombe's hybrid score interval for a difference of paired proportions (Newcombe 1998,
// "Improved confidence intervals for the difference between binomial proportions based on paired
// data", Stat Med 17:2635–50, method 10): the two Wilson limits combined with the phi correlation
// of the 2 × 2 table. Wald intervals for paired data overshoot [−1, 1] and collapse at 0 changes.
// Returned for p2 − p1 (Time 2 minus Time 1) from the table rows T1 yes/no, columns T2 yes/no.
import { wilsonInterval } from '../stats/wilson-interval.js';

export function pairedProportionInterval(
  a: number,
  b: number,
  c: number,
  d: number,
  confLevel = 0.95,
): { estimate: number; lower: number; upper: number } {
  const n = a + b + c + d;
  const w1 = wilsonInterval(a + b, n, { confLevel });
  const w2 = wilsonInterval(a + c, n, { confLevel });
  const p1 = (a + b) / n;
  const p2 = (a + c) / n;
  const margins = (a + b) * (c + d) * (a + c) * (b + d);
  const phi = margins === 0 ? 0 : (a * d - b * c) / Math.sqrt(margins);
  const estimate = (c - b) / n; // exact for the change, and exactly antisymmetric under a swap
  const dl2 = p2 - w2.lower;
  const du2 = w2.upper - p2;
  const dl1 = p1 - w1.lower;
  const du1 = w1.upper - p1;
  const below = Math.sqrt(Math.max(0, dl2 * dl2 - 2 * phi * dl2 * du1 + du1 * du1));
  const above = Math.sqrt(Math.max(0, du2 * du2 - 2 * phi * du2 * dl1 + dl1 * dl1));
  return { estimate, lower: estimate - below, upper: estimate + above };
}
