import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  CIN_CSV_COLUMNS,
  readCinCensus,
  readCinCensusCsv,
  synthesiseCinCensus,
  writeCinCensusCsv,
  type CinCensus,
  type CinHeader,
} from 'sos-eval/admin';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/cin/${name}`, import.meta.url), 'utf8');
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
// `line` is where the record sits in its own file (an XML line, a CSV row), so it differs.
const records = (c: CinCensus) => c.children.map(({ line: _line, ...rest }) => rest);
const brief = (c: CinCensus) => c.issues.map((i) => [i.code, i.line, i.element]);
const header2023: CinHeader = { year: 2023, referenceDate: '2023-03-31', authority: '999' };

describe('writeCinCensusCsv then readCinCensusCsv: the XML reader’s records, back', () => {
  it.each(YEARS)('the hand-made %i fixture round-trips', async (year) => {
    const xml = await readCinCensus(fixture(`cin-${year}.xml`));
    expect(xml.issues).toEqual([]);
    const csv = writeCinCensusCsv(xml);
    const back = readCinCensusCsv(csv, { header: xml.header });
    expect(back.issues).toEqual([]);
    expect(back.header).toEqual(xml.header);
    expect(records(back)).toEqual(records(xml));
    // Each child's line is its child row.
    const rows = csv.split('\r\n');
    for (const c of back.children)
      expect(rows[c.line! - 1]!.startsWith(`${c.laChildId},child,`)).toBe(true);
  });

  it('writes the documented columns as row 1, CRLF line ends', async () => {
    const csv = writeCinCensusCsv(await readCinCensus(fixture('cin-2023.xml')));
    expect(csv.split('\r\n')[0]).toBe(CIN_CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 10_000 }),
      fc.constantFrom(2019, 2021, 2022, 2023, 2024),
      fc.integer({ min: 1, max: 12 }),
    ],
    { numRuns: 15 },
  )('a synthetic census reads the same from XML and from its CSV', async (seed, year, n) => {
    const [file] = synthesiseCinCensus({ seed, authorities: ['901'], years: [year], children: n });
    const xml = await readCinCensus(file!.xml);
    const back = readCinCensusCsv(writeCinCensusCsv(xml), { header: xml.header });
    expect(records(back)).toEqual(records(xml));
    expect(back.issues.map((i) => i.code)).toEqual(xml.issues.map((i) => i.code));
  });
});

describe('readCinCensusCsv: bad rows are issues by row and column, good rows kept', () => {
  const cols =
    'LAchildID,record,episode,GenderCurrent,Ethnicity,CINreferralDate,ReferralSource,ReferralNFA,PrimaryNeedCode,AssessmentActualStartDate';
  const csv = [
    cols, //                                          row 1
    'C1,child,,1,WBRI,,,,,', //                        row 2
    'C1,assessment,1,,,,,,,2022-07-01', //             row 3: before any episode
    'C1,episode,1,,,2022-06-01,6,false,N1,', //        row 4
    'C1,episode,2,,,2022-02-30,6,false,N1,', //        row 5: no 30 February
    'C1,episode,3,,,2022-09-01,ZZ,false,N1,', //       row 6: unknown referral source
    'C1,visit,1,,,,,,,', //                            row 7: unknown record type
    'C2,episode,1,,,2022-06-01,6,false,N1,', //        row 8: no child row for C2
    'C1,assessment,1,,,,,,,"2022-07-01', //            row 9: quoted field cut short
  ].join('\n');
  const census = readCinCensusCsv(csv, { header: header2023 });

  it('lists each problem with its code, row and column', () => {
    expect(brief(census)).toEqual([
      ['unknown_episode', 3, 'episode'],
      ['invalid_date', 5, 'CINreferralDate'],
      ['dfe_8600', 5, ''], // the episode without a valid referral date is skipped
      ['unknown_code', 6, 'ReferralSource'],
      ['unknown_record', 7, 'record'],
      ['unknown_child', 8, 'LAchildID'],
      ['truncated', 9, ''],
    ]);
    expect(census.issues[1]!.path).toEqual([5, 'CINreferralDate']);
    expect(census.issues[1]!.message).toBe(
      'row 5, CINreferralDate: expected a real calendar date written YYYY-MM-DD, got "2022-02-30"',
    );
    expect(census.issues[3]!.message).toBe(
      'row 6, ReferralSource: referral source "ZZ" is not in the 2023 census code list',
    );
  });

  it('keeps the good rows', () => {
    expect(census.children).toHaveLength(1);
    const [c] = census.children;
    expect(c!.laChildId).toBe('C1');
    expect(c!.line).toBe(2);
    expect(c!.episodes.map((e) => [e.referralDate, e.referralSource])).toEqual([
      ['2022-06-01', '6'],
      ['2022-09-01', null],
    ]);
    expect(c!.episodes[0]!.assessments).toEqual([]);
  });

  it('runs the DfE rules on the rows (dfe_8925: a plan ending before it starts)', () => {
    const rows = [
      'LAchildID,record,episode,GenderCurrent,Ethnicity,CINreferralDate,ReferralNFA,PrimaryNeedCode,CPPstartDate,CPPendDate,InitialCategoryOfAbuse,LatestCategoryOfAbuse,NumberOfPreviousCPP,CPPreviewDate',
      'C1,child,,2,WBRI,,,,,,,,,',
      'C1,episode,1,,,2022-06-01,false,N1,,,,,,',
      'C1,protection-plan,1,,,,,,2022-07-01,2022-06-30,NEG,NEG,0,',
      'C1,review,1,,,,,,,,,,,2022-08-01',
    ].join('\r\n');
    const c = readCinCensusCsv(rows, { header: header2023 });
    expect(brief(c)).toEqual([['dfe_8925', 4, 'CPPendDate']]);
    expect(c.children[0]!.episodes[0]!.protectionPlans[0]!.reviewDates).toEqual(['2022-08-01']);
  });

  it('reports values in columns the record does not use, episodes out of order and reviews without a plan', () => {
    const rows = [
      '\uFEFFLAchildID,record,episode,GenderCurrent,Ethnicity,CINreferralDate,ReferralNFA,PrimaryNeedCode,CPPreviewDate',
      '"C,1",child,,2,WBRI,2022-06-01,,,',
      '"C,1",episode,2,,,2022-06-01,false,N1,',
      '"C,1",episode,1,,,2022-06-01,false,N1,',
      '"C,1",review,1,,,,,,2022-08-01',
      '"C,1",child,,2,WBRI,,,,',
      'C2,child,,2',
    ].join('\r\n');
    const c = readCinCensusCsv(rows, { header: header2023 });
    expect(brief(c)).toEqual([
      ['unexpected_value', 2, 'CINreferralDate'],
      ['episode_out_of_order', 3, 'episode'],
      ['unknown_plan', 5, 'record'],
      ['duplicate_child', 6, 'LAchildID'],
      ['wrong_field_count', 7, ''],
    ]);
    expect(c.children.map((x) => [x.laChildId, x.episodes.length])).toEqual([['C,1', 1]]);
  });

  it('needs the LAchildID and record columns, and reads the rest without throwing', () => {
    expect(brief(readCinCensusCsv('a,b\n1,2\n', { header: header2023 }))).toEqual([
      ['unknown_column', 1, 'a'],
      ['unknown_column', 1, 'b'],
      ['missing_column', 1, ''],
    ]);
    expect(readCinCensusCsv('', { header: header2023 }).children).toEqual([]);
  });

  test.prop([fc.string({ maxLength: 300 })])('never throws on text', (text) => {
    const c = readCinCensusCsv(`LAchildID,record,episode,CINreferralDate\n${text}`, {
      header: header2023,
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('throws on bad arguments, naming them', () => {
    expect(() => readCinCensusCsv(1 as unknown as string, { header: header2023 })).toThrow(
      /^text must be a string/,
    );
    expect(() => readCinCensusCsv('', { header: { year: 2023 } as unknown as CinHeader })).toThrow(
      /^options\.header/,
    );
    expect(() => writeCinCensusCsv({} as unknown as CinCensus)).toThrow(/^census\.children/);
  });
});

describe('writeCinCensusCsv: formula cells are neutralised and read back', () => {
  it('prefixes a cell starting with = + - @ with a quote mark', async () => {
    const xml = await readCinCensus(fixture('cin-2023.xml'));
    const child = { ...xml.children[0]!, laChildId: '=HYPERLINK("x")' };
    const csv = writeCinCensusCsv({ children: [child] });
    expect(csv.split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""x"")",child,`)).toBe(true);
    const back = readCinCensusCsv(csv, { header: xml.header });
    expect(back.children[0]!.laChildId).toBe('=HYPERLINK("x")');
  });
});

describe('readCinCensusCsv: issues are capped', () => {
  it('lists 10,000 issues and then one too_many_issues', () => {
    const rows = ['LAchildID,record'];
    for (let i = 0; i < 10_005; i++) rows.push(`C${i},visit`);
    const c = readCinCensusCsv(rows.join('\n'), { header: header2023 });
    expect(c.issues).toHaveLength(10_001);
    expect(c.issues[9_999]!.line).toBe(10_001);
    expect(c.issues[10_000]!.code).toBe('too_many_issues');
    expect(c.issues[10_000]!.line).toBe(10_002);
  });
});
