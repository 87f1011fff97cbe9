import { isIsoDate } from '../models/iso-date.js';
import type { CinCodeLists } from './cin-code-lists.js';
import type { CinIssue } from './cin-issue.js';
import type {
  CinAssessment,
  CinChild,
  CinEpisode,
  CinHeader,
  CinPlan,
  CinProtectionPlan,
  CinSection47,
} from './cin-records.js';
import { xpath, type XmlPath } from './_xml-path.js';
import type { XNode } from './_xml-stream.js';

// Dates repeat a great deal (a decade has under 4,000 of them), so each distinct text is checked
// by zod once; the cache is bounded so a hostile file cannot grow it without limit.
const dateCache = new Map<string, boolean>();
function validDate(text: string): boolean {
  let ok = dateCache.get(text);
  if (ok === undefined) {
    ok = isIsoDate(text);
    if (dateCache.size > 50_000) dateCache.clear();
    dateCache.set(text, ok);
  }
  return ok;
}

// Text as written, without surrounding white space; most values have none, so no copy is made.
function clean(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(n - 1);
  return a > 32 && b > 32 ? text : text.trim();
}

type Fields = Map<string, Entry | Entry[]>;
const NONE: readonly Entry[] = [];

type Spec = Readonly<Record<string, 'one' | 'many'>>;
// An element found under its parent; its path is built only when an issue needs it.
class Entry {
  constructor(
    readonly node: XNode,
    private readonly parent: Entry | XmlPath,
    private readonly n: number | null,
  ) {}
  get path(): XmlPath {
    const base = this.parent instanceof Entry ? this.parent.path : this.parent;
    return this.n === null ? [...base, this.node.name] : [...base, this.node.name, this.n];
  }
}

// The schema's element lists, built once (a fresh literal per record would cost lookups).
const ONE = 'one' as const;
const MANY = 'many' as const;
const SPEC = {
  header: { CollectionDetails: ONE, Source: MANY },
  collection: { Collection: ONE, Year: ONE, ReferenceDate: ONE },
  source: {
    SourceLevel: ONE,
    LEA: ONE,
    SoftwareCode: ONE,
    Release: ONE,
    SerialNo: ONE,
    DateTime: ONE,
  },
  child: { ChildIdentifiers: ONE, ChildCharacteristics: ONE, CINdetails: MANY },
  ids: {
    LAchildID: ONE,
    UPN: ONE,
    FormerUPN: ONE,
    UPNunknown: ONE,
    PersonBirthDate: ONE,
    ExpectedPersonBirthDate: ONE,
    GenderCurrent: ONE,
    PersonDeathDate: ONE,
  },
  characteristics: { Ethnicity: ONE, Disabilities: ONE },
  disabilities: { Disability: MANY },
  episode: {
    CINreferralDate: ONE,
    ReferralSource: ONE,
    PrimaryNeedCode: ONE,
    CINclosureDate: ONE,
    ReasonForClosure: ONE,
    DateOfInitialCPC: ONE,
    Assessments: MANY,
    Section47: MANY,
    ReferralNFA: ONE,
    ChildProtectionPlans: MANY,
  },
  episode2022: {
    CINreferralDate: ONE,
    ReferralSource: ONE,
    PrimaryNeedCode: ONE,
    CINclosureDate: ONE,
    ReasonForClosure: ONE,
    DateOfInitialCPC: ONE,
    Assessments: MANY,
    CINPlanDates: MANY,
    Section47: MANY,
    ReferralNFA: ONE,
    ChildProtectionPlans: MANY,
  },
  assessment: {
    AssessmentActualStartDate: ONE,
    AssessmentInternalReviewDate: ONE,
    AssessmentAuthorisationDate: ONE,
    FactorsIdentifiedAtAssessment: ONE,
  },
  factors: { AssessmentFactors: MANY },
  cinPlan: { CINPlanStartDate: ONE, CINPlanEndDate: ONE },
  section47: {
    S47ActualStartDate: ONE,
    InitialCPCtarget: ONE,
    DateOfInitialCPC: ONE,
    ICPCnotRequired: ONE,
  },
  plan: {
    CPPstartDate: ONE,
    CPPendDate: ONE,
    InitialCategoryOfAbuse: ONE,
    LatestCategoryOfAbuse: ONE,
    NumberOfPreviousCPP: ONE,
    Reviews: ONE,
  },
  reviews: { CPPreviewDate: MANY },
} as const;

