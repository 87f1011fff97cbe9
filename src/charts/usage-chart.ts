import { assertArray, showValue } from '../_lib/args.js';
import type { ProtectedRow } from '../disclosure/protect-table.js';
import type { AnyStudy } from '../models/study/study.js';
import type { UsageShareRow } from '../usage/usage-shares.js';
import type { ChartOptions } from './chart-options.js';
import { orderedColours } from './palettes.js';
import { isSuppressed } from './_hidden.js';
import {
  assertRecord,
  finishSpec,
  groupLabeller,
  numberOrNull,
  prose,
  readChartOptions,
  readLabels,
  readStudy,
  show,
} from './_spec.js';
import type { ChartSpec } from './vega-lite-spec.js';

/**
 * Options for {@link usageChart}.
 *
 * @typeParam S - The study.
 * @category Charts
 */
export interface UsageChartOptions<S extends AnyStudy = AnyStudy> extends ChartOptions {
  /** The study the shares were made for: its tool names and usage level labels label the chart. */
  readonly study: S;
  /**
   * Labels of the groups by name, where the study's own do not suit. By default a grouping's
   * level, a site, a wave or a cohort is labelled as the study labels it, `overall` as
   * "All workers", and any other group by its name.
   */
  readonly groupLabels?: Readonly<Record<string, string>>;
}

/**
 * A 100% stacked bar chart of how workers use each tool: one bar per group (a row of bars per
 * tool when there are several groups, one bar per tool when there is one), split into the study's
 * usage levels in the study's order (all, some, none by default), the levels of most use darkest
 * ({@link orderedColours}). Each segment is the row's `percent` (largest-remainder rounded, so a
 * bar adds up to exactly 100); its tooltip and accessible label give the count, the denominator
 * and the Wilson interval. Tools and groups keep the order of the rows (the study's catalogue and
 * table order, as `usageShares` gives them). A group × tool with no answers (`n` 0) is not
 * drawn as an empty bar: it is named in the subtitle and the description. Rows protected by
 * `sos-eval/disclosure`'s `protectTable` are drawn too: a hidden level (`suppressed`
 * 'primary' or 'secondary') is never drawn as zero — the bar's levels shown come first and the
 * rest of its 100% is a dashed, unfilled gap, named in the subtitle; margins are left out.
 *
 * @param shares - Rows from `usageShares` for `options.study`, or those rows protected by
 *   `protectTable`.
 * @param options - {@link UsageChartOptions}: `study` (required), title, subtitle, description,
 *   width, colours (one per usage level), group labels.
 * @returns A frozen Vega-Lite v5 spec with the data inline.
 * @throws TypeError when `shares` is not an array of share rows or `options.study` not a study;
 *   RangeError when a row's tool or level is not the study's, or for a broken option.
 * @category Charts
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 * import { usageShares, usageTallyFromCounts } from 'sos-eval/usage';
 * import { usageChart } from 'sos-eval/charts';
 *
 * const study = SOS_2017;
 * // Slide 14: 69, 93 and 3 of 165 social workers use safety planning with all, some, no families.
 * const tally = usageTallyFromCounts([{ group: 'overall', tool: 'safety-planning', all: 69, some: 93, none: 3 }], { study });
 * const spec = usageChart(usageShares(tally, { study }), { study });
 * spec.title.text //=> 'How social workers use each tool with families'
 * spec.data.values.map((d) => d.percent) //=> [42, 56, 2]
 * spec.data.values[0].label //=> 'Safety planning, All workers: All families 42% (69 of 165; 95% CI 34.6% to 49.4%)'
 * ```
 */
