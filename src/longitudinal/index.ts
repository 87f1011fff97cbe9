/**
 * `sos-eval/longitudinal` — being built; see the open issue for this module.
 *
 * @module longitudinal
 */
export {};