/** @internal Turns Header and Child subtrees into records, collecting issues. */
export class RecordReader {
  readonly issues: CinIssue[] = [];
  constructor(
    private readonly lists: CinCodeLists,
    private readonly period: { readonly start: string; readonly end: string } | null,
  ) {}

  private issue(path: XmlPath, line: number | null, code: string, message: string): void {
    const element = xpath(path);
    this.issues.push({ path: [...path], element, line, code, message: `${element}: ${message}` });
  }

  // A 'one' element is kept as its Entry, a 'many' element as a list: no list for the (many)
  // single elements of a record.
  private fields(node: XNode, at: Entry | XmlPath, spec: Spec): Fields {
    const out: Fields = new Map();
    for (const child of node.children) {
      const kind = spec[child.name];
      const found = out.get(child.name);
      if (kind === 'one' && found === undefined) {
        out.set(child.name, new Entry(child, at, null));
      } else if (kind === 'many') {
        if (found === undefined) out.set(child.name, [new Entry(child, at, 0)]);
        else (found as Entry[]).push(new Entry(child, at, (found as Entry[]).length));
      } else {
        const where = [...(at instanceof Entry ? at.path : at), child.name];
        if (kind === undefined) {
          this.issue(
            where,
            child.line,
            'unknown_element',
            `<${child.name}> is not part of <${node.name}>; it was skipped`,
          );
        } else {
          this.issue(
            where,
            child.line,
            'duplicate_element',
            `<${child.name}> appears more than once; the first was kept`,
          );
        }
      }
    }
    return out;
  }

  private text(f: Fields, name: string): Entry | undefined {
    return f.get(name) as Entry | undefined;
  }

  private many(f: Fields, name: string): readonly Entry[] {
    return (f.get(name) as Entry[] | undefined) ?? NONE;
  }

  private missing(path: XmlPath, line: number, name: string, code: string, what: string): void {
    this.issue([...path, name], line, code, `${what} is missing`);
  }

  private date(f: Fields, name: string): string | null {
    const e = this.text(f, name);
    if (!e) return null;
    const t = clean(e.node.text);
    if (validDate(t)) return t;
    this.issue(
      e.path,
      e.node.line,
      'invalid_date',
      `expected a real calendar date written YYYY-MM-DD, got ${JSON.stringify(t.slice(0, 40))}`,
    );
    return null;
  }

  private code(
    f: Fields,
    name: string,
    list: readonly string[],
    issueCode: string,
    what: string,
  ): string | null {
    const e = this.text(f, name);
    if (!e) return null;
    return this.codeOf(e, list, issueCode, what);
  }

  private codeOf(
    e: Entry,
    list: readonly string[],
    issueCode: string,
    what: string,
  ): string | null {
    const t = clean(e.node.text);
    if (list.includes(t)) return t;
    this.issue(
      e.path,
      e.node.line,
      issueCode,
      `${what} ${JSON.stringify(t.slice(0, 40))} is not in the ${this.lists.year} census code list`,
    );
    return null;
  }

  private flag(f: Fields, name: string, issueCode: string, what: string): boolean | null {
    const e = this.text(f, name);
    if (!e) return null;
    const t = clean(e.node.text);
    if (t === 'true' || t === 'TRUE' || t === '1') return true;
    if (t === 'false' || t === 'FALSE' || t === '0') return false;
    this.issue(
      e.path,
      e.node.line,
      issueCode,
      `${what} must be true/false/1/0, got ${JSON.stringify(t.slice(0, 40))}`,
    );
    return null;
  }

  // Method, not closure: one function object for the whole file rather than one per episode.
  private notBefore(
    entry: Entry,
    what: string,
    date: string,
    rule: string,
    referralDate: string,
  ): void {
    if (date < referralDate) {
      this.issue(
        entry.path,
        entry.node.line,
        rule,
        `${what} ${date} is before the referral date ${referralDate}`,
      );
    }
  }

  private notAfterClosure(
    entry: Entry,
    what: string,
    date: string,
    closureDate: string | null,
  ): void {
    if (closureDate && date > closureDate) {
      this.issue(
        entry.path,
        entry.node.line,
        'dfe_8565',
        `${what} ${date} is after the episode closed on ${closureDate}`,
      );
    }
  }

