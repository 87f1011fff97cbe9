/**
 * `sos-eval/io` — CSV in and out. {@link readCsv} reads the CSV files that spreadsheets and
 * case-management systems (Liquidlogic, Mosaic) and survey tools export — BOM, CRLF, Excel
 * quoting, UK `dd/mm/yyyy` dates — into records checked by a zod object schema (a study's own,
 * such as `study.schemas.family`), keeping every good row and reporting each problem with its
 * spreadsheet row and column; {@link readCsvStream} does the same over text arriving in pieces,
 * in bounded memory; {@link csvPresets} builds from a study the options that know the usual
 * layouts and the study's sites, waves, cohorts, tools and usage answers by name; {@link toCsv}
 * writes tidy results back out. Runs in browsers as well as Node, in time linear in the input.
 * [Getting started](../../docs/getting-started.md) reads a UK-dated export and its problems.
 *
 * @module io
 */
export * from './csv-date-format.js';
export type { CsvIssue } from './csv-issue.js';
export { MAX_ITEMS } from './read-csv-options.js';
export type { CsvColumnMapper, ReadCsvOptions } from './read-csv-options.js';
export type { CsvRowResult } from './csv-row-result.js';
export * from './read-csv.js';
export * from './read-csv-stream.js';
export * from './to-csv.js';
export * from './csv-presets.js';
