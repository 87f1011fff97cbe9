/**
 * Rounds an amount of pounds to the penny, half away from zero (£1.005 → £1.01, −£1.005 →
 * −£1.01), the rule of the PSSRU tables and of most accounts. Amounts computed in binary are
 * rarely exact halves (1.005 is stored as 1.00499999999999989…), so a value within 16 units in
 * the last place of a half penny counts as that half penny. The package keeps every amount
 * unrounded and rounds only for display: round the figures you print, never the ones you add up.
 *
 * @throws TypeError when `pounds` is not a number.
 * @category Unit costs
 * @example
 * ```ts
 * import { roundPence } from 'sos-eval/costs';
 *
 * roundPence(35.986842) //=> 35.99
 * roundPence(1.005) //=> 1.01
 * roundPence(-1.005) //=> -1.01
 * roundPence(2.675) //=> 2.68
 * roundPence(0.004999) //=> 0
 * ```
 */
export function roundPence(pounds: number): number {
  if (typeof pounds !== 'number')
    throw new TypeError(`pounds must be a number, got ${typeof pounds}`);
  if (!Number.isFinite(pounds)) return pounds;
  const scaled = Math.abs(pounds) * 100;
  let pence = Math.floor(scaled);
  const fraction = scaled - pence;
  if (fraction >= 0.5 - 16 * Number.EPSILON * Math.max(1, scaled)) pence += 1;
  const out = pence / 100;
  return pounds < 0 && out !== 0 ? -out : out;
}
