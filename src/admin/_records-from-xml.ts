import { isCalendarDate } from '../_lib/calendar.js';
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
import { SPEC, type Compiled } from './_element-spec.js';
import { xpath, type XmlPath } from './_xml-path.js';
import type { XNode } from './_xml-stream.js';

// Text as written, without surrounding white space; most values have none, so no copy is made.
function clean(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(n - 1);
  return a > 32 && b > 32 ? text : text.trim();
}

const NONE: readonly XNode[] = [];

const CODE_LISTS = [
  'gender',
  'ethnicity',
  'disability',
  'referralSource',
  'primaryNeed',
  'reasonForClosure',
  'assessmentFactors',
  'categoryOfAbuse',
  'upnUnknown',
] as const;
type CodeList = (typeof CODE_LISTS)[number];

// A container's elements in its spec's slots: the element itself for a 'one', a list for a
// 'many' (an array per container is far cheaper than a Map).
interface Fields {
  readonly slot: Readonly<Record<string, number>>;
  readonly values: (XNode | XNode[] | undefined)[];
}

/** @internal Turns Header and Child subtrees into records, collecting issues. */
export class RecordReader {
  readonly issues: CinIssue[] = [];
  // The code lists as sets, made once per reader: a code is found by hash, not compared with
  // each of a list's (up to 60) codes in turn.
  private readonly codes: { readonly [K in CodeList]: ReadonlySet<string> };
  constructor(
    private readonly lists: CinCodeLists,
    private readonly period: { readonly start: string; readonly end: string } | null,
  ) {
    const codes = {} as Record<CodeList, ReadonlySet<string>>;
    for (const k of CODE_LISTS) codes[k] = new Set(lists[k]);
    this.codes = codes;
  }

  private issue(path: XmlPath, line: number | null, code: string, message: string): void {
    const element = xpath(path);
    this.issues.push({ path: [...path], element, line, code, message: `${element}: ${message}` });
  }

  // Where the record being read sits in the file; an element's path is built from it only when
  // an issue needs it.
  private base: XmlPath = [];

  private pathOf(node: XNode): XmlPath {
    if (node.parent === null) return this.base;
    const up = this.pathOf(node.parent);
    return node.n === null ? [...up, node.name] : [...up, node.name, node.n];
  }

