/**
 * Qualitative evidence: sources, codebooks and coded segments, REFI-QDA in and out, theme prevalence and inter-coder reliability.
 *
 * @module sos-eval/qualitative
 */
export * from './krippendorff-alpha.js';
