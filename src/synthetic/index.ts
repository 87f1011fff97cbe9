/**
 * `sos-eval/synthetic` — being built; see the open issue for this module.
 *
 * @module synthetic
 */
export {};
