// The benchmark's cases: each pairs a library call with a baseline doing the same work, and
// checks that both give the same answer. Inputs are built in `setup`, outside the timed loops.
import * as aq from 'arquero';
import chi2test from '@stdlib/stats-chi2test';
import kruskalTest from '@stdlib/stats-kruskal-test';
import wilcoxon from '@stdlib/stats-wilcoxon';
import { pairWaves } from 'sos-eval/longitudinal';
import { scoreMeasure, SDQ_PARENT } from 'sos-eval/measures';
import { SOS_2017 } from 'sos-eval/reference';
import { chiSquareTest, mannWhitneyTest, wilcoxonSignedRankTest } from 'sos-eval/stats';
import { tallyUsage, usageShares } from 'sos-eval/usage';
import {
  feelingRows,
  interviewWaves,
  pairedScores,
  sdqResponses,
  surveyResponses,
  twoSamples,
} from './data.js';

// Every case runs on the 2017 evaluation, the study SOS_2017.
const study = SOS_2017;
const { pilots: PILOT_IDS, tools: TOOL_IDS } = study.ids;
const [T1, T2] = study.ids.waves;

export interface BenchCase<C = unknown> {
  /** Short id, used in the noise-margin file. */
  readonly id: string;
  /** What is measured against what. */
  readonly title: string;
  /** Largest acceptable ratio library / baseline (1 for "no slower" or "faster"). */
  readonly target: number;
  /** Builds the inputs once. */
  readonly setup: () => C;
  readonly library: (ctx: C) => unknown;
  readonly baseline: (ctx: C) => unknown;
  /** Throws when the two answers disagree. */
  readonly check: (library: unknown, baseline: unknown, ctx: C) => void;
  /** When the baseline cannot run at 10^6, the library alone at 10^6 (timed, no ratio). */
  readonly atScale?: { readonly label: string; readonly run: () => unknown };
}

/** @stdlib's rank code grows about quadratically with tied data, so it is compared at 10^5. */
export const STDLIB_RANK_ROWS = 100_000;

const define = <C>(c: BenchCase<C>): BenchCase => c as unknown as BenchCase;

function agree(what: string, a: number, b: number, relTol = 1e-9): void {
  const scale = Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
  if (!(Math.abs(a - b) / scale <= relTol)) {
    throw new Error(`${what}: library ${a} vs baseline ${b} (relative tolerance ${relTol})`);
  }
}

// ---- 1. parsing ---------------------------------------------------------------------------

const parse = define({
  id: 'parse',
  title: 'SOS_2017.parseMany.workerSurveyResponse vs bare zod safeParse loop (same schema)',
  target: 1.2,
  setup: () => ({ rows: surveyResponses() as unknown[] }),
  library: ({ rows }) => study.parseMany.workerSurveyResponse(rows),
  baseline: ({ rows }) => {
    const schema = study.schemas.workerSurveyResponse;
    const ok: unknown[] = [];
    const bad: unknown[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = schema.safeParse(rows[i]);
      if (r.success) ok.push(r.data);
      else bad.push(r.error);
    }
    return { ok, bad };
  },
  check: (lib, base, { rows }) => {
    const l = lib as ReturnType<typeof study.parseMany.workerSurveyResponse>;
    const b = base as { ok: unknown[]; bad: unknown[] };
    agree('valid rows', l.rows.length, b.ok.length, 0);
    agree('all rows valid', l.rows.length, rows.length, 0);
  },
});

// ---- 2. usage tally + shares ----------------------------------------------------------------

const LEVEL_CODE: Record<string, number> = { all: 0, some: 1, none: 2 };

type SurveyCtx = { rows: ReturnType<typeof surveyResponses> };

