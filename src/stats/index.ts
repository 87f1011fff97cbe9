/**
 * `sos-eval/stats` — being built; see the open issue for this module.
 *
 * @module stats
 */
export {};
