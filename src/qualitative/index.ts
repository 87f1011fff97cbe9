/**
 * Qualitative evidence: sources, codebooks and coded segments, REFI-QDA in and out, theme prevalence and inter-coder reliability.
 *
 * @module sos-eval/qualitative
 */
export * from './krippendorff-alpha.js';
export * from './source.js';
export * from './codebook.js';
export * from './coded-segment.js';
export * from './self-profiling-rating.js';
export * from './realist-configuration.js';
export * from './emmie-rating.js';
export * from './qualitative-models.js';
export * from './read-qdc.js';
export * from './write-qdc.js';
export * from './read-qdpx.js';
export * from './qda-records.js';
export * from './theme-prevalence.js';
export * from './theme-change.js';
export * from './code-co-occurrence.js';
export * from './coder-agreement.js';
export * from './self-profiling.js';
export type { CodedSources } from './_records.js';