  header(node: XNode): CinHeader {
    const path: XmlPath = ['Message', 'Header'];
    const f = this.fields(node, path, SPEC.header);
    let year: number | null = null;
    let referenceDate: string | null = null;
    let authority: string | null = null;
    const cd = this.text(f, 'CollectionDetails');
    if (cd) {
      const c = this.fields(cd.node, cd, SPEC.collection);
      const y = this.text(c, 'Year');
      if (y) {
        const t = clean(y.node.text);
        if (/^\d{4}$/.test(t)) year = Number(t);
        else
          this.issue(
            y.path,
            y.node.line,
            'invalid_number',
            `expected a four-digit year, got ${JSON.stringify(t.slice(0, 40))}`,
          );
      }
      referenceDate = this.date(c, 'ReferenceDate');
    }
    const source = this.many(f, 'Source')[0];
    if (source) {
      const s = this.fields(source.node, source, SPEC.source);
      const lea = this.text(s, 'LEA');
      if (lea) {
        const t = clean(lea.node.text);
        if (/^\d{3}$/.test(t)) authority = t;
        else
          this.issue(
            lea.path,
            lea.node.line,
            'unknown_code',
            `the LA code must be three digits, got ${JSON.stringify(t.slice(0, 40))}`,
          );
      }
    }
    return { year, referenceDate, authority };
  }

  child(node: XNode, index: number): CinChild | null {
    const path: XmlPath = ['Message', 'Children', 'Child', index];
    const L = this.lists;
    const f = this.fields(node, path, SPEC.child);
    const ids = this.text(f, 'ChildIdentifiers');
    if (!ids) {
      this.missing(
        path,
        node.line,
        'ChildIdentifiers',
        'dfe_8500',
        '<ChildIdentifiers> (and so the LA child id)',
      );
      return null;
    }
    const i = this.fields(ids.node, ids, SPEC.ids);
    const idEntry = this.text(i, 'LAchildID');
    const laChildId = (idEntry ? clean(idEntry.node.text) : undefined) ?? '';
    if (laChildId === '') {
      this.missing(ids.path, ids.node.line, 'LAchildID', 'dfe_8500', 'the LA child id (LAchildID)');
      return null;
    }
    const upn = (name: string): string | null => {
      const e = this.text(i, name);
      if (!e) return null;
      const t = clean(e.node.text);
      if (/^[A-Za-z]\d{11}[A-Za-z\d]$/.test(t)) return t;
      this.issue(
        e.path,
        e.node.line,
        'unknown_code',
        `a UPN is a letter, 11 digits and a digit or letter; got a value of length ${t.length}`,
      );
      return null;
    };
    const gender = this.code(i, 'GenderCurrent', L.gender, 'unknown_code', 'gender');
    if (!this.text(i, 'GenderCurrent'))
      this.missing(
        ids.path,
        ids.node.line,
        'GenderCurrent',
        'missing_element',
        'gender (GenderCurrent)',
      );
    const birthDate = this.date(i, 'PersonBirthDate');
    const expectedBirthDate = this.date(i, 'ExpectedPersonBirthDate');
    const deathDate = this.date(i, 'PersonDeathDate');
    if (this.period && birthDate && birthDate > this.period.end) {
      const e = this.text(i, 'PersonBirthDate')!;
      this.issue(
        e.path,
        e.node.line,
        'dfe_8520',
        `date of birth ${birthDate} is after the census period (ends ${this.period.end})`,
      );
    }

    let ethnicity: string | null = null;
    const disabilities: string[] = [];
    const ch = this.text(f, 'ChildCharacteristics');
    if (!ch) {
      this.missing(
        path,
        node.line,
        'ChildCharacteristics',
        'dfe_4220',
        '<ChildCharacteristics> (and so ethnicity)',
      );
    } else {
      const c = this.fields(ch.node, ch, SPEC.characteristics);
      ethnicity = this.code(c, 'Ethnicity', L.ethnicity, 'dfe_4220', 'ethnicity');
      if (!this.text(c, 'Ethnicity'))
        this.missing(ch.path, ch.node.line, 'Ethnicity', 'dfe_4220', 'ethnicity');
      const d = this.text(c, 'Disabilities');
      if (d) {
        const ds = this.fields(d.node, d, SPEC.disabilities);
        for (const e of this.many(ds, 'Disability')) {
          const code = this.codeOf(e, L.disability, 'dfe_8540', 'disability');
          if (code === null) continue;
          if (disabilities.includes(code)) {
            this.issue(e.path, e.node.line, 'dfe_8794', `disability ${code} is recorded twice`);
            continue;
          }
          disabilities.push(code);
        }
        if (disabilities.includes('NONE') && disabilities.length > 1) {
          this.issue(
            d.path,
            d.node.line,
            'dfe_8790',
            'disabilities include both NONE and other codes',
          );
        }
      }
    }

    const episodes: CinEpisode[] = [];
    const cinDetails = this.many(f, 'CINdetails');
    if (cinDetails.length === 0)
      this.missing(path, node.line, 'CINdetails', 'dfe_8590', 'a CIN episode (<CINdetails>)');
    for (const e of cinDetails) {
      const episode = this.episode(e, deathDate);
      if (episode) episodes.push(episode);
    }
    return {
      laChildId,
      upn: upn('UPN'),
      formerUpn: upn('FormerUPN'),
      upnUnknown: this.code(i, 'UPNunknown', L.upnUnknown, 'unknown_code', 'UPN unknown reason'),
      birthDate,
      expectedBirthDate,
      gender,
      deathDate,
      ethnicity,
      disabilities,
      episodes,
      line: node.line,
    };
  }

