import { assertCount } from '../_lib/args.js';

/**
 * The default colours of unordered series (groups, cohorts, authorities): Okabe and Ito's
 * colour-blind-safe palette (Okabe & Ito 2008, "Color Universal Design"), ordered so that
 * neighbours differ most in lightness, with the yellow (hard to see on white) last. The charts
 * also give each series its own dash pattern or point shape, so they stay apart in greyscale.
 *
 * @category Charts
 * @example
 * ```ts
 * import { CATEGORICAL_COLOURS } from 'sos-eval/charts';
 * CATEGORICAL_COLOURS.slice(0, 2) //=> ['#0072B2', '#E69F00']
 * CATEGORICAL_COLOURS.length //=> 8
 * ```
 */
export const CATEGORICAL_COLOURS: readonly string[] = Object.freeze([
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#000000', // black
  '#D55E00', // vermillion
  '#56B4E9', // sky blue
  '#F0E442', // yellow
]);

// ColorBrewer's 'Blues' from its darkest to a light step (Harrower & Brewer 2003): lightness rises
// monotonically, so ordered levels read in order in colour, for every colour vision and in
// greyscale. The palest steps are left out so that the last level still shows on white.
const BLUES: readonly (readonly [number, number, number])[] = [
  [8, 48, 107],
  [8, 81, 156],
  [33, 113, 181],
  [66, 146, 198],
  [107, 174, 214],
  [158, 202, 225],
  [198, 219, 239],
];

const hex = (v: number): string => Math.round(v).toString(16).padStart(2, '0');

/**
 * `k` colours for ordered levels, darkest first (the level of most use, or the highest), spaced
 * evenly along ColorBrewer's sequential Blues: lightness rises monotonically, so the order reads
 * the same for every colour vision and in greyscale. The usage chart colours the study's usage
 * levels with these.
 *
 * @param k - How many levels, a whole number ≥ 1.
 * @throws RangeError when `k` is not a whole number ≥ 1.
 * @category Charts
 * @example
 * ```ts
 * import { orderedColours } from 'sos-eval/charts';
 * orderedColours(3) //=> ['#08306b', '#4292c6', '#c6dbef']
 * orderedColours(1) //=> ['#08306b']
 * ```
 */
export function orderedColours(k: number): string[] {
  assertCount('k', k);
  if (k < 1) throw new RangeError(`k must be at least 1, got ${k}`);
  const last = BLUES.length - 1;
  return Array.from({ length: k }, (_, i) => {
    const at = k === 1 ? 0 : (i * last) / (k - 1);
    const lo = Math.floor(at);
    const hi = Math.min(lo + 1, last);
    const t = at - lo;
    const [r, g, b] = [0, 1, 2].map((c) => BLUES[lo]![c]! + t * (BLUES[hi]![c]! - BLUES[lo]![c]!));
    return `#${hex(r!)}${hex(g!)}${hex(b!)}`;
  });
}
