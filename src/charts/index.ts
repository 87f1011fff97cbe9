/**
 * Charts: Vega-Lite v5 specifications built from the package's results — plain, frozen JSON with
 * the data inline, drawn as they are by Jupyter (`application/vnd.vegalite.v5+json`), VS Code,
 * Observable or vega-embed, with no runtime dependency on Vega. Tool use from `usageShares`
 * ({@link usageChart}), a measure across waves ({@link measureWaveChart}), comparisons as a forest
 * plot ({@link comparisonChart}), drift in safety judgements ({@link driftChart}), administrative
 * indicators by authority ({@link indicatorChart}), event studies ({@link eventStudyChart}) and
 * cost breakdowns ({@link costBreakdownChart}). Every spec has a title and a description (its
 * accessible name), colour-blind-safe colours readable in greyscale and labels from the study;
 * cells hidden by `sos-eval/disclosure` are drawn as gaps with a note, never as zero. The
 * [charts guide](../../docs/charts.md) shows each one.
 *
 * @module charts
 */
export {
  VEGA_LITE_SCHEMA,
  type ChartDatum,
  type ChartSpec,
  type JsonValue,
  type VegaLiteSpec,
} from './vega-lite-spec.js';
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
