/**
 * Charts: Vega-Lite v5 specifications built from the package's results.
 *
 * @module sos-eval/charts
 */
export { VEGA_LITE_SCHEMA, type JsonValue, type VegaLiteSpec } from './vega-lite-spec.js';
export type { ChartOptions } from './chart-options.js';
export { CATEGORICAL_COLOURS, orderedColours } from './palettes.js';
export { usageChart, type UsageChartOptions } from './usage-chart.js';
export {
  measureWaveChart,
  type MeasureWaveChartOptions,
  type MeasureWaveInput,
} from './measure-wave-chart.js';
export { comparisonChart, type ComparisonChartOptions } from './comparison-chart.js';
export { driftChart, type DriftChartOptions } from './drift-chart.js';
export { indicatorChart, type IndicatorChartOptions } from './indicator-chart.js';
export { eventStudyChart, type EventStudyChartOptions } from './event-study-chart.js';
export { costBreakdownChart, type CostBreakdownChartOptions } from './cost-breakdown-chart.js';