/** Hand-written: pilot × tool × level counts in an Int32Array, then whole-number percentages. */
function handTally({ rows }: SurveyCtx) {
  const pilots = new Map<string, number>(PILOT_IDS.map((p, i) => [p, i]));
  const nt = TOOL_IDS.length;
  const counts = new Int32Array(PILOT_IDS.length * nt * 4);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const base = pilots.get(r.pilotId)! * nt * 4;
    const usage = r.usage as Record<string, string | null | undefined>;
    for (let t = 0; t < nt; t++) {
      const a = usage[TOOL_IDS[t]!];
      const code = a == null ? 3 : (LEVEL_CODE[a] ?? 3);
      counts[base + t * 4 + code]! += 1;
    }
  }
  const percents = new Float64Array(counts.length);
  for (let c = 0; c < counts.length; c += 4) {
    const n = counts[c]! + counts[c + 1]! + counts[c + 2]!;
    for (let k = 0; k < 3; k++)
      percents[c + k] = n === 0 ? NaN : Math.round((100 * counts[c + k]!) / n);
  }
  return { counts, percents };
}

const libraryShares = ({ rows }: SurveyCtx) =>
  usageShares(tallyUsage(rows, { study, by: 'pilot' }), { study });

function checkShares(lib: unknown, counts: (pilot: string, tool: string, level: string) => number) {
  const shares = lib as ReturnType<typeof usageShares>;
  if (shares.length === 0) throw new Error('no share rows');
  for (const row of shares)
    agree(
      `${row.group} ${row.tool} ${row.level}`,
      row.count,
      counts(row.group, row.tool, row.level),
      0,
    );
}

const usageLoop = define({
  id: 'usage-loop',
  title: 'tallyUsage + usageShares by pilot vs hand-written typed-array loop',
  target: 1.5,
  setup: (): SurveyCtx => ({ rows: surveyResponses() }),
  library: libraryShares,
  baseline: handTally,
  check: (lib, base) => {
    const { counts } = base as ReturnType<typeof handTally>;
    const nt = TOOL_IDS.length;
    checkShares(
      lib,
      (p, t, l) =>
        counts[
          (PILOT_IDS as readonly string[]).indexOf(p) * nt * 4 +
            (TOOL_IDS as readonly string[]).indexOf(t) * 4 +
            LEVEL_CODE[l]!
        ]!,
    );
  },
});

type ArqueroCtx = SurveyCtx & { table: aq.ColumnTable };

const usageArquero = define({
  id: 'usage-arquero',
  title: 'tallyUsage + usageShares by pilot vs arquero groupby + rollup (columns prebuilt)',
  target: 1,
  setup: (): ArqueroCtx => {
    const rows = surveyResponses();
    // Arquero gets a column table built outside the timed loop: one column per tool.
    const columns: Record<string, unknown[]> = { pilot: rows.map((r) => r.pilotId) };
    TOOL_IDS.forEach((tool, t) => {
      columns[`t${t}`] = rows.map((r) => (r.usage as Record<string, unknown>)[tool] ?? null);
    });
    return { rows, table: aq.table(columns) };
  },
  library: libraryShares,
  baseline: ({ table }: ArqueroCtx) => {
    const rollups: Record<string, string> = {};
    TOOL_IDS.forEach((_, t) => {
      for (const level of ['all', 'some', 'none'])
        rollups[`t${t}_${level}`] = `d => op.sum(d.t${t} === '${level}')`;
    });
    return table.groupby('pilot').rollup(rollups).objects();
  },
  check: (lib, base) => {
    const rows = base as Record<string, unknown>[];
    const byPilot = new Map(rows.map((r) => [r.pilot as string, r]));
    checkShares(lib, (p, t, l) =>
      Number(byPilot.get(p)![`t${(TOOL_IDS as readonly string[]).indexOf(t)}_${l}`]),
    );
  },
});

// ---- 3. pairing waves ---------------------------------------------------------------------------

