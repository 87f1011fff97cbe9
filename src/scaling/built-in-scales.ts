// One source for the default scales: a study with no scales of its own has these (models).
import { DEFAULT_SCALES } from '../models/study/study-defaults.js';
import { defineScale } from './define-scale.js';
import type { Scale } from './scale.js';

/**
 * The Signs of Safety safety scale, 0–10 in half points: 0 = not safe for the children to stay in
 * the parents' care (harm will recur), 10 = safe enough to close the case. Authorities word the
 * anchors differently; define your own scale with `defineScale` to use theirs.
 *
 * @category Scales
 * @example
 * ```ts
 * import { SAFETY_SCALE } from 'sos-eval/scaling';
 *
 * [SAFETY_SCALE.min, SAFETY_SCALE.max, SAFETY_SCALE.step] //=> [0, 10, 0.5]
 * SAFETY_SCALE.points.length //=> 21
 * SAFETY_SCALE.anchors[10] //=> 'Safe enough to close the case'
 * ```
 */
export const SAFETY_SCALE: Scale = defineScale(DEFAULT_SCALES[0]);

/**
 * Workers' confidence in using the framework, 1–10 in whole points (the 2017 evaluation's
 * survey question).
 *
 * @category Scales
 * @example
 * ```ts
 * import { CONFIDENCE_SCALE } from 'sos-eval/scaling';
 *
 * CONFIDENCE_SCALE.points //=> [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
 * ```
 */
export const CONFIDENCE_SCALE: Scale = defineScale(DEFAULT_SCALES[1]);

/**
 * The organisational implementation scale MTM used, 0–10 in whole points: 0 = implementation
 * barely begun, 10 = fully implemented.
 *
 * @category Scales
 * @example
 * ```ts
 * import { IMPLEMENTATION_SCALE } from 'sos-eval/scaling';
 *
 * IMPLEMENTATION_SCALE.anchors[0] //=> 'Implementation barely begun'
 * IMPLEMENTATION_SCALE.schema.safeParse(10).success //=> true
 * ```
 */
export const IMPLEMENTATION_SCALE: Scale = defineScale(DEFAULT_SCALES[2]);
