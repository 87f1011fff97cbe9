/**
 * `sos-eval/usage` — being built; see the open issue for this module.
 *
 * @module usage
 */
export {};
