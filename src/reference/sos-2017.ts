import { defineStudy } from '../models/study/define-study.js';
import type { Study, StudyGrouping } from '../models/study/study.js';
import { SOS_TOOLS, type ToolId } from './tools.js';

export type { ToolId };

/**
 * One of the ten pilots' ids.
 *
 * @category Reference data
 */
export type PilotId =
  | 'wakefield'
  | 'norfolk'
  | 'wokingham'
  | 'bristol'
  | 'suffolk'
  | 'lincolnshire'
  | 'brent'
  | 'west-sussex'
  | 'leicestershire'
  | 'tower-hamlets';
/**
 * One of the two 2017 cohorts' ids.
 *
 * @category Reference data
 */
export type CohortId = 'cohort-1' | 'cohort-2';
/**
 * One of the two 2017 waves' ids.
 *
 * @category Reference data
 */
export type WaveId = 'T1' | 'T2';
/**
 * One of the 2017 survey's answers: `all`, `some` or `none`.
 *
 * @category Reference data
 */
export type UsageLevel = 'all' | 'some' | 'none';
/**
 * One of the 2017 experience groupings: `new`, `two-years`, `two-years-plus`.
 *
 * @category Reference data
 */
export type ExperienceGroup = 'new' | 'two-years' | 'two-years-plus';

/**
 * The type of {@link SOS_2017}: a study with the 2017 evaluation's ids.
 *
 * @category Reference data
 */
export type Sos2017Study = Study<PilotId, CohortId, WaveId, ToolId, UsageLevel, 'experience'>;

/**
 * The 2014–16 evaluation of Signs of Safety in ten English pilot authorities (King's College
 * London for the DfE, published 2017), defined with `defineStudy` like any user's study: the ten
 * pilots with their experience grouping (executive summary; slide 6), the two cohorts of families
 * by referral date and the two interview waves (slide 19), the Signs of Safety tool catalogue and
 * the survey's all / some / none answers.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { SOS_2017 } from 'sos-eval/reference';
 *
 * SOS_2017.ids.pilots.length //=> 10
 * SOS_2017.groupOf('brent', 'experience') //=> 'two-years'
 * SOS_2017.cohortOf('2015-09-14') //=> 'cohort-2'
 * SOS_2017.waveOf('2016-03-01') //=> 'T2'
 * SOS_2017.waves.map((w) => w.label) //=> ['Time 1', 'Time 2']
 * ```
 */
export const SOS_2017: Sos2017Study = defineStudy({
  id: 'sos-2017',
  title: 'Evaluation of Signs of Safety in 10 pilots (2014–16)',
  framework: 'signs-of-safety',
  pilots: [
    {
      id: 'wakefield',
      name: 'Wakefield',
      authorityType: 'metropolitan-district',
      groups: { experience: 'new' },
    },
    { id: 'norfolk', name: 'Norfolk', authorityType: 'county', groups: { experience: 'new' } },
    { id: 'wokingham', name: 'Wokingham', authorityType: 'unitary', groups: { experience: 'new' } },
    { id: 'bristol', name: 'Bristol', authorityType: 'unitary', groups: { experience: 'new' } },
    {
      id: 'suffolk',
      name: 'Suffolk',
      authorityType: 'county',
      groups: { experience: 'two-years' },
    },
    {
      id: 'lincolnshire',
      name: 'Lincolnshire',
      authorityType: 'county',
      groups: { experience: 'two-years' },
    },
    {
      id: 'brent',
      name: 'Brent',
      authorityType: 'london-borough',
      groups: { experience: 'two-years' },
    },
    {
      id: 'west-sussex',
      name: 'West Sussex',
      authorityType: 'county',
      groups: { experience: 'two-years-plus' },
    },
    {
      id: 'leicestershire',
      name: 'Leicestershire',
      authorityType: 'county',
      groups: { experience: 'two-years-plus' },
    },
    {
      id: 'tower-hamlets',
      name: 'Tower Hamlets',
      authorityType: 'london-borough',
      groups: { experience: 'two-years-plus' },
    },
  ],
  groupings: [
    {
      id: 'experience',
      label: 'Experience of Signs of Safety',
      levels: [
        { id: 'new', label: 'new' },
        { id: 'two-years', label: '2 years' },
        { id: 'two-years-plus', label: '2+ years' },
      ],
    },
  ],
  cohorts: [
    { id: 'cohort-1', label: 'Cohort 1', referrals: { start: '2015-03-01', end: '2015-05-31' } },
    { id: 'cohort-2', label: 'Cohort 2', referrals: { start: '2015-08-01', end: '2015-10-31' } },
  ],
  waves: [
    { id: 'T1', label: 'Time 1', fieldwork: { start: '2015-06-01', end: '2015-10-31' } },
    { id: 'T2', label: 'Time 2', fieldwork: { start: '2016-02-01', end: '2016-07-31' } },
  ],
  tools: SOS_TOOLS,
});

/**
 * The ten pilots' ids, in the order the evaluation listed them.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { PILOT_IDS } from 'sos-eval/reference';
 *
 * PILOT_IDS.length //=> 10
 * PILOT_IDS.includes('camden') //=> false
 * ```
 */
export const PILOT_IDS: readonly PilotId[] = SOS_2017.ids.pilots;

/**
 * The Signs of Safety catalogue's tool ids, in catalogue order.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { TOOL_IDS } from 'sos-eval/reference';
 *
 * TOOL_IDS.includes('three-houses') //=> true
 * ```
 */
export const TOOL_IDS: readonly ToolId[] = SOS_2017.ids.tools;

/**
 * The ten pilots with their names, kinds of authority and experience grouping.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { PILOTS } from 'sos-eval/reference';
 *
 * PILOTS.find((p) => p.id === 'brent') //=> { id: 'brent', name: 'Brent', authorityType: 'london-borough', groups: { experience: 'two-years' } }
 * ```
 */
export const PILOTS = SOS_2017.pilots;

/**
 * The evaluation's grouping of the pilots by Signs of Safety experience at the start of the
 * project (autumn 2014): `new` (none, or up to one year), `2 years`, `2+ years`.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { EXPERIENCE_GROUPING } from 'sos-eval/reference';
 *
 * EXPERIENCE_GROUPING.levels.map((l) => l.label) //=> ['new', '2 years', '2+ years']
 * ```
 */
export const EXPERIENCE_GROUPING: StudyGrouping<'experience'> = SOS_2017.grouping('experience')!;

/**
 * The two cohorts of families, by referral date (slide 19): Cohort 1 referred March–May 2015,
 * Cohort 2 August–October 2015. Windows are inclusive.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { COHORTS } from 'sos-eval/reference';
 *
 * COHORTS[0]?.referrals //=> { start: '2015-03-01', end: '2015-05-31' }
 * ```
 */
export const COHORTS = SOS_2017.cohorts;

/**
 * The two interview waves (slide 19): Time 1 June–October 2015, Time 2 February–July 2016, about
 * six months apart. Windows are inclusive.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { WAVES } from 'sos-eval/reference';
 *
 * WAVES.map((w) => w.id) //=> ['T1', 'T2']
 * WAVES[1]?.fieldwork //=> { start: '2016-02-01', end: '2016-07-31' }
 * ```
 */
export const WAVES = SOS_2017.waves;
