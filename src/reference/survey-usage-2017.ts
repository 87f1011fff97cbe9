import type { ToolId } from './sos-2017.js';

/**
 * Counts of the 165 surveyed social workers using one tool with all, some or none of their
 * families, derived from the 2017 slides' percentages.
 *
 * @category Reference data
 */
export interface SurveyUsageCount {
  /** The tool. */
  readonly tool: ToolId;
  /** The slide the percentages are on. */
  readonly slide: number;
  /** Workers using the tool with all families. */
  readonly all: number;
  /** Workers using it with some families. */
  readonly some: number;
  /** Workers not using it. */
  readonly none: number;
  /** Workers surveyed: 165. */
  readonly n: number;
  /** Always true: the slides print percentages, not counts. */
  readonly derived: true;
  /** How the counts were derived, with the arithmetic. */
  readonly note: string;
}

const N = 165;

// [tool, slide, printed all / some / none %, chosen counts, the arithmetic]. Each percentage p of
// 165 is p × 1.65 workers; rounding each on its own need not give a total of 165, and several
// triples round (largest remainder) to the printed shares, so we keep the triple closest to the
// printed shares (smallest summed distance |count − p × 1.65|) among those that reproduce them.
const DERIVED: readonly [ToolId, number, readonly [number, number, number], string][] = [
  [
    'safety-planning',
    14,
    [69, 93, 3],
    '42% / 56% / 2% of 165 = 69.3 / 92.4 / 3.3. Rounding each gives 69 + 92 + 3 = 164; of the triples summing to 165 that reproduce the printed shares — 69/92/4, 69/93/3, 70/92/3 (distances 1.4, 1.2, 1.4) — 69/93/3 is nearest.',
  ],
  [
    'mapping',
    14,
    [63, 96, 6],
    '38% / 58% / 4% of 165 = 62.7 / 95.7 / 6.6. Rounding each gives 63 + 96 + 7 = 166; of 62/96/7, 63/95/7, 63/96/6 (distances 1.4, 1.4, 1.2) 63/96/6 is nearest.',
  ],
  [
    'danger-statements',
    15,
    [79, 84, 2],
    '48% / 51% / 1% of 165 = 79.2 / 84.15 / 1.65 → 79 / 84 / 2 (sum 165); the other triples reproducing the shares, 79/85/1 and 80/84/1, are further (1.7, 1.6 against 0.7).',
  ],
  [
    'appreciative-inquiry',
    15,
    [11, 40, 114],
    '7% / 24% / 69% of 165 = 11.55 / 39.6 / 113.85. Rounding each gives 12 + 40 + 114 = 166; of 11/40/114, 12/39/114, 12/40/113 (distances 1.1, 1.2, 1.7) 11/40/114 is nearest.',
  ],
  [
    'three-houses',
    16,
    [33, 124, 8],
    '20% / 75% / 5% of 165 = 33 / 123.75 / 8.25 → 33 / 124 / 8 (sum 165; distance 0.5, against 1.5 for 33/123/9).',
  ],
  [
    'words-and-pictures',
    16,
    [8, 94, 63],
    '5% / 57% / 38% of 165 = 8.25 / 94.05 / 62.7 → 8 / 94 / 63 (sum 165; distance 0.6, against 1.5 for 9/94/62).',
  ],
  [
    'family-network-meetings',
    17,
    [13, 68, 84],
    '8% / 41% / 51% of 165 (51% not printed: 100 − 8 − 41) = 13.2 / 67.65 / 84.15 → 13 / 68 / 84 (sum 165; distance 0.7, against 1.7 for 13/67/85 and 1.6 for 14/67/84).',
  ],
];

/**
 * The 2017 survey's usage answers as counts: for each of the seven surveyed tools (slides
 * 14–17, in slide order), how many of the 165 surveyed social workers used it with all, some or
 * none of their families. **Derived, not published**: the slides print only percentages. Each
 * triple sums to 165, its largest-remainder rounded shares are exactly the printed percentages,
 * and of the triples that do both it is the one nearest the printed shares (e.g. 42% of 165 =
 * 69.3 → 69); each row's `note` shows the arithmetic. Use them to reproduce the slides or as
 * plausible marginal counts, not as the evaluation's data.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { SURVEY_USAGE_COUNTS_2017 } from 'sos-eval/reference';
 *
 * const sp = SURVEY_USAGE_COUNTS_2017.find((r) => r.tool === 'safety-planning')!;
 * [sp.all, sp.some, sp.none, sp.n, sp.derived] //=> [69, 93, 3, 165, true]
 * SURVEY_USAGE_COUNTS_2017.every((r) => r.all + r.some + r.none === 165) //=> true
 * ```
 */
export const SURVEY_USAGE_COUNTS_2017: readonly SurveyUsageCount[] = Object.freeze(
  DERIVED.map(([tool, slide, [all, some, none], note]) =>
    Object.freeze({ tool, slide, all, some, none, n: N, derived: true as const, note }),
  ),
);
