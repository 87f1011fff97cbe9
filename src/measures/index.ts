/**
 * `sos-eval/measures` — being built; see the open issue for this module.
 *
 * @module measures
 */
export {};
