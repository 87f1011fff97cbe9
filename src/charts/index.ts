/**
 * Charts: Vega-Lite v5 specifications built from the package's results.
 *
 * @module sos-eval/charts
 */
export {};
