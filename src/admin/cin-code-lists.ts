/**
 * The code lists of the Children in Need census, per schema year (2017 to 2024), written from the
 * DfE's XML schemas (as kept in Social Finance's liia-tools, `liiatools/spec/cin_census`). The
 * year is the collection year: the census of 1 April 2022 to 31 March 2023 is year 2023.
 *
 * What changed between years: 2017–2020 share one schema; 2021 replaced assessment factors 18A
 * and 19A with 18B/18C and 19B/19C (abuse by a child or by an adult); 2022 added CIN plan dates
 * and factor 24A (child criminal exploitation); 2023 added referral source 5D (early help) and
 * reason for closure RC9 (closed after assessment, referred to early help); 2024 is as 2023.
 * Every schema types the number of previous protection plans as a positive integer, yet 0 is the
 * commonest true value (a first plan), so 0 is accepted here.
 *
 * @category Census
 */
export interface CinCodeLists {
  /** Collection year the lists belong to. */
  readonly year: number;
  /** `GenderCurrent`: 0 not recorded or unborn, 1 male, 2 female, 9 indeterminate. */
  readonly gender: readonly string[];
  /** `Ethnicity`: the DfE's 20 ethnicity codes (WBRI … NOBT). */
  readonly ethnicity: readonly string[];
  /** `Disability`: NONE or a disability code. */
  readonly disability: readonly string[];
  /** `ReferralSource`. */
  readonly referralSource: readonly string[];
  /** `PrimaryNeedCode`: N0–N9. */
  readonly primaryNeed: readonly string[];
  /** `ReasonForClosure`: RC1–RC8 (RC9 from 2023). */
  readonly reasonForClosure: readonly string[];
  /** `AssessmentFactors`. */
  readonly assessmentFactors: readonly string[];
  /** `InitialCategoryOfAbuse` / `LatestCategoryOfAbuse`. */
  readonly categoryOfAbuse: readonly string[];
  /** `UPNunknown`: UN1–UN7. */
  readonly upnUnknown: readonly string[];
  /** Whether the schema has `CINPlanDates` (2022 on). */
  readonly cinPlanDates: boolean;
}

const ETHNICITY = [
  'WBRI',
  'WIRI',
  'WIRT',
  'WOTH',
  'WROM',
  'MWBC',
  'MWBA',
  'MWAS',
  'MOTH',
  'AIND',
  'APKN',
  'ABAN',
  'AOTH',
  'BCRB',
  'BAFR',
  'BOTH',
  'CHNE',
  'OOTH',
  'REFU',
  'NOBT',
];
const DISABILITY = [
  'NONE',
  'MOB',
  'HAND',
  'PC',
  'INC',
  'COMM',
  'LD',
  'HEAR',
  'VIS',
  'BEH',
  'CON',
  'AUT',
  'DDA',
];
const SOURCES_2017 = [
  '1A',
  '1B',
  '1C',
  '1D',
  '2A',
  '2B',
  '3A',
  '3B',
  '3C',
  '3D',
  '3E',
  '3F',
  '4',
  '5A',
  '5B',
  '5C',
  '6',
  '7',
  '8',
  '9',
  '10',
];
const SOURCES_2023 = [...SOURCES_2017.slice(0, 16), '5D', ...SOURCES_2017.slice(16)];
const NEED = ['N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9'];
const CLOSURE_2017 = ['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8'];
const FACTORS_COMMON_HEAD = [
  '1A',
  '1B',
  '1C',
  '2A',
  '2B',
  '2C',
  '3A',
  '3B',
  '3C',
  '4A',
  '4B',
  '4C',
  '5A',
  '5B',
  '5C',
  '6A',
  '6B',
  '6C',
  '7A',
  '8B',
  '8C',
  '8D',
  '8E',
  '8F',
  '9A',
  '10A',
  '11A',
  '12A',
  '13A',
  '14A',
  '15A',
  '16A',
  '17A',
];
const FACTORS_TAIL = ['20', '21', '22A', '23A'];
const FACTORS_2017 = [...FACTORS_COMMON_HEAD, '18A', '19A', ...FACTORS_TAIL];
const FACTORS_2021 = [...FACTORS_COMMON_HEAD, '18B', '18C', '19B', '19C', ...FACTORS_TAIL];
const FACTORS_2022 = [...FACTORS_2021, '24A'];

function lists(year: number): CinCodeLists {
  return Object.freeze({
    year,
    gender: Object.freeze(['0', '1', '2', '9']),
    ethnicity: Object.freeze(ETHNICITY),
    disability: Object.freeze(DISABILITY),
    referralSource: Object.freeze(year >= 2023 ? SOURCES_2023 : SOURCES_2017),
    primaryNeed: Object.freeze(NEED),
    reasonForClosure: Object.freeze(year >= 2023 ? [...CLOSURE_2017, 'RC9'] : CLOSURE_2017),
    assessmentFactors: Object.freeze(
      year >= 2022 ? FACTORS_2022 : year >= 2021 ? FACTORS_2021 : FACTORS_2017,
    ),
    categoryOfAbuse: Object.freeze(['NEG', 'PHY', 'SAB', 'EMO', 'MUL']),
    upnUnknown: Object.freeze(['UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7']),
    cinPlanDates: year >= 2022,
  });
}

/**
 * The schema years with code lists: 2017 to 2024.
 *
 * @category Census
 * @example
 * ```ts
 * import { CIN_SCHEMA_YEARS } from 'sos-eval/admin';
 * CIN_SCHEMA_YEARS //=> [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]
 * ```
 */
export const CIN_SCHEMA_YEARS: readonly number[] = Object.freeze([
  2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
]);

const BY_YEAR = new Map(CIN_SCHEMA_YEARS.map((y) => [y, lists(y)]));

/**
 * The census code lists of one schema year (see {@link CinCodeLists} for what changed when).
 *
 * @param year - A collection year, 2017 to 2024.
 * @throws RangeError for any other year.
 * @category Census
 * @example
 * ```ts
 * import { cinCodeLists } from 'sos-eval/admin';
 * cinCodeLists(2022).reasonForClosure.includes('RC9') //=> false
 * cinCodeLists(2023).reasonForClosure.includes('RC9') //=> true
 * cinCodeLists(2020).assessmentFactors.includes('18A') //=> true
 * cinCodeLists(2021).assessmentFactors.includes('18A') //=> false
 * ```
 */
export function cinCodeLists(year: number): CinCodeLists {
  const found = BY_YEAR.get(year);
  if (!found) {
    throw new RangeError(`year must be a CIN census schema year (2017–2024), got ${String(year)}`);
  }
  return found;
}