const pairing = define({
  id: 'pair-waves',
  title: 'pairWaves (Time 1 to Time 2) over 10^6 families vs plain Map join',
  target: 1.5,
  // One list of interviews of both waves, as an interview file gives them; each side picks the
  // two waves out of it inside the timed call.
  setup: () => {
    const { t1, t2 } = interviewWaves();
    return { records: [...t1, ...t2] };
  },
  library: ({ records }) => pairWaves(records, { study, from: T1, to: T2 }),
  baseline: ({ records }) => {
    type Interview = (typeof records)[number];
    const byKey = new Map<string, Interview>();
    const t1: Interview[] = [];
    const t2: Interview[] = [];
    for (const r of records) {
      if (r.wave === T1) {
        t1.push(r);
        byKey.set(r.familyId, r);
      } else if (r.wave === T2) t2.push(r);
    }
    const paired: { key: string; from: unknown; to: unknown }[] = [];
    const joined: unknown[] = [];
    const seen = new Set<string>();
    for (const r of t2) {
      const a = byKey.get(r.familyId);
      if (a === undefined) joined.push(r);
      else {
        paired.push({ key: r.familyId, from: a, to: r });
        seen.add(r.familyId);
      }
    }
    const lost = t1.filter((r) => !seen.has(r.familyId));
    return { paired, lost, joined };
  },
  check: (lib, base) => {
    const l = lib as ReturnType<typeof pairWaves>;
    const b = base as { paired: unknown[]; lost: unknown[]; joined: unknown[] };
    agree('paired', l.paired.length, b.paired.length, 0);
    agree('lost', l.lost.length, b.lost.length, 0);
    agree('joined', l.joined.length, b.joined.length, 0);
    agree('issues', l.issues.length, 0, 0);
  },
});

// ---- 4. rank and chi-square tests ---------------------------------------------------------------

const wilcoxonCase = define({
  id: 'wilcoxon',
  title: 'wilcoxonSignedRankTest vs @stdlib/stats-wilcoxon on 10^5 pairs',
  target: 1,
  setup: () => pairedScores(STDLIB_RANK_ROWS),
  atScale: {
    label: 'wilcoxonSignedRankTest on 10^6 pairs',
    run: () => {
      const { x, y } = pairedScores();
      const t0 = performance.now();
      wilcoxonSignedRankTest(x, y);
      return performance.now() - t0;
    },
  },
  library: ({ x, y }) => wilcoxonSignedRankTest(x, y),
  baseline: ({ x, y }) => wilcoxon(x, y),
  check: (lib, base) => {
    const l = lib as ReturnType<typeof wilcoxonSignedRankTest>;
    const b = base as { statistic: number; pValue: number };
    agree('V', l.statistic, b.statistic);
    agree('p', l.pValue, b.pValue, 1e-6);
  },
});

const mannWhitneyCase = define({
  id: 'mann-whitney',
  title:
    'mannWhitneyTest (no continuity correction) vs @stdlib/stats-kruskal-test, 2 groups, 10^5 values',
  target: 1,
  setup: () => twoSamples(STDLIB_RANK_ROWS),
  atScale: {
    label: 'mannWhitneyTest on 2 × 5·10^5 values',
    run: () => {
      const { x, y } = twoSamples();
      const t0 = performance.now();
      mannWhitneyTest(x, y, { correct: false });
      return performance.now() - t0;
    },
  },
  library: ({ x, y }) => mannWhitneyTest(x, y, { correct: false }),
  baseline: ({ x, y }) => kruskalTest(x, y),
  check: (lib, base) => {
    // With two groups, Kruskal–Wallis H is the squared z of the uncorrected rank-sum test.
    const l = lib as ReturnType<typeof mannWhitneyTest>;
    const b = base as { pValue: number };
    agree('p', l.pValue, b.pValue, 1e-6);
  },
});

