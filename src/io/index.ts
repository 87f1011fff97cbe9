/**
 * `sos-eval/io` — being built; see the open issue for this module.
 *
 * @module io
 */
export {};
