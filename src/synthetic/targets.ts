import type { ExperienceGroup, PilotId } from '../reference/sos-2017.js';

/**
 * The whole-number counts the synthetic dataset is built to (at `scale = 1`), each the count
 * nearest a published percentage whose share rounds back to it. The slides give percentages and
 * a few counts; the splits the slides do not give (workers per pilot, families per cohort) are our
 * own choices, marked as such. Usage counts per tool come from `SURVEY_USAGE_COUNTS_2017` in
 * `sos-eval/reference`.
 *
 * @category Synthetic data
 * @example
 * ```ts
 * import { SYNTHETIC_TARGETS } from 'sos-eval/synthetic';
 *
 * SYNTHETIC_TARGETS.workers.total //=> 165
 * SYNTHETIC_TARGETS.families.total //=> 270
 * ```
 */
export const SYNTHETIC_TARGETS = Object.freeze({
  /** The surveyed social workers. */
  workers: Object.freeze({
    /** Surveyed social workers (slide 7). */
    total: 165,
    /**
     * Workers per pilot: our choice. The grouping sizes 45 / 62 / 58 are chosen so that the
     * slides' grouping patterns can all hold at once: family network meetings not used by a
     * quarter of `2 years` and two-thirds of `new` and `2+` (30 + 15 + 39 = 84 = 51% of 165), and
     * aligned supervision for everyone in `2 years`, 4 in 5 in `new`, about half in `2+`
     * (36 + 62 + 27 = 125 = 76% of 165).
     */
    perPilot: Object.freeze({
      /** Workers in Wakefield. */
      wakefield: 12,
      /** Workers in Norfolk. */
      norfolk: 12,
      /** Workers in Wokingham. */
      wokingham: 10,
      /** Workers in Bristol. */
      bristol: 11,
      /** Workers in Suffolk. */
      suffolk: 22,
      /** Workers in Lincolnshire. */
      lincolnshire: 20,
      /** Workers in Brent. */
      brent: 20,
      /** Workers in West Sussex. */
      'west-sussex': 20,
      /** Workers in Leicestershire. */
      leicestershire: 19,
      /** Workers in Tower Hamlets. */
      'tower-hamlets': 19,
    } satisfies Record<PilotId, number>),
    /** Aligned supervision per grouping (slide 18): 36/45 = 4 in 5; 62/62 = all; 27/58 ≈ half. */
    supervised: Object.freeze({
      /** Authorities new to Signs of Safety: 36 of 45. */
      new: 36,
      /** Authorities with about two years' experience: all 62. */
      'two-years': 62,
      /** Authorities with more than two years' experience: 27 of 58. */
      'two-years-plus': 27,
    } satisfies Record<ExperienceGroup, number>),
    /** Agency workers among those surveyed: our choice (about 1 in 8). */
    agency: 20,
  }),
  /** The families interviewed. */
  families: Object.freeze({
    /** Families interviewed at Time 1 (slides 7, 19). */
    total: 270,
    /** Families per cohort: our choice (the slides do not split 270). */
    perCohort: Object.freeze({
      /** Families in Cohort 1. */
      'cohort-1': 140,
      /** Families in Cohort 2. */
      'cohort-2': 130,
    }),
    /** With previous referrals: 204 of 270 (slide 19). */
    previousReferrals: 204,
    /** Previous referrals involving domestic violence: 27% of 270 = 72.9 → 73. */
    previousDomesticAbuse: 73,
    /** Previous referrals involving neglect: 26% of 270 = 70.2 → 70. */
    previousNeglect: 70,
    /** Current referrals involving neglect: 37% of 270 = 99.9 → 100. */
    currentNeglect: 100,
    /** Current referrals involving domestic violence: 26% of 270 = 70.2 → 70. */
    currentDomesticAbuse: 70,
    /** Agreed to their case records being examined (slide 19). */
    caseRecords: 262,
  }),
  /** The Time 1 interviews. */
  t1: Object.freeze({
    /** Had a change of social worker by T1: 59% of 270 = 159.3 → 159. */
    changedWorker: 159,
    /** Had worked with three social workers (two changes): 9% of 270 = 24.3 → 24. */
    threeWorkers: 24,
    /** Had an agency worker: 1 in 5 of 270 = 54. */
    agencyWorker: 54,
    /**
     * Feelings (slide 21): 43% of 270 = 116.1 → 116 positive or very positive (60 + 56);
     * 37% = 99.9 → 100 negative or very negative (52 + 48); 17% = 45.9 → 46 neutral;
     * the rest, 8 (3%), no response. The positive/very and negative/very splits are our choice.
     */
    feelings: Object.freeze({
      /** Very positive. */
      'very-positive': 60,
      /** Positive. */
      positive: 56,
      /** Neutral. */
      neutral: 46,
      /** Negative. */
      negative: 52,
      /** Very negative. */
      'very-negative': 48,
      /** No response. */
      'no-response': 8,
    }),
    /** Parents with an LSNS-6 score (appendix I: n = 210). */
    lsnsAnswered: 210,
    /** Parents with a mastery score (appendix I: n = 235). */
    masteryAnswered: 235,
  }),
  /** The Time 2 interviews. */
  t2: Object.freeze({
    /** Re-interviewed at T2 (slides 7, 19). */
    interviewed: 184,
    /** Still with a social worker (slide 20). */
    stillAllocated: 165,
    /** Had a change of worker since T1: 1 in 3 of 184 = 61.3 → 61. */
    changedWorker: 61,
    /** Parents with an LSNS-6 score (n = 136). */
    lsnsAnswered: 136,
    /** Parents with a mastery score (n = 141). */
    masteryAnswered: 141,
  }),
  /** Parents' measure scores. */
  measures: Object.freeze({
    /** LSNS-6 totals: parents' means and SDs (appendix I) the item responses are drawn around. */
    lsns: Object.freeze({
      /** At Time 1. */
      t1: Object.freeze({
        /** Mean total. */
        mean: 15,
        /** Standard deviation. */
        sd: 6.9,
      }),
      /** At Time 2. */
      t2: Object.freeze({
        /** Mean total. */
        mean: 16,
        /** Standard deviation. */
        sd: 6.0,
      }),
    }),
    /** Pearlin mastery totals (appendix I). */
    mastery: Object.freeze({
      /** At Time 1. */
      t1: Object.freeze({
        /** Mean total. */
        mean: 20,
        /** Standard deviation. */
        sd: 4.5,
      }),
      /** At Time 2. */
      t2: Object.freeze({
        /** Mean total. */
        mean: 21,
        /** Standard deviation. */
        sd: 4.3,
      }),
    }),
  }),
});
