// Which elements each container of a CIN census record holds, and which of them repeat: the
// schema's element lists, compiled once for the record reader.

type Spec = Readonly<Record<string, 'one' | 'many'>>;
/**
 * @internal A container's element lists compiled once: its names in order, each name's slot,
 * and whether it repeats. The record reader matches an element against the short list of names
 * (a keyed lookup would hash every element name: the parser makes a fresh string for each).
 */
export interface Compiled {
  readonly names: readonly string[];
  readonly slot: Readonly<Record<string, number>>;
  readonly many: readonly boolean[];
}
function compile<T extends Record<string, Spec>>(specs: T): { readonly [K in keyof T]: Compiled } {
  const out: Record<string, Compiled> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const names: string[] = [];
    const slot: Record<string, number> = {};
    const many: boolean[] = [];
    for (const [name, kind] of Object.entries(spec)) {
      slot[name] = names.length;
      names.push(name);
      many.push(kind === 'many');
    }
    out[key] = { names, slot, many };
  }
  return out as { readonly [K in keyof T]: Compiled };
}

// The schema's element lists, built once (a fresh literal per record would cost lookups).
const ONE = 'one' as const;
const MANY = 'many' as const;
/** @internal The compiled element lists, by container. */
export const SPEC = compile({
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
});
