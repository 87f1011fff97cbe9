import { deepFreeze } from '../_lib/deep-freeze.js';
import {
  CinIndicatorAccumulator,
  checkIndicatorOptions,
  headerYear,
  skipped,
  type CinIndicatorOptions,
  type CinIndicatorResult,
} from './cin-indicators.js';
import type { CinIssue } from './cin-issue.js';
import {
  cinCensusBatches,
  type CinCensusSource,
  type ReadCinCensusOptions,
} from './read-cin-census.js';

/**
 * Options for {@link cinIndicatorsFromSources}: the indicator options plus how files are read.
 *
 * @category Indicators
 */
export interface CinIndicatorsFromSourcesOptions extends CinIndicatorOptions {
  /** Passed to the reader for every file (limits, schema year). */
  readonly read?: ReadCinCensusOptions;
}

/**
 * The indicators of {@link cinIndicators} computed while the files are read, in one streaming
 * pass: each child is counted as soon as it is parsed and then let go, so memory stays flat in
 * the number of children (a national year, about 650,000 children in need, or more). Each source
 * is a file's text, bytes or a stream (e.g. `fs.createReadStream(path)`); files are read one
 * after another. The issues are the reader's (by file, element path and line, each with
 * `path[0]` the file's index) plus files that could not be placed (no LA code or year).
 *
 * @throws TypeError/RangeError for a broken source or option, never for the data.
 * @category Indicators
 * @example
 * ```ts
 * import { cinIndicatorsFromSources, synthesiseCinCensus } from 'sos-eval/admin';
 * // synthetic: two authorities, grouped together
 * const files = synthesiseCinCensus({ seed: 4, authorities: ['901', '902'], years: [2023], children: 40 });
 * const { rows, issues } = await cinIndicatorsFromSources(files.map((f) => f.xml),
 *   { by: { groups: { pilots: ['901', '902'] } } });
 * issues.length //=> 0
 * const { year, unit, group, indicator, measure } = rows[0];
 * [year, unit, group, indicator, measure] //=> [2023, 'group', 'pilots', 'referrals', 'count']
 * ```
 */
export async function cinIndicatorsFromSources(
  sources: Iterable<CinCensusSource> | AsyncIterable<CinCensusSource>,
  options: CinIndicatorsFromSourcesOptions = {},
): Promise<CinIndicatorResult> {
  checkIndicatorOptions(options);
  const acc = new CinIndicatorAccumulator(options.assessmentClock ?? 'start');
  const issues: CinIssue[] = [];
  let index = 0;
  for await (const source of sources) {
    let authority: string | null = null;
    let year: number | null = null;
    let placed = false;
    let reported = false;
    for await (const batch of cinCensusBatches(source, options.read ?? {}, false)) {
      for (const item of batch) {
        if (item.kind === 'issue') {
          issues.push({ ...item.issue, path: [index, ...item.issue.path] });
        } else if (item.kind === 'header') {
          authority = item.header.authority;
          year = headerYear(item.header);
          placed = authority !== null && year !== null;
        } else if (placed) {
          acc.add(authority!, year!, item.child);
        } else if (!reported) {
          reported = true;
          issues.push(skipped(index, authority === null));
        }
      }
    }
    index++;
  }
  for (const issue of acc.issues) issues.push(issue);
  return deepFreeze({ rows: acc.rows(options), issues });
}
