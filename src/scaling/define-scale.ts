import { z } from 'zod';
import { assertFinite, showValue } from '../_lib/args.js';
import { offScaleReason, stepIndex } from '../_lib/on-scale.js';
import type { Scale, ScaleDefinition } from './scale.js';

// Points are built by multiplication, then rounded, so 0.1-step scales list 0.3 and not
// 0.30000000000000004.
const tidy = (x: number): number => Number(x.toPrecision(12));

/**
 * Builds a validated, frozen scale from its id, range, step and anchor wording. The scale carries
 * every point on it and a zod schema for its scores.
 *
 * @throws TypeError when `id` is not a non-empty string or `anchors` is not an object;
 *   RangeError when `min`/`max`/`step` are not finite, `min ≥ max`, `step ≤ 0`, `step` does not
 *   divide `max − min`, or an anchor is off the scale or has empty wording.
 * @category Scales
 * @example
 * ```ts
 * import { defineScale } from 'sos-eval/scaling';
 *
 * const worry = defineScale({ id: 'worry', min: 1, max: 5, step: 1, anchors: { 1: 'no worry', 5: 'very worried' } });
 * worry.points //=> [1, 2, 3, 4, 5]
 * worry.schema.safeParse(3).success //=> true
 * worry.schema.safeParse(3.5).success //=> false
 * Object.isFrozen(worry) //=> true
 * ```
 */
export function defineScale(definition: ScaleDefinition): Scale {
  if (definition === null || typeof definition !== 'object')
    throw new TypeError(`definition must be an object, got ${showValue(definition)}`);
  const { id, min, max, step, anchors } = definition;
  if (typeof id !== 'string' || id.trim() === '')
    throw new TypeError(`id must be a non-empty string, got ${showValue(id)}`);
  assertFinite('min', min);
  assertFinite('max', max);
  assertFinite('step', step);
  if (!(min < max))
    throw new RangeError(`min must be less than max, got min ${min} and max ${max}`);
  if (!(step > 0)) throw new RangeError(`step must be greater than 0, got ${step}`);
  const steps = stepIndex(max, min, step);
  if (Number.isNaN(steps))
    throw new RangeError(
      `step must divide max − min (${max} − ${min}) into whole steps, got ${step}`,
    );
  if (anchors === null || typeof anchors !== 'object' || Array.isArray(anchors))
    throw new TypeError(`anchors must be an object of score → wording, got ${showValue(anchors)}`);

  const frozenAnchors: Record<number, string> = {};
  for (const [key, wording] of Object.entries(anchors)) {
    const score = Number(key);
    if (key.trim() === '' || offScaleReason(score, { min, max, step }) !== undefined)
      throw new RangeError(
        `anchors must be keyed by points on the scale, got key ${showValue(key)}`,
      );
    if (typeof wording !== 'string' || wording.trim() === '')
      throw new RangeError(`anchors[${key}] must be non-empty wording, got ${showValue(wording)}`);
    frozenAnchors[score] = wording;
  }

  const points = Object.freeze(Array.from({ length: steps + 1 }, (_, k) => tidy(min + k * step)));
  const schema = z.number().check((ctx) => {
    const reason = offScaleReason(ctx.value, { min, max, step });
    if (reason !== undefined) {
      ctx.issues.push({
        code: 'custom',
        params: { code: reason.code },
        message: `${reason.text} (scale ${id}: ${min}–${max} in steps of ${step})`,
        input: ctx.value,
      });
    }
  });

  return Object.freeze({
    id,
    min,
    max,
    step,
    anchors: Object.freeze(frozenAnchors),
    points,
    schema,
  });
}
