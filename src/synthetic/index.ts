/**
 * `sos-eval/synthetic` — a seeded, record-level dataset shaped like the 2017 evaluation's and
 * consistent with its published figures, so that examples, tests, notebooks and the demo run
 * without anyone's real data. **Everything it makes is synthetic** and says so: start with
 * {@link synthesiseEvaluation}. The [analyses guide](../../docs/analyses.md) uses it throughout.
 *
 * @module synthetic
 */
export {
  synthesiseEvaluation,
  SYNTHETIC_NOTICE,
  type SyntheticEvaluation,
  type SynthesiseOptions,
} from './synthesise-evaluation.js';
export { SYNTHETIC_TARGETS } from './targets.js';
