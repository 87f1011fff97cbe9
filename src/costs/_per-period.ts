import { showValue } from '../_lib/args.js';
import type { DiaryCheck } from './check-diaries.js';
import { entryMinutes } from './define-diary-study.js';

/** @internal Minutes per activity of each kept period, with its days. */
export interface PeriodTotals {
  readonly workerId: string;
  readonly pilotId: string;
  readonly wave?: string;
  readonly days: number;
  readonly daysWithEntries: number;
  readonly minutes: Map<string, number>;
  readonly total: number;
}

/** @internal Sums the kept entries of each period by activity. */
export function periodTotals(check: DiaryCheck): PeriodTotals[] {
  const out = check.periods.map((p, i) => ({
    workerId: p.workerId,
    pilotId: p.pilotId,
    ...(p.wave === undefined ? {} : { wave: p.wave }),
    days: check.coverage[i]!.days,
    daysWithEntries: check.coverage[i]!.daysWithEntries,
    minutes: new Map<string, number>(),
    total: 0,
  }));
  check.entries.forEach((e, k) => {
    const p = out[check.entryPeriods[k]!]!;
    const m = entryMinutes(e);
    p.minutes.set(e.activity, (p.minutes.get(e.activity) ?? 0) + m);
    p.total += m;
  });
  return out;
}

/** @internal Throws unless `check` is what checkDiaries returns. */
export function assertCheck(check: DiaryCheck): void {
  if (
    check === null ||
    typeof check !== 'object' ||
    !Array.isArray(check.periods) ||
    check.diary === undefined
  )
    throw new TypeError(`check must be what checkDiaries returns, got ${showValue(check)}`);
}
