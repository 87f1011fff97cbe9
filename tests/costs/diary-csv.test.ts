import { describe, expect, it } from 'vitest';
import { checkDiaries, defineDiaryStudy, diaryCsvPreset } from 'sos-eval/costs';
import { readCsv } from 'sos-eval/io';
import { defineStudy } from 'sos-eval/models';

// Synthetic export: a study with one site, a diary kept for a week.
const study = defineStudy({
  id: 'synthetic',
  title: 'Synthetic',
  pilots: [{ id: 'north', name: 'North Shire' }],
  cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
  waves: [
    { id: 'T1', label: 'Time 1' },
    { id: 'T2', label: 'Time 2' },
  ],
  tools: [{ id: 'mapping', name: 'Mapping' }],
});
const diary = defineDiaryStudy({ study });
const preset = diaryCsvPreset(diary);

describe('diaryCsvPreset with sos-eval/io readCsv', () => {
  it('reads an export with UK dates, clock times, labels and aliases; bad rows are issues', () => {
    const text = [
      'Worker ID,Date,Start time,End time,Activity,Child ID,Duration (minutes)',
      'SW-1,07/03/2016,9:00,10:30,Direct work with children and families,C-1,',
      'SW-1,07/03/2016,10:30,11:00,Case notes,C-1,',
      'SW-1,07/03/2016,,,Gardening,,30',
      'SW-1,08/03/2016,,,travel,,45',
    ].join('\r\n');
    const entries = readCsv(text, diary.schemas.entry, preset.entry);
    expect(entries.rows.map((r) => [r.activity, r.start ?? r.minutes])).toEqual([
      ['direct-work', '9:00'],
      ['recording', '10:30'],
      ['travel', 45],
    ]);
    expect(entries.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, 'Activity', 'invalid_value'],
    ]);
    const periods = readCsv(
      'Worker ID,Local authority,First day,Last day,Wave\nSW-1,North Shire,07/03/2016,13/03/2016,Time 1\n',
      diary.schemas.period,
      preset.period,
    );
    expect(periods.rows).toEqual([
      { workerId: 'SW-1', pilotId: 'north', start: '2016-03-07', end: '2016-03-13', wave: 'T1' },
    ]);
    const check = checkDiaries(diary, { entries: entries.rows, periods: periods.rows });
    expect(check.issues).toEqual([]);
    expect(check.coverage[0]).toMatchObject({ days: 7, daysWithEntries: 2, minutes: 165 });
  });
  it('is frozen plain data that can be spread and overridden', () => {
    expect(Object.isFrozen(preset.entry.columns)).toBe(true);
    const own = { ...preset.entry, columns: { ...preset.entry.columns, Tätigkeit: 'activity' } };
    const read = readCsv(
      'Worker ID,Date,Minutes,Tätigkeit\nSW-1,07/03/2016,30,Supervision\n',
      diary.schemas.entry,
      own,
    );
    expect(read.rows[0]?.activity).toBe('supervision');
  });
});
