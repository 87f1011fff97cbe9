import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  CinChildSchema,
  CinHeaderSchema,
  readCinCensus,
  readCinCensusStream,
  type CinCensus,
} from 'sos-eval/admin';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/cin/${name}`, import.meta.url), 'utf8');
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const brief = (c: CinCensus) => c.issues.map((i) => [i.code, i.element, i.line]);

describe('readCinCensus: a hand-made file for every schema year', () => {
  it.each(YEARS)('%i reads with no issues and the records the file holds', async (year) => {
    const census = await readCinCensus(fixture(`cin-${year}.xml`));
    expect(census.issues).toEqual([]);
    expect(census.header).toEqual({ year, referenceDate: `${year}-03-31`, authority: '999' });
    expect(CinHeaderSchema.safeParse(census.header).success).toBe(true);
    expect(census.children.map((c) => c.laChildId)).toEqual(['HM0001', 'HM0002']);
    for (const c of census.children) expect(CinChildSchema.safeParse(c).success).toBe(true);
    const [first, second] = census.children as [CinCensus['children'][0], CinCensus['children'][0]];
    const e = first.episodes[0]!;
    expect(e.referralDate).toBe(`${year - 1}-05-02`);
    expect(e.assessments[0]!.factors).toEqual([
      year >= 2022 ? '24A' : year >= 2021 ? '18B' : '18A',
      '3A',
    ]);
    expect(e.referralSource).toBe(year >= 2023 ? '5D' : '2A');
    expect(e.closureReason).toBe(year >= 2023 ? 'RC9' : 'RC7');
    expect(e.cinPlans).toEqual(
      year >= 2022 ? [{ startDate: `${year - 1}-12-01`, endDate: `${year - 1}-12-20` }] : [],
    );
    expect(e.section47s).toEqual([
      {
        startDate: `${year - 1}-05-10`,
        icpcTargetDate: `${year - 1}-05-31`,
        icpcDate: `${year - 1}-05-25`,
        icpcNotRequired: false,
      },
    ]);
    // NumberOfPreviousCPP 0 is valid (a first plan), whatever the schema's positiveInteger says.
    expect(e.protectionPlans).toEqual([
      {
        startDate: `${year - 1}-05-25`,
        endDate: `${year - 1}-11-30`,
        initialCategory: 'NEG',
        latestCategory: 'EMO',
        previousPlans: 0,
        reviewDates: [`${year - 1}-08-20`],
      },
    ]);
    expect(second).toMatchObject({
      upn: 'A123456789012',
      birthDate: null,
      expectedBirthDate: `${year}-05-01`,
      gender: '0',
      ethnicity: 'NOBT',
      disabilities: [],
    });
    expect(second.episodes[0]!.referralNfa).toBe(true);
    expect(Object.isFrozen(first.episodes[0]!.assessments[0]!.factors)).toBe(true);
  });

  it('checks codes against the year: a later year’s code in an earlier file is an issue', async () => {
    const as = (year: number, from: number) =>
      readCinCensus(
        fixture(`cin-${from}.xml`).replace(`<Year>${from}</Year>`, `<Year>${year}</Year>`),
      );
    // 24A (2022) in 2021; 18B (2021) in 2020; 5D and RC9 (2023) in 2022.
    expect(brief(await as(2021, 2022)).map((i) => i[0])).toEqual([
      'unknown_element', // CINPlanDates, new in 2022
      'unknown_code', // factor 24A
    ]);
    expect(brief(await as(2020, 2021))).toEqual([
      [
        'unknown_code',
        'Message/Children/Child[1]/CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[1]',
        43,
      ],
    ]);
    expect(brief(await as(2022, 2023)).map((i) => [i[0], i[1]])).toEqual([
      ['unknown_code', 'Message/Children/Child[1]/CINdetails[1]/ReferralSource'],
      ['dfe_8640', 'Message/Children/Child[1]/CINdetails[1]/ReasonForClosure'],
    ]);
  });
});

describe('readCinCensus: faults become issues by element path and line', () => {
  it('one fault of each kind in a hand-made file', async () => {
    const census = await readCinCensus(fixture('faults-2023.xml'));
    // Lines counted in tests/fixtures/cin/faults-2023.xml.
    expect(brief(census)).toEqual([
      ['dfe_4220', 'Message/Children/Child[1]/ChildCharacteristics/Ethnicity', 22],
      ['dfe_8630', 'Message/Children/Child[1]/CINdetails[1]/CINclosureDate', 28],
      [
        'dfe_8608',
        'Message/Children/Child[1]/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate',
        32,
      ],
      [
        'unknown_code',
        'Message/Children/Child[1]/CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[1]',
        34,
      ],
      [
        'dfe_8565',
        'Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate',
        39,
      ],
      [
        'dfe_8925',
        'Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]/CPPendDate',
        40,
      ],
      [
        'invalid_number',
        'Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]/NumberOfPreviousCPP',
        43,
      ],
      ['invalid_date', 'Message/Children/Child[1]/CINdetails[2]/CINreferralDate', 47],
      ['dfe_8600', 'Message/Children/Child[1]/CINdetails[2]', 46],
      ['dfe_8500', 'Message/Children/Child[2]/ChildIdentifiers/LAchildID', 53],
      ['unknown_element', 'Message/Children/Child[3]/ChildIdentifiers/Favourite', 61],
      ['dfe_8568', 'Message/Children/Child[3]/CINdetails[1]/ReferralNFA', 69],
    ]);
    expect(census.issues[0]!.path).toEqual([
      'Message',
      'Children',
      'Child',
      0,
      'ChildCharacteristics',
      'Ethnicity',
    ]);
    expect(census.issues[5]!.message).toBe(
      'Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]/CPPendDate: protection plan ends 2022-06-30, before it starts 2022-07-01',
    );
    // The rest is kept: the bad values read as null, the episode without a date skipped.
    expect(census.children.map((c) => [c.laChildId, c.ethnicity, c.episodes.length])).toEqual([
      ['F0001', null, 1],
      ['F0003', 'WBRI', 1],
    ]);
    const plan = census.children[0]!.episodes[0]!.protectionPlans[0]!;
    expect([plan.endDate, plan.previousPlans]).toEqual(['2022-06-30', null]);
  });

  it('a truncated file keeps the children before the cut and names where it ends', async () => {
    const text = fixture('cin-2023.xml');
    const cut = text.slice(0, text.indexOf('<LAchildID>HM0002'));
    const census = await readCinCensus(cut);
    expect(census.children.map((c) => c.laChildId)).toEqual(['HM0001']);
    expect(brief(census)).toEqual([
      ['truncated', 'Message/Children/Child[2]/ChildIdentifiers', 72],
    ]);
  });

  it('a root in a namespace, a root that is not Message, binary junk, an empty file', async () => {
    const ns = await readCinCensus(
      fixture('cin-2023.xml').replace('<Message>', '<Message xmlns="urn:example:cin">'),
    );
    expect([ns.children.length, brief(ns)]).toEqual([0, [['wrong_namespace', 'Message', 3]]]);
    const prefixed = await readCinCensus('<c:Message xmlns:c="urn:x"><c:Children/></c:Message>');
    expect(brief(prefixed)).toEqual([['wrong_namespace', 'c:Message', 1]]);
    const other = await readCinCensus('<html><body/></html>');
    expect(brief(other)).toEqual([['not_cin_census', 'html', 1]]);
    const junk = await readCinCensus(new Uint8Array([0, 1, 2, 255, 254, 60, 0, 62]));
    expect(junk.issues.map((i) => i.code)).toEqual(['xml_error']);
    expect((await readCinCensus('')).issues.map((i) => i.code)).toEqual(['not_cin_census']);
    expect((await readCinCensus('   \n')).issues.map((i) => i.code)).toEqual(['not_cin_census']);
  });

  it('1 GB of nested junk, cut short, is refused after maxDepth without reading the rest', async () => {
    let pulled = 0;
    const piece = '<junk>'.repeat(10_000);
    async function* junk() {
      // 1 GB if read to the end, and cut short (no closing tags at all).
      for (let i = 0; i < 1e9 / piece.length; i++) {
        pulled++;
        yield piece;
      }
    }
    const census = await readCinCensus(junk());
    expect(census.issues.map((i) => i.code)).toEqual(['not_cin_census']);
    const nested = async function* () {
      yield '<Message><Children><Child>';
      for (let i = 0; i < 1e9 / piece.length; i++) {
        pulled++;
        yield piece;
      }
    };
    pulled = 0;
    const deep = await readCinCensus(nested(), { maxDepth: 32 });
    expect(deep.issues.map((i) => [i.code, i.line])).toEqual([['too_deep', 1]]);
    expect(pulled).toBe(1);
  });

  it('limits: long text is cut, a huge record is skipped, issues stop at maxIssues', async () => {
    const text = fixture('cin-2023.xml');
    const long = await readCinCensus(
      text.replace('<LAchildID>HM0001', `<LAchildID>HM0001${'x'.repeat(5000)}`),
      { maxTextLength: 100 },
    );
    expect(brief(long)).toEqual([
      ['text_too_long', 'Message/Children/Child[1]/ChildIdentifiers/LAchildID', 22],
    ]);
    expect(long.children[0]!.laChildId).toHaveLength(100);
    const wide = await readCinCensus(
      text.replace(
        '<UPNunknown>UN1</UPNunknown>',
        '<UPNunknown>UN1</UPNunknown>' + '<X/>'.repeat(50),
      ),
      { maxElementsPerChild: 40 },
    );
    expect(brief(wide)).toEqual([['too_many_elements', 'Message/Children/Child[1]', 20]]);
    expect(wide.children.map((c) => c.laChildId)).toEqual(['HM0002']);
    const many = await readCinCensus(
      text.replace('<UPNunknown>UN1</UPNunknown>', '<Y/>'.repeat(30)),
      { maxIssues: 10 },
    );
    expect(many.issues).toHaveLength(11);
    expect(many.issues[10]!.code).toBe('too_many_issues');
  });

  it('broken arguments throw, naming them', async () => {
    expect(() => readCinCensusStream(42 as never)).toThrow(TypeError);
    await expect(readCinCensus('<Message/>', { maxDepth: 0 })).rejects.toThrow(
      'options.maxDepth must be at least 1, got 0',
    );
    await expect(readCinCensus('<Message/>', { schemaYear: 2016 })).rejects.toThrow(RangeError);
  });
});

describe('readCinCensus: text, bytes and streams agree', () => {
  const text = fixture('cin-2022.xml').replace('HM0001', 'HM0001é€');

  test.prop([fc.array(fc.nat(), { maxLength: 12 })])(
    'however the bytes are cut into chunks (even inside a UTF-8 character)',
    async (cuts) => {
      const bytes = new TextEncoder().encode(text);
      const points = [...new Set(cuts.map((c) => c % bytes.length))].sort((a, b) => a - b);
      const chunks: Uint8Array[] = [];
      let from = 0;
      for (const p of [...points, bytes.length]) {
        chunks.push(bytes.subarray(from, p));
        from = p;
      }
      const whole = await readCinCensus(text);
      expect(await readCinCensus(chunks)).toEqual(whole);
      expect(await readCinCensus(Readable.from(chunks))).toEqual(whole);
    },
  );

  it('a Buffer, and the stream form yields header, children and issues in file order', async () => {
    const whole = await readCinCensus(text);
    expect(await readCinCensus(Buffer.from(text))).toEqual(whole);
    const kinds: string[] = [];
    for await (const item of readCinCensusStream(fixture('faults-2023.xml'))) kinds.push(item.kind);
    expect(kinds.join(' ')).toBe(
      'header issue issue issue issue issue issue issue issue issue child issue issue issue child',
    );
  });

  test.prop([fc.string({ maxLength: 200 }), fc.nat()])(
    'never throws on data: any text spliced into a census',
    async (junk, at) => {
      const t = fixture('cin-2021.xml');
      const i = at % t.length;
      const census = await readCinCensus(t.slice(0, i) + junk + t.slice(i));
      expect(Array.isArray(census.issues)).toBe(true);
    },
  );
});
