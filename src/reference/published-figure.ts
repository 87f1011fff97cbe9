import type { ExperienceGroup, ToolId, UsageLevel } from './sos-2017.js';

/**
 * One figure published on the 2017 evaluation's slides, as data.
 *
 * @category Reference data
 */
export interface PublishedFigure {
  /** A stable id, e.g. `usage.safety-planning.all` or `families.t2.interviewed`. */
  readonly id: string;
  /** The slide it appears on (seed deck, 26 September 2017). */
  readonly slide: number;
  /** What it says, in words close to the slide's. */
  readonly description: string;
  /** The number: a percentage (0–100) for `percent`, a share (0–1) for `fraction`, else a count. */
  readonly value: number;
  /** How to read `value`. */
  readonly unit: 'percent' | 'fraction' | 'count' | 'days' | 'multiplier';
  /** The denominator, where the slide gives one (e.g. 165 surveyed workers, 270 families). */
  readonly denominator?: number;
  /** True when the slide does not print the number and we computed it (e.g. 100 − 8 − 41). */
  readonly derived: boolean;
  /** The experience grouping the figure is about, if any. */
  readonly group?: ExperienceGroup;
  /** The tool the figure is about, if any. */
  readonly tool?: ToolId;
  /** The usage level the figure is about, if any. */
  readonly level?: UsageLevel;
  /** Caveats: how it was derived, or why the denominator is uncertain. */
  readonly note?: string;
}