  private episode(e: Entry, deathDate: string | null): CinEpisode | null {
    const L = this.lists;
    const f = this.fields(e.node, e, L.cinPlanDates ? SPEC.episode2022 : SPEC.episode);
    const referralDate = this.date(f, 'CINreferralDate');
    if (!referralDate) {
      if (!this.text(f, 'CINreferralDate'))
        this.missing(e.path, e.node.line, 'CINreferralDate', 'dfe_8600', 'the referral date');
      this.issue(
        e.path,
        e.node.line,
        'dfe_8600',
        'an episode without a valid referral date was skipped',
      );
      return null;
    }
    const refEntry = this.text(f, 'CINreferralDate')!;
    if (this.period && referralDate > this.period.end) {
      this.issue(
        refEntry.path,
        refEntry.node.line,
        'dfe_8600',
        `referral date ${referralDate} is after the census period (ends ${this.period.end})`,
      );
    }
    if (deathDate && referralDate > deathDate) {
      this.issue(
        refEntry.path,
        refEntry.node.line,
        'dfe_8555',
        `referral date ${referralDate} is after the child's date of death ${deathDate}`,
      );
    }
    const closureDate = this.date(f, 'CINclosureDate');
    if (closureDate && closureDate < referralDate) {
      const c = this.text(f, 'CINclosureDate')!;
      this.issue(
        c.path,
        c.node.line,
        'dfe_8630',
        `closure date ${closureDate} is before the referral date ${referralDate}`,
      );
    }
    const referralNfa = this.flag(f, 'ReferralNFA', 'dfe_8568', 'ReferralNFA');
    if (!this.text(f, 'ReferralNFA'))
      this.missing(e.path, e.node.line, 'ReferralNFA', 'dfe_8568', 'the referral NFA flag');
    const primaryNeed = this.code(
      f,
      'PrimaryNeedCode',
      L.primaryNeed,
      'dfe_8650',
      'primary need code',
    );
    if (referralNfa === false && !this.text(f, 'PrimaryNeedCode')) {
      this.issue(
        [...e.path, 'PrimaryNeedCode'],
        e.node.line,
        'dfe_8610',
        'primary need is missing for a referral that led to further action',
      );
    }
    const assessments: CinAssessment[] = [];
    for (const a of this.many(f, 'Assessments')) {
      const af = this.fields(a.node, a, SPEC.assessment);
      const startDate = this.date(af, 'AssessmentActualStartDate');
      if (!startDate) {
        this.issue(
          a.path,
          a.node.line,
          'missing_element',
          'an assessment without a valid start date was skipped',
        );
        continue;
      }
      const authorisationDate = this.date(af, 'AssessmentAuthorisationDate');
      this.notBefore(
        this.text(af, 'AssessmentActualStartDate')!,
        'assessment start',
        startDate,
        'dfe_1103',
        referralDate,
      );
      if (authorisationDate && authorisationDate < startDate) {
        const x = this.text(af, 'AssessmentAuthorisationDate')!;
        this.issue(
          x.path,
          x.node.line,
          'dfe_8608',
          `assessment authorised ${authorisationDate}, before it started ${startDate}`,
        );
      }
      const factors: string[] = [];
      const fa = this.text(af, 'FactorsIdentifiedAtAssessment');
      if (fa) {
        const ff = this.fields(fa.node, fa, SPEC.factors);
        for (const x of this.many(ff, 'AssessmentFactors')) {
          const code = this.codeOf(x, L.assessmentFactors, 'unknown_code', 'assessment factor');
          if (code === null) continue;
          if (factors.includes(code)) {
            this.issue(
              x.path,
              x.node.line,
              'dfe_8898',
              `assessment factor ${code} is recorded twice`,
            );
            continue;
          }
          factors.push(code);
        }
      }
      assessments.push({
        startDate,
        internalReviewDate: this.date(af, 'AssessmentInternalReviewDate'),
        authorisationDate,
        factors,
      });
    }

    const cinPlans: CinPlan[] = [];
    for (const p of this.many(f, 'CINPlanDates')) {
      const pf = this.fields(p.node, p, SPEC.cinPlan);
      const startDate = this.date(pf, 'CINPlanStartDate');
      if (!startDate) {
        this.issue(
          p.path,
          p.node.line,
          'missing_element',
          'a CIN plan without a valid start date was skipped',
        );
        continue;
      }
      const endDate = this.date(pf, 'CINPlanEndDate');
      this.notBefore(
        this.text(pf, 'CINPlanStartDate')!,
        'CIN plan start',
        startDate,
        'dfe_4015',
        referralDate,
      );
      if (endDate && endDate < startDate) {
        const x = this.text(pf, 'CINPlanEndDate')!;
        this.issue(
          x.path,
          x.node.line,
          'dfe_4011',
          `CIN plan ends ${endDate}, before it starts ${startDate}`,
        );
      }
      cinPlans.push({ startDate, endDate });
    }

    const section47s: CinSection47[] = [];
    for (const s of this.many(f, 'Section47')) {
      const sf = this.fields(s.node, s, SPEC.section47);
      const startDate = this.date(sf, 'S47ActualStartDate');
      if (!startDate) {
        this.issue(
          s.path,
          s.node.line,
          'dfe_8615',
          'a section 47 enquiry without a valid start date was skipped',
        );
        continue;
      }
      const icpcDate = this.date(sf, 'DateOfInitialCPC');
      this.notBefore(
        this.text(sf, 'S47ActualStartDate')!,
        'section 47 start',
        startDate,
        'dfe_2889',
        referralDate,
      );
      if (icpcDate && icpcDate < startDate) {
        const x = this.text(sf, 'DateOfInitialCPC')!;
        this.issue(
          x.path,
          x.node.line,
          'dfe_8615',
          `initial conference ${icpcDate} is before the section 47 start ${startDate}`,
        );
      }
      section47s.push({
        startDate,
        icpcTargetDate: this.date(sf, 'InitialCPCtarget'),
        icpcDate,
        icpcNotRequired: this.flag(sf, 'ICPCnotRequired', 'unknown_code', 'ICPCnotRequired'),
      });
    }

    const protectionPlans: CinProtectionPlan[] = [];
    for (const p of this.many(f, 'ChildProtectionPlans')) {
      const pf = this.fields(p.node, p, SPEC.plan);
      const startDate = this.date(pf, 'CPPstartDate');
      if (!startDate) {
        this.issue(
          p.path,
          p.node.line,
          'missing_element',
          'a protection plan without a valid start date was skipped',
        );
        continue;
      }
      const startEntry = this.text(pf, 'CPPstartDate')!;
      this.notBefore(startEntry, 'protection plan start', startDate, 'dfe_1105', referralDate);
      this.notAfterClosure(startEntry, 'protection plan start', startDate, closureDate);
      if (deathDate && startDate > deathDate) {
        this.issue(
          startEntry.path,
          startEntry.node.line,
          'dfe_8915',
          `protection plan starts ${startDate}, after the child's date of death ${deathDate}`,
        );
      }
      const endDate = this.date(pf, 'CPPendDate');
      if (endDate && endDate < startDate) {
        const x = this.text(pf, 'CPPendDate')!;
        this.issue(
          x.path,
          x.node.line,
          'dfe_8925',
          `protection plan ends ${endDate}, before it starts ${startDate}`,
        );
      } else if (endDate) {
        this.notAfterClosure(
          this.text(pf, 'CPPendDate')!,
          'protection plan end',
          endDate,
          closureDate,
        );
      }
      const initialCategory = this.code(
        pf,
        'InitialCategoryOfAbuse',
        L.categoryOfAbuse,
        'dfe_8905',
        'initial category of abuse',
      );
      if (!this.text(pf, 'InitialCategoryOfAbuse'))
        this.missing(
          p.path,
          p.node.line,
          'InitialCategoryOfAbuse',
          'dfe_8905',
          'the initial category of abuse',
        );
      const latestCategory = this.code(
        pf,
        'LatestCategoryOfAbuse',
        L.categoryOfAbuse,
        'dfe_8910',
        'latest category of abuse',
      );
      if (!this.text(pf, 'LatestCategoryOfAbuse'))
        this.missing(
          p.path,
          p.node.line,
          'LatestCategoryOfAbuse',
          'dfe_8910',
          'the latest category of abuse',
        );
      let previousPlans: number | null = null;
      const n = this.text(pf, 'NumberOfPreviousCPP');
      if (!n) {
        this.missing(
          p.path,
          p.node.line,
          'NumberOfPreviousCPP',
          'dfe_8730',
          'the number of previous protection plans',
        );
      } else {
        const t = clean(n.node.text);
        // 0 is valid (a first plan) though the schema says positiveInteger.
        if (/^\d{1,4}$/.test(t)) previousPlans = Number(t);
        else
          this.issue(
            n.path,
            n.node.line,
            'invalid_number',
            `the number of previous plans must be a whole number ≥ 0, got ${JSON.stringify(t.slice(0, 40))}`,
          );
      }
      const reviewDates: string[] = [];
      const r = this.text(pf, 'Reviews');
      if (r) {
        const rf = this.fields(r.node, r, SPEC.reviews);
        for (const x of this.many(rf, 'CPPreviewDate')) {
          const t = clean(x.node.text);
          if (validDate(t)) reviewDates.push(t);
          else
            this.issue(
              x.path,
              x.node.line,
              'invalid_date',
              `expected a real calendar date written YYYY-MM-DD, got ${JSON.stringify(t.slice(0, 40))}`,
            );
        }
      }
      protectionPlans.push({
        startDate,
        endDate,
        initialCategory,
        latestCategory,
        previousPlans,
        reviewDates,
      });
    }

    const icpcEntry = this.text(f, 'DateOfInitialCPC');
    const initialCpcDate = this.date(f, 'DateOfInitialCPC');
    if (icpcEntry && initialCpcDate)
      this.notBefore(icpcEntry, 'initial conference', initialCpcDate, 'dfe_1104', referralDate);
    return {
      referralDate,
      referralSource: this.code(
        f,
        'ReferralSource',
        L.referralSource,
        'unknown_code',
        'referral source',
      ),
      primaryNeed,
      closureDate,
      closureReason: this.code(
        f,
        'ReasonForClosure',
        L.reasonForClosure,
        'dfe_8640',
        'reason for closure',
      ),
      initialCpcDate,
      referralNfa,
      assessments,
      cinPlans,
      section47s,
      protectionPlans,
    };
  }
}

/** @internal Freezes a child record along its known shape (faster than a generic deep freeze). */
export function freezeChild(child: CinChild): CinChild {
  for (const e of child.episodes) {
    for (const a of e.assessments) Object.freeze(Object.freeze(a).factors);
    for (const p of e.cinPlans) Object.freeze(p);
    for (const s of e.section47s) Object.freeze(s);
    for (const p of e.protectionPlans) Object.freeze(Object.freeze(p).reviewDates);
    Object.freeze(e.assessments);
    Object.freeze(e.cinPlans);
    Object.freeze(e.section47s);
    Object.freeze(e.protectionPlans);
    Object.freeze(e);
  }
  Object.freeze(child.episodes);
  Object.freeze(child.disabilities);
  return Object.freeze(child);
}
