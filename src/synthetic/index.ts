/**
 * `sos-eval/synthetic` — seeded, record-level datasets, so that examples, tests, notebooks, the
 * demo and your own pipeline run without anyone's real data. {@link synthesiseStudy} makes one for
 * any study defined with `defineStudy` (every site, cohort, wave and tool represented, every
 * record valid for the study); {@link synthesiseEvaluation} makes the 2017 evaluation's, consistent
 * with its published figures. **Everything they make is synthetic** and says so. The
 * [analyses guide](../../docs/analyses.md) uses them throughout.
 *
 * @module synthetic
 */
export {
  synthesiseEvaluation,
  SYNTHETIC_NOTICE,
  type SyntheticEvaluation,
  type SynthesiseOptions,
} from './synthesise-evaluation.js';
export {
  synthesiseStudy,
  type SyntheticStudy,
  type SynthesiseStudyOptions,
  type UsageQuestion,
  type UsageWeights,
} from './synthesise-study.js';
export { SYNTHETIC_TARGETS } from './targets.js';
