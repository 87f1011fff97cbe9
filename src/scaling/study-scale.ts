import { showValue } from '../_lib/args.js';
import type { AnyStudy } from '../models/study/study.js';
import { defineScale } from './define-scale.js';
import type { Scale } from './scale.js';

/**
 * The working {@link Scale} (points, zod schema) of one of a study's scales, by id — for
 * summaries, drift and divergence on the scales a study defines.
 *
 * @param study - A study made by `defineStudy`.
 * @param id - The id of one of the study's scales.
 * @returns The scale, made with {@link defineScale}.
 * @throws RangeError when the study has no scale with that id.
 * @category Scales
 * @example
 * ```ts
 * import { defineStudy } from 'sos-eval/models';
 * import { studyScale } from 'sos-eval/scaling';
 *
 * const study = defineStudy({
 *   id: 's', title: 'S', pilots: [{ id: 'a', name: 'A' }],
 *   cohorts: [{ id: 'c', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
 *   waves: [{ id: 'w1', label: 'Baseline' }, { id: 'w2', label: 'Six months' }],
 *   tools: [{ id: 'mapping', name: 'Mapping' }],
 *   scales: [{ id: 'danger', min: 1, max: 5, step: 1 }],
 * });
 * studyScale(study, 'danger').points //=> [1, 2, 3, 4, 5]
 * ```
 */
export function studyScale(study: AnyStudy, id: string): Scale {
  if (study === null || typeof study !== 'object' || !Array.isArray(study.scales))
    throw new TypeError(`study must be a study made by defineStudy, got ${showValue(study)}`);
  const definition = study.scales.find((s) => s.id === id);
  if (definition === undefined)
    throw new RangeError(
      `id must be one of study ${JSON.stringify(study.id)}'s scales (${study.scales.map((s) => `'${s.id}'`).join(', ')}), got ${showValue(id)}`,
    );
  return defineScale(definition);
}
