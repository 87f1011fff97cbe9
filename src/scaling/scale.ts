import type { z } from 'zod';

/**
 * A scaling question's scale: its id, range, step, the wording of its anchor points, every point
 * on it, and a zod schema that accepts exactly those points. Build one with `defineScale`; the
 * object is frozen.
 *
 * @category Scales
 */
export interface Scale {
  /** A short id, e.g. `safety`. */
  readonly id: string;
  /** The lowest score. */
  readonly min: number;
  /** The highest score. */
  readonly max: number;
  /** The distance between neighbouring points (1 for whole points, 0.5 for half points). */
  readonly step: number;
  /** Wording of the anchored points, keyed by score (wording varies by authority, so it is data). */
  readonly anchors: Readonly<Record<number, string>>;
  /** Every point on the scale from `min` to `max`, in order. */
  readonly points: readonly number[];
  /** A zod schema accepting a number on the scale (in range and on a step). */
  readonly schema: z.ZodType<number>;
}

/**
 * What `defineScale` needs: id, range, step and anchor wording.
 *
 * @category Scales
 */
export interface ScaleDefinition {
  /** A short id, e.g. `safety`. */
  readonly id: string;
  /** The lowest score. */
  readonly min: number;
  /** The highest score; greater than `min`. */
  readonly max: number;
  /** The distance between points; positive, and dividing `max − min` into whole steps. */
  readonly step: number;
  /** Wording of anchored points, keyed by a score on the scale. */
  readonly anchors: Readonly<Record<number, string>>;
}
