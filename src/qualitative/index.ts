/**
 * Qualitative evidence: what key informants, focus groups and case files said, joined to the
 * quantitative side. Models bound to a study ({@link qualitativeModels}): sources with their site,
 * wave and informant role, codebooks, coded segments, self-profiling ratings, realist
 * context–mechanism–outcome configurations and EMMIE ratings. REFI-QDA exchange files from NVivo,
 * ATLAS.ti or MAXQDA in ({@link readQdpx}, {@link readQdc}; hostile archives refused with an issue,
 * never extracted) and codebooks out ({@link writeQdc}). Analyses: theme prevalence by site, role
 * and wave with exact intervals ({@link themePrevalence}), change on informants seen twice
 * ({@link themeChange}), co-occurrence, self-profiling over time, and inter-coder reliability
 * ({@link krippendorffAlpha}, {@link coderAgreement}). Subpath only: it brings a zip and an XML
 * reader. The [qualitative guide](../../docs/qualitative.md) goes from a synthetic export to a
 * theme table and a reliability table.
 *
 * @module qualitative
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
