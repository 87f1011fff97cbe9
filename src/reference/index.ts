/**
 * `sos-eval/reference` — the published facts of the 2017 Signs of Safety evaluation as typed
 * data: the ten pilots and their experience groupings, the two cohorts and two interview waves,
 * the tool catalogue, and every figure on the evaluators' slides 6–21 with its slide, denominator
 * and whether we derived it. [Where the reference figures come from](../../docs/reference-figures.md)
 * gives the sources, slide by slide.
 *
 * @module reference
 */
export * from './pilots.js';
export * from './cohorts.js';
export * from './tools.js';
export type { PublishedFigure } from './published-figure.js';
export * from './evaluation-2017.js';
export * from './survey-usage-2017.js';
