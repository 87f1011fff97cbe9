/**
 * `sos-eval/scaling` — being built; see the open issue for this module.
 *
 * @module scaling
 */
export {};