export function usageChart<S extends AnyStudy>(
  shares: readonly (UsageShareRow | ProtectedRow)[],
  options: UsageChartOptions<S>,
): ChartSpec {
  assertArray('shares', shares);
  const o = readChartOptions(options, 'How social workers use each tool with families');
  const study = readStudy(options);
  const groupLabel = groupLabeller(
    study,
    readLabels('options.groupLabels', options.groupLabels),
    'All workers',
  );
  const levels = study.usageLevels;
  const levelIndex = new Map(levels.map((l, i) => [l.id as string, i]));
  if (o.colours !== undefined && o.colours.length < levels.length)
    throw new RangeError(
      `options.colours must give one colour per usage level (${levels.length}), got ${o.colours.length}`,
    );

  const tools: string[] = [];
  const groups: string[] = [];
  const empty = new Map<string, string[]>();
  const hidden = new Map<string, string[]>();
  const values: { [key: string]: string | number }[] = [];
  shares.forEach((raw, i) => {
    const at = `shares[${i}]`;
    assertRecord(at, raw);
    // Read as a share row; a protected row has the same keys, some holding the rules' symbol.
    const row = raw as UsageShareRow;
    const { tool, level, group, count } = row;
    const n = row.n as number | undefined;
    if (typeof group !== 'string')
      throw new TypeError(`${at}.group must be a string, got ${showValue(group)}`);
    // A row of a table protected by sos-eval/disclosure: its margins (tool or level 'Total') are
    // not bars, and `n` may have been dropped.
    const isProtected = Object.hasOwn(row, 'suppressed');
    const t = study.tool(tool);
    const k = levelIndex.get(level);
    // protectTable leaves a margin's derived shares null: a margin over groups is not a bar either.
    if (isProtected && (t === undefined || k === undefined || row.percent === null)) return;
    if (t === undefined)
      throw new RangeError(
        `${at}.tool must be a tool of study ${JSON.stringify(study.id)}, got ${showValue(tool)}`,
      );
    if (k === undefined)
      throw new RangeError(
        `${at}.level must be a usage level of study ${JSON.stringify(study.id)}, got ${showValue(level)}`,
      );
    if (!tools.includes(t.id)) tools.push(t.id);
    if (!groups.includes(group)) groups.push(group);
    // Hidden by sos-eval/disclosure: its numbers are the rules' symbol. Drawn as a gap, below.
    // A level shown but whose share is hidden (its denominator is) counts as hidden too.
    if (isSuppressed(row) || (isProtected && typeof row.percent === 'string')) {
      const key = `${t.name}\u0000${group}`;
      hidden.set(key, [...(hidden.get(key) ?? []), levels[k]!.label]);
      return;
    }
    const nKnown = isProtected && n === undefined ? null : (n as number);
    if (
      !Number.isInteger(count) ||
      count < 0 ||
      (nKnown !== null && (!Number.isInteger(nKnown) || nKnown < count))
    )
      throw new TypeError(
        `${at} must have whole-number count ≤ n, got ${showValue(count)} of ${showValue(n)}`,
      );
    const percent = numberOrNull(`${at}.percent`, row.percent);
    const lower = numberOrNull(`${at}.lower`, row.lower);
    const upper = numberOrNull(`${at}.upper`, row.upper);
    const where = `${t.name}, ${groupLabel(group)}`;
    if (nKnown === 0 || percent === null) {
      const at = empty.get(t.name) ?? [];
      if (!at.includes(groupLabel(group))) at.push(groupLabel(group));
      empty.set(t.name, at);
      return;
    }
    const levelLabel = levels[k]!.label;
    const interval =
      lower === null || upper === null
        ? 'no interval'
        : `95% CI ${show(lower)}% to ${show(upper)}%`;
    values.push({
      tool: t.name,
      group: groupLabel(group),
      level: levelLabel,
      order: k,
      percent,
      count,
      n: nKnown ?? '',
      interval,
      label: `${where}: ${levelLabel} ${show(percent, 2)}% (${count}${nKnown === null ? '' : ` of ${nKnown}`}; ${interval})`,
    });
  });

  // Each bar with hidden levels gets one gap: the rest of its 100%, outlined and unfilled, after
  // the levels shown (where each hidden level would sit is itself not published).
  const gapLabel = 'Hidden (suppressed)';
  const hiddenNotes: string[] = [];
  for (const [key, hiddenLevels] of hidden) {
    const [tool, group] = key.split('\u0000') as [string, string];
    const shown = values.filter((v) => v.tool === tool && v.group === groupLabel(group));
    const rest = 100 - shown.reduce((a, v) => a + (v.percent as number), 0);
    const where = `${tool}, ${groupLabel(group)}`;
    hiddenNotes.push(`${where} (${prose(hiddenLevels)})`);
    if (rest <= 0) continue;
    values.push({
      tool,
      group: groupLabel(group),
      level: gapLabel,
      order: levels.length,
      percent: rest,
      count: '',
      n: '',
      interval: '',
      label: `${where}: ${prose(hiddenLevels)} hidden to protect confidentiality (${show(rest, 2)}% of the bar, not drawn)`,
    });
  }
  const toolNames = tools.map((id) => study.tool(id)!.name);
  const groupNames = groups.map(groupLabel);
  const several = groups.length > 1;
  const levelLabels = levels.map((l) => l.label);
  const anyGap = values.some((v) => v.level === gapLabel);
  const colour = {
    field: 'level',
    type: 'nominal',
    title: null,
    scale: {
      domain: anyGap ? [...levelLabels, gapLabel] : levelLabels,
      range: [
        ...(o.colours ?? orderedColours(levels.length)).slice(0, levels.length),
        ...(anyGap ? ['#ffffff'] : []),
      ],
    },
    legend: {
      orient: 'top',
      direction: 'horizontal',
      symbolType: 'square',
      symbolStrokeColor: '#555555',
      symbolStrokeWidth: 0.5,
    },
  };
  const y = several
    ? { field: 'group', type: 'nominal', sort: groupNames, title: null }
    : { field: 'tool', type: 'nominal', sort: toolNames, title: null };
  const encoding = {
    y,
    x: {
      field: 'percent',
      type: 'quantitative',
      stack: 'zero',
      scale: { domain: [0, 100] },
      axis: { values: [0, 25, 50, 75, 100], labelExpr: "datum.value + '%'" },
      title: 'Share of the workers who answered',
    },
    color: colour,
    // The gap of hidden levels is outlined, dashed, and left unfilled.
    stroke: {
      condition: { test: `datum.level === '${gapLabel}'`, value: '#555555' },
      value: '#ffffff',
    },
    strokeDash: {
      condition: { test: `datum.level === '${gapLabel}'`, value: [3, 2] },
      value: [1, 0],
    },
    order: { field: 'order', type: 'ordinal' },
    description: { field: 'label', type: 'nominal' },
    tooltip: [
      { field: 'tool', type: 'nominal', title: 'Tool' },
      { field: 'group', type: 'nominal', title: 'Group' },
      { field: 'level', type: 'nominal', title: 'Uses it with' },
      { field: 'percent', type: 'quantitative', title: 'Per cent' },
      { field: 'count', type: 'quantitative', title: 'Workers' },
      { field: 'n', type: 'quantitative', title: 'Answered' },
      { field: 'interval', type: 'nominal', title: 'Wilson interval' },
    ],
  };
  const mark = { type: 'bar', strokeWidth: 1 };
  const noAnswers =
    empty.size > 0
      ? `No answers, not drawn: ${prose(
          [...empty].map(([tool, gs]) => (several ? `${tool} (${prose(gs)})` : tool)),
        )}.`
      : undefined;
  const hiddenNote =
    hiddenNotes.length > 0
      ? `Hidden to protect confidentiality (a gap, not zero): ${prose(hiddenNotes)}.`
      : undefined;
  const notes = [noAnswers, hiddenNote].filter((x): x is string => x !== undefined);
  const description =
    `100% stacked bars of the share of workers using ${prose(toolNames)} with families at each usage level ` +
    `(${prose(levelLabels)})${several ? `, by group (${prose(groupNames)})` : ''}. ` +
    `Each segment's label gives the count, the number who answered and the 95% Wilson interval.` +
    notes.map((n) => ` ${n}`).join('');
  const withNote =
    notes.length === 0 || o.subtitle !== undefined ? o : { ...o, subtitle: notes.join(' ') };
  const body = several
    ? {
        data: { values },
        facet: {
          row: {
            field: 'tool',
            type: 'nominal',
            sort: toolNames,
            title: null,
            header: {
              labelAngle: 0,
              labelAlign: 'left',
              labelAnchor: 'start',
              labelOrient: 'top',
              labelFontWeight: 'bold',
            },
          },
        },
        spacing: 8,
        spec: { width: o.width, height: { step: 20 }, mark, encoding },
        resolve: { scale: { y: 'independent' } },
      }
    : { data: { values }, width: o.width, height: { step: 22 }, mark, encoding };
  return finishSpec(withNote, description, body) as ChartSpec;
}
