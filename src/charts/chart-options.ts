/**
 * Options every chart builder takes. Each builder's own options extend these.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { ChartOptions } from 'sos-eval/charts';
 * const options: ChartOptions = { title: 'Tool use', width: 480 };
 * options.width //=> 480
 * ```
 */
export interface ChartOptions {
  /** The chart's title; each builder has a default naming what it shows. */
  readonly title?: string;
  /** A subtitle under the title (for example the data's source); none by default. */
  readonly subtitle?: string;
  /**
   * The chart's description, its accessible name (read by screen readers, and the `aria-label`
   * of the rendered SVG); each builder writes one from the data by default.
   */
  readonly description?: string;
  /** Width of the plotting area in pixels, a whole number from 100 to 4000 (default 480). */
  readonly width?: number;
  /**
   * Colours for the chart's series, in order, as CSS colours. The defaults are chosen to be told
   * apart with colour-blindness and in greyscale: {@link CATEGORICAL_COLOURS} for unordered series
   * (always paired with dash patterns or shapes) and {@link orderedColours} for ordered levels.
   */
  readonly colours?: readonly string[];
}