type Feeling = ReturnType<typeof feelingRows>;
function crossTab(rows: Feeling): number[][] {
  const t = [
    [0, 0, 0],
    [0, 0, 0],
  ];
  for (let i = 0; i < rows.length; i++) t[rows[i]!.cohort]![rows[i]!.feeling]! += 1;
  return t;
}

const chiSquareCase = define({
  id: 'chi-square',
  title: 'cross-tab of 10^6 rows + chiSquareTest vs the same cross-tab + @stdlib/stats-chi2test',
  target: 1,
  setup: () => ({ rows: feelingRows() }),
  library: ({ rows }) => chiSquareTest(crossTab(rows)),
  baseline: ({ rows }) => chi2test(crossTab(rows)),
  check: (lib, base) => {
    const l = lib as ReturnType<typeof chiSquareTest>;
    const b = base as { statistic: number; pValue: number; df: number };
    agree('X-squared', l.statistic, b.statistic);
    agree('df', l.df, b.df, 0);
    agree('p', l.pValue, b.pValue, 1e-6);
  },
});

// ---- 5. scoring measures -------------------------------------------------------------------------

const SUBSCALES = Object.entries(SDQ_PARENT.subscales).map(([name, items]) => ({
  name,
  items: items.map((i) => i - 1),
}));
const REVERSED = new Uint8Array(25);
for (const i of SDQ_PARENT.reverseKeyed) REVERSED[i - 1] = 1;

/** Hand-written SDQ scoring: reverse keys, prorate a subscale with ≥ 3 of 5 answered, bands. */
function handSdq(rows: (number | null)[][]) {
  const out = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const codes = rows[r]!;
    const sub: Record<string, number | null> = {};
    const missingItems: number[] = [];
    for (let i = 0; i < 25; i++) if (codes[i] == null) missingItems.push(i);
    for (const { name, items } of SUBSCALES) {
      let sum = 0;
      let answered = 0;
      for (const i of items) {
        const c = codes[i];
        if (c == null) continue;
        sum += REVERSED[i] ? 2 - c : c;
        answered++;
      }
      sub[name] =
        answered === 5 ? sum : answered >= 3 ? Math.floor((sum * 5) / answered + 0.5) : null;
    }
    const { emotional: e, conduct: c, hyperactivity: h, peer: p } = sub;
    const total = e == null || c == null || h == null || p == null ? null : e + c + h + p;
    out[r] = {
      subscales: sub,
      totals: {
        totalDifficulties: total,
        externalising: c == null || h == null ? null : c + h,
        internalising: e == null || p == null ? null : e + p,
      },
      band: total == null ? null : total >= 17 ? 'abnormal' : total >= 14 ? 'borderline' : 'normal',
      missingItems,
    };
  }
  return out;
}

const sdqCase = define({
  id: 'score-measure',
  title: 'scoreMeasure(SDQ_PARENT) over 10^6 responses vs hand loop',
  target: 1.5,
  setup: () => ({ rows: sdqResponses() }),
  library: ({ rows }) => {
    const out = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = scoreMeasure(SDQ_PARENT, rows[i]);
    return out;
  },
  baseline: ({ rows }) => handSdq(rows),
  check: (lib, base) => {
    const l = lib as ReturnType<typeof scoreMeasure>[];
    const b = base as ReturnType<typeof handSdq>;
    for (let i = 0; i < l.length; i += 997) {
      agree(`total[${i}]`, l[i]!.total ?? -1, b[i].totals.totalDifficulties ?? -1, 0);
      agree(`prosocial[${i}]`, l[i]!.subscales.prosocial ?? -1, b[i].subscales.prosocial ?? -1, 0);
      if ((l[i]!.bands.totalDifficulties ?? null) !== b[i].band)
        throw new Error(`band[${i}] differs`);
    }
  },
});

export const CASES: readonly BenchCase[] = [
  parse,
  usageLoop,
  usageArquero,
  pairing,
  wilcoxonCase,
  mannWhitneyCase,
  chiSquareCase,
  sdqCase,
];
