// Runs once per time zone (vitest projects tz:UTC, tz:Australia/Sydney, tz:America/Sao_Paulo,
// tz:Pacific/Apia): calendar-date answers must not move with the machine's zone.
import { describe, expect, it } from 'vitest';
import { defineStudy, isIsoDate, IsoDateSchema } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';

describe(`calendar dates under TZ=${process.env.TZ}`, () => {
  it('the zone under test is in force', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(
      process.env.TZ === 'UTC' ? 'UTC' : process.env.TZ,
    );
  });

  it('cohort windows are inclusive at both ends (slide 19: March–May and August–October 2015)', () => {
    expect(SOS_2017.cohortOf('2015-02-28')).toBeNull();
    expect(SOS_2017.cohortOf('2015-03-01')).toBe('cohort-1');
    expect(SOS_2017.cohortOf('2015-05-31')).toBe('cohort-1');
    expect(SOS_2017.cohortOf('2015-06-01')).toBeNull();
    expect(SOS_2017.cohortOf('2015-07-31')).toBeNull();
    expect(SOS_2017.cohortOf('2015-08-01')).toBe('cohort-2');
    expect(SOS_2017.cohortOf('2015-10-31')).toBe('cohort-2');
    expect(SOS_2017.cohortOf('2015-11-01')).toBeNull();
  });

  it('wave windows are inclusive (T1 June–October 2015, T2 February–July 2016)', () => {
    expect(SOS_2017.waveOf('2015-05-31')).toBeNull();
    expect(SOS_2017.waveOf('2015-06-01')).toBe('T1');
    expect(SOS_2017.waveOf('2015-10-31')).toBe('T1');
    expect(SOS_2017.waveOf('2016-01-31')).toBeNull();
    expect(SOS_2017.waveOf('2016-02-01')).toBe('T2');
    expect(SOS_2017.waveOf('2016-02-29')).toBe('T2');
    expect(SOS_2017.waveOf('2016-07-31')).toBe('T2');
    expect(SOS_2017.waveOf('2016-08-01')).toBeNull();
  });

  it('real and impossible calendar dates, including days some zones skipped', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2015-02-29')).toBe(false);
    expect(isIsoDate('2015-02-30')).toBe(false);
    expect(isIsoDate('2015-04-31')).toBe(false);
    expect(isIsoDate('2015-13-01')).toBe(false);
    expect(isIsoDate('2015-1-01')).toBe(false);
    // Samoa skipped 30 December 2011 and Brazil's DST began at local midnight: both are dates.
    expect(isIsoDate('2011-12-30')).toBe(true);
    expect(isIsoDate('2015-10-18')).toBe(true);
    expect(IsoDateSchema.safeParse('2011-12-30').success).toBe(true);
  });

  it('a bad date argument is a RangeError naming it', () => {
    expect(() => SOS_2017.cohortOf('2015-02-30')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: date must be a real calendar date written YYYY-MM-DD, got "2015-02-30"]`,
    );
    expect(() => SOS_2017.waveOf(20150601 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: date must be an ISO date string, got 20150601]`,
    );
  });

  it('experience groupings (slide 6)', () => {
    expect(SOS_2017.groupOf('wakefield', 'experience')).toBe('new');
    expect(SOS_2017.groupOf('lincolnshire', 'experience')).toBe('two-years');
    expect(SOS_2017.groupOf('leicestershire', 'experience')).toBe('two-years-plus');
    expect(() =>
      SOS_2017.groupOf('camden' as 'brent', 'experience'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: pilotId must be a site of study "sos-2017", got "camden"]`,
    );
  });

  it("a study's windows, on the first and last day, in any zone", () => {
    const study = defineStudy({
      id: 'apia',
      title: 'Around the skipped day',
      pilots: [{ id: 'a', name: 'A' }],
      cohorts: [{ id: 'c', referrals: { start: '2011-12-29', end: '2011-12-31' } }],
      waves: [
        { id: 'w1', label: 'First', fieldwork: { start: '2011-12-30', end: '2011-12-30' } },
        { id: 'w2', label: 'Second', fieldwork: { start: '2012-03-25', end: '2012-04-01' } },
      ],
      tools: [{ id: 't', name: 'T' }],
    });
    expect(study.cohortOf('2011-12-28')).toBeNull();
    expect(study.cohortOf('2011-12-30')).toBe('c');
    expect(study.waveOf('2011-12-30')).toBe('w1');
    expect(study.waveOf('2011-12-31')).toBeNull();
    expect(study.waveOf('2012-04-01')).toBe('w2');
  });
});