  // Sorts a container's elements into its spec's slots, linking each to its parent and numbering
  // repeats (`n`) for their paths;
  // an element the spec does not know, or a second 'one', is an issue and skipped.
  private fields(node: XNode, spec: Compiled): Fields {
    const { names, slot, many } = spec;
    const values: (XNode | XNode[] | undefined)[] = new Array(names.length);
    for (const child of node.children) {
      child.parent = node;
      const name = child.name;
      // Lengths first: most names in a container differ in length, and comparing a parser's
      // string with ours costs far more than reading its length.
      const length = name.length;
      let k: number | undefined = names.length - 1;
      while (k >= 0 && (names[k]!.length !== length || names[k] !== name)) k--;
      if (k < 0) k = undefined;
      if (k !== undefined && many[k]) {
        const found = values[k] as XNode[] | undefined;
        if (found === undefined) {
          child.n = 0;
          values[k] = [child];
        } else {
          child.n = found.length;
          found.push(child);
        }
      } else if (k !== undefined && values[k] === undefined) {
        values[k] = child;
      } else {
        const where = [...this.pathOf(node), child.name];
        if (k === undefined) {
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
    return { slot, values };
  }

  private text(f: Fields, name: string): XNode | undefined {
    return f.values[f.slot[name]!] as XNode | undefined;
  }

  private many(f: Fields, name: string): readonly XNode[] {
    return (f.values[f.slot[name]!] as XNode[] | undefined) ?? NONE;
  }

  private missing(path: XmlPath, line: number, name: string, code: string, what: string): void {
    this.issue([...path, name], line, code, `${what} is missing`);
  }

  private date(f: Fields, name: string): string | null {
    const e = this.text(f, name);
    if (!e) return null;
    const t = clean(e.text);
    if (isCalendarDate(t)) return t;
    this.issue(
      this.pathOf(e),
      e.line,
      'invalid_date',
      `expected a real calendar date written YYYY-MM-DD, got ${JSON.stringify(t.slice(0, 40))}`,
    );
    return null;
  }

  private code(
    f: Fields,
    name: string,
    list: ReadonlySet<string>,
    issueCode: string,
    what: string,
  ): string | null {
    const e = this.text(f, name);
    if (!e) return null;
    return this.codeOf(e, list, issueCode, what);
  }

  private codeOf(
    e: XNode,
    list: ReadonlySet<string>,
    issueCode: string,
    what: string,
  ): string | null {
    const t = clean(e.text);
    if (list.has(t)) return t;
    this.issue(
      this.pathOf(e),
      e.line,
      issueCode,
      `${what} ${JSON.stringify(t.slice(0, 40))} is not in the ${this.lists.year} census code list`,
    );
    return null;
  }

  private flag(f: Fields, name: string, issueCode: string, what: string): boolean | null {
    const e = this.text(f, name);
    if (!e) return null;
    const t = clean(e.text);
    if (t === 'true' || t === 'TRUE' || t === '1') return true;
    if (t === 'false' || t === 'FALSE' || t === '0') return false;
    this.issue(
      this.pathOf(e),
      e.line,
      issueCode,
      `${what} must be true/false/1/0, got ${JSON.stringify(t.slice(0, 40))}`,
    );
    return null;
  }

  // Method, not closure: one function object for the whole file rather than one per episode.
  private notBefore(
    entry: XNode,
    what: string,
    date: string,
    rule: string,
    referralDate: string,
  ): void {
    if (date < referralDate) {
      this.issue(
        this.pathOf(entry),
        entry.line,
        rule,
        `${what} ${date} is before the referral date ${referralDate}`,
      );
    }
  }

  private notAfterClosure(
    entry: XNode,
    what: string,
    date: string,
    closureDate: string | null,
  ): void {
    if (closureDate && date > closureDate) {
      this.issue(
        this.pathOf(entry),
        entry.line,
        'dfe_8565',
        `${what} ${date} is after the episode closed on ${closureDate}`,
      );
    }
  }

  header(node: XNode): CinHeader {
    const path: XmlPath = ['Message', 'Header'];
    this.base = path;
    const f = this.fields(node, SPEC.header);
    let year: number | null = null;
    let referenceDate: string | null = null;
    let authority: string | null = null;
    const cd = this.text(f, 'CollectionDetails');
    if (cd) {
      const c = this.fields(cd, SPEC.collection);
      const y = this.text(c, 'Year');
      if (y) {
        const t = clean(y.text);
        if (/^\d{4}$/.test(t)) year = Number(t);
        else
          this.issue(
            this.pathOf(y),
            y.line,
            'invalid_number',
            `expected a four-digit year, got ${JSON.stringify(t.slice(0, 40))}`,
          );
      }
      referenceDate = this.date(c, 'ReferenceDate');
    }
    const source = this.many(f, 'Source')[0];
    if (source) {
      const s = this.fields(source, SPEC.source);
      const lea = this.text(s, 'LEA');
      if (lea) {
        const t = clean(lea.text);
        if (/^\d{3}$/.test(t)) authority = t;
        else
          this.issue(
            this.pathOf(lea),
            lea.line,
            'unknown_code',
            `the LA code must be three digits, got ${JSON.stringify(t.slice(0, 40))}`,
          );
      }
    }
    return { year, referenceDate, authority };
  }

  child(node: XNode, index: number): CinChild | null {
    const path: XmlPath = ['Message', 'Children', 'Child', index];
    this.base = path;
    const f = this.fields(node, SPEC.child);
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
    const i = this.fields(ids, SPEC.ids);
    const idXNode = this.text(i, 'LAchildID');
    const laChildId = (idXNode ? clean(idXNode.text) : undefined) ?? '';
    if (laChildId === '') {
      this.missing(
        this.pathOf(ids),
        ids.line,
        'LAchildID',
        'dfe_8500',
        'the LA child id (LAchildID)',
      );
      return null;
    }
    const upn = (name: string): string | null => {
      const e = this.text(i, name);
      if (!e) return null;
      const t = clean(e.text);
      if (/^[A-Za-z]\d{11}[A-Za-z\d]$/.test(t)) return t;
      this.issue(
        this.pathOf(e),
        e.line,
        'unknown_code',
        `a UPN is a letter, 11 digits and a digit or letter; got a value of length ${t.length}`,
      );
      return null;
    };
    const gender = this.code(i, 'GenderCurrent', this.codes.gender, 'unknown_code', 'gender');
    if (!this.text(i, 'GenderCurrent'))
      this.missing(
        this.pathOf(ids),
        ids.line,
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
        this.pathOf(e),
        e.line,
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
      const c = this.fields(ch, SPEC.characteristics);
      ethnicity = this.code(c, 'Ethnicity', this.codes.ethnicity, 'dfe_4220', 'ethnicity');
      if (!this.text(c, 'Ethnicity'))
        this.missing(this.pathOf(ch), ch.line, 'Ethnicity', 'dfe_4220', 'ethnicity');
      const d = this.text(c, 'Disabilities');
      if (d) {
        const ds = this.fields(d, SPEC.disabilities);
        for (const e of this.many(ds, 'Disability')) {
          const code = this.codeOf(e, this.codes.disability, 'dfe_8540', 'disability');
          if (code === null) continue;
          if (disabilities.includes(code)) {
            this.issue(this.pathOf(e), e.line, 'dfe_8794', `disability ${code} is recorded twice`);
            continue;
          }
          disabilities.push(code);
        }
        if (disabilities.includes('NONE') && disabilities.length > 1) {
          this.issue(
            this.pathOf(d),
            d.line,
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
      upnUnknown: this.code(
        i,
        'UPNunknown',
        this.codes.upnUnknown,
        'unknown_code',
        'UPN unknown reason',
      ),
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

  private episode(e: XNode, deathDate: string | null): CinEpisode | null {
    const f = this.fields(e, this.lists.cinPlanDates ? SPEC.episode2022 : SPEC.episode);
    const referralDate = this.date(f, 'CINreferralDate');
    if (!referralDate) {
      if (!this.text(f, 'CINreferralDate'))
        this.missing(this.pathOf(e), e.line, 'CINreferralDate', 'dfe_8600', 'the referral date');
      this.issue(
        this.pathOf(e),
        e.line,
        'dfe_8600',
        'an episode without a valid referral date was skipped',
      );
      return null;
    }
    const referral = this.text(f, 'CINreferralDate')!;
    if (this.period && referralDate > this.period.end) {
      this.issue(
        this.pathOf(referral),
        referral.line,
        'dfe_8600',
        `referral date ${referralDate} is after the census period (ends ${this.period.end})`,
      );
    }
    if (deathDate && referralDate > deathDate) {
      this.issue(
        this.pathOf(referral),
        referral.line,
        'dfe_8555',
        `referral date ${referralDate} is after the child's date of death ${deathDate}`,
      );
    }
    const closureDate = this.date(f, 'CINclosureDate');
    if (closureDate && closureDate < referralDate) {
      const c = this.text(f, 'CINclosureDate')!;
      this.issue(
        this.pathOf(c),
        c.line,
        'dfe_8630',
        `closure date ${closureDate} is before the referral date ${referralDate}`,
      );
    }
    const referralNfa = this.flag(f, 'ReferralNFA', 'dfe_8568', 'ReferralNFA');
    if (!this.text(f, 'ReferralNFA'))
      this.missing(this.pathOf(e), e.line, 'ReferralNFA', 'dfe_8568', 'the referral NFA flag');
    const primaryNeed = this.code(
      f,
      'PrimaryNeedCode',
      this.codes.primaryNeed,
      'dfe_8650',
      'primary need code',
    );
    if (referralNfa === false && !this.text(f, 'PrimaryNeedCode')) {
      this.issue(
        [...this.pathOf(e), 'PrimaryNeedCode'],
        e.line,
        'dfe_8610',
        'primary need is missing for a referral that led to further action',
      );
    }
    const assessments: CinAssessment[] = [];
    for (const a of this.many(f, 'Assessments')) {
      const af = this.fields(a, SPEC.assessment);
      const startDate = this.date(af, 'AssessmentActualStartDate');
      if (!startDate) {
        this.issue(
          this.pathOf(a),
          a.line,
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
          this.pathOf(x),
          x.line,
          'dfe_8608',
          `assessment authorised ${authorisationDate}, before it started ${startDate}`,
        );
      }
      const factors: string[] = [];
      const fa = this.text(af, 'FactorsIdentifiedAtAssessment');
      if (fa) {
        const ff = this.fields(fa, SPEC.factors);
        for (const x of this.many(ff, 'AssessmentFactors')) {
          const code = this.codeOf(
            x,
            this.codes.assessmentFactors,
            'unknown_code',
            'assessment factor',
          );
          if (code === null) continue;
          if (factors.includes(code)) {
            this.issue(
              this.pathOf(x),
              x.line,
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
      const pf = this.fields(p, SPEC.cinPlan);
      const startDate = this.date(pf, 'CINPlanStartDate');
      if (!startDate) {
        this.issue(
          this.pathOf(p),
          p.line,
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
          this.pathOf(x),
          x.line,
          'dfe_4011',
          `CIN plan ends ${endDate}, before it starts ${startDate}`,
        );
      }
      cinPlans.push({ startDate, endDate });
    }

    const section47s: CinSection47[] = [];
    for (const s of this.many(f, 'Section47')) {
      const sf = this.fields(s, SPEC.section47);
      const startDate = this.date(sf, 'S47ActualStartDate');
      if (!startDate) {
        this.issue(
          this.pathOf(s),
          s.line,
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
          this.pathOf(x),
          x.line,
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
      const pf = this.fields(p, SPEC.plan);
      const startDate = this.date(pf, 'CPPstartDate');
      if (!startDate) {
        this.issue(
          this.pathOf(p),
          p.line,
          'missing_element',
          'a protection plan without a valid start date was skipped',
        );
        continue;
      }
      const startXNode = this.text(pf, 'CPPstartDate')!;
      this.notBefore(startXNode, 'protection plan start', startDate, 'dfe_1105', referralDate);
      this.notAfterClosure(startXNode, 'protection plan start', startDate, closureDate);
      if (deathDate && startDate > deathDate) {
        this.issue(
          this.pathOf(startXNode),
          startXNode.line,
          'dfe_8915',
          `protection plan starts ${startDate}, after the child's date of death ${deathDate}`,
        );
      }
      const endDate = this.date(pf, 'CPPendDate');
      if (endDate && endDate < startDate) {
        const x = this.text(pf, 'CPPendDate')!;
        this.issue(
          this.pathOf(x),
          x.line,
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
        this.codes.categoryOfAbuse,
        'dfe_8905',
        'initial category of abuse',
      );
      if (!this.text(pf, 'InitialCategoryOfAbuse'))
        this.missing(
          this.pathOf(p),
          p.line,
          'InitialCategoryOfAbuse',
          'dfe_8905',
          'the initial category of abuse',
        );
      const latestCategory = this.code(
        pf,
        'LatestCategoryOfAbuse',
        this.codes.categoryOfAbuse,
        'dfe_8910',
        'latest category of abuse',
      );
      if (!this.text(pf, 'LatestCategoryOfAbuse'))
        this.missing(
          this.pathOf(p),
          p.line,
          'LatestCategoryOfAbuse',
          'dfe_8910',
          'the latest category of abuse',
        );
      let previousPlans: number | null = null;
      const n = this.text(pf, 'NumberOfPreviousCPP');
      if (!n) {
        this.missing(
          this.pathOf(p),
          p.line,
          'NumberOfPreviousCPP',
          'dfe_8730',
          'the number of previous protection plans',
        );
      } else {
        const t = clean(n.text);
        // 0 is valid (a first plan) though the schema says positiveInteger.
        if (/^\d{1,4}$/.test(t)) previousPlans = Number(t);
        else
          this.issue(
            this.pathOf(n),
            n.line,
            'invalid_number',
            `the number of previous plans must be a whole number ≥ 0, got ${JSON.stringify(t.slice(0, 40))}`,
          );
      }
      const reviewDates: string[] = [];
      const r = this.text(pf, 'Reviews');
      if (r) {
        const rf = this.fields(r, SPEC.reviews);
        for (const x of this.many(rf, 'CPPreviewDate')) {
          const t = clean(x.text);
          if (isCalendarDate(t)) reviewDates.push(t);
          else
            this.issue(
              this.pathOf(x),
              x.line,
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

    const icpcXNode = this.text(f, 'DateOfInitialCPC');
    const initialCpcDate = this.date(f, 'DateOfInitialCPC');
    if (icpcXNode && initialCpcDate)
      this.notBefore(icpcXNode, 'initial conference', initialCpcDate, 'dfe_1104', referralDate);
    return {
      referralDate,
      referralSource: this.code(
        f,
        'ReferralSource',
        this.codes.referralSource,
        'unknown_code',
        'referral source',
      ),
      primaryNeed,
      closureDate,
      closureReason: this.code(
        f,
        'ReasonForClosure',
        this.codes.reasonForClosure,
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
