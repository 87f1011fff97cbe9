/**
 * `sos-eval/reference` — published facts as typed data. The 2017 Signs of Safety evaluation is one
 * study, {@link SOS_2017}, defined with `defineStudy` like any user's: the ten pilots and their
 * experience grouping, the two cohorts and two interview waves, the Signs of Safety tool catalogue
 * ({@link SOS_TOOLS}, a catalogue to start a study's own from), and every figure on the
 * evaluators' slides 6–21 with its slide, denominator and whether we derived it.
 * [Where the reference figures come from](../../docs/reference-figures.md) gives the sources,
 * slide by slide. Nothing outside this module names a 2017 pilot, wave or window.
 *
 * @module reference
 */
export * from './sos-2017.js';
export * from './tools.js';
export type { PublishedFigure } from './published-figure.js';
export * from './evaluation-2017.js';
export * from './survey-usage-2017.js';
