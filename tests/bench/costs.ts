// The costs case of `npm run bench`: checkDiaries (schema of every row, periods, 24-hour days,
// overlaps, gaps) and activityHours on synthetic diaries of 1,210 workers over two waves (about
// 135,000 entries), against a baseline that parses each row with the same zod schema (a bare
// safeParse loop) and sums each worker's minutes by activity in plain loops. The ratio is what
// the checks across rows, the coverage and the intervals cost on top of parsing the rows once.
import { activityHours, checkDiaries, defineDiaryStudy, synthesiseDiaries } from 'sos-eval/costs';
import { SOS_2017 } from 'sos-eval/reference';
import type { BenchCase } from './cases.js';

const WORKERS = 1210;
const diary = defineDiaryStudy({ study: SOS_2017 });

type Ctx = ReturnType<typeof synthesiseDiaries>;

const setup = (): Ctx =>
  synthesiseDiaries(diary, { seed: 2017, workers: WORKERS, waves: ['T1', 'T2'] });

const library = (data: Ctx) => activityHours(checkDiaries(diary, data));

/** Minutes per (worker, wave) and activity from the clock times, then each activity's mean. */
function baseline(data: Ctx) {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const byPeriod = new Map<string, Map<string, number>>();
  const days = new Map<string, number>();
  const wave = new Map<string, string>();
  for (const p of data.periods) {
    const key = `${p.workerId}|${p.wave}`;
    byPeriod.set(key, new Map());
    days.set(key, (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 + 1);
    wave.set(`${p.workerId}|${p.start}`, key);
  }
  // Diaries of one worker are 26 weeks apart: the period is the one whose week holds the date.
  const schema = diary.schemas.entry;
  for (const raw of data.entries) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error('a synthetic row failed the schema');
    const e = parsed.data;
    const key = e.date < '2016-06-01' ? `${e.workerId}|T1` : `${e.workerId}|T2`;
    const m = byPeriod.get(key)!;
    m.set(e.activity, (m.get(e.activity) ?? 0) + minutes(e.end!) - minutes(e.start!));
  }
  return diary.activityIds.map((a) => {
    let total = 0;
    for (const [key, m] of byPeriod) total += (m.get(a) ?? 0) / 60 / (days.get(key)! / 7);
    return { activity: a, mean: total / byPeriod.size };
  });
}

export const COSTS_CASE: BenchCase = {
  id: 'costs-diaries',
  title: `checkDiaries + activityHours, ${WORKERS} workers × 2 waves vs a bare safeParse loop and minutes summed in plain loops`,
  target: 3,
  setup,
  library: library as (ctx: unknown) => unknown,
  baseline: baseline as (ctx: unknown) => unknown,
  check: (lib, base) => {
    const l = lib as ReturnType<typeof library>;
    const b = base as ReturnType<typeof baseline>;
    for (const row of b) {
      const got = l.find((r) => r.activity === row.activity)!.mean;
      if (!(Math.abs(got - row.mean) <= 1e-9 * Math.abs(row.mean)))
        throw new Error(`${row.activity}: library ${got} vs baseline ${row.mean}`);
    }
  },
};
