import { defineDiaryStudy } from 'sos-eval/costs';
import { defineStudy } from 'sos-eval/models';

// The study the costs tests share, defined once so that a change to what a study needs shows up
// in one place. Synthetic: nothing here is anyone's real diary or cost.

/**
 * Three sites in two size groups (North small; South and East large), one cohort referred in
 * 2016, waves T1 and T2, one tool.
 */
export const SITES_STUDY = defineStudy({
  id: 'synthetic-diaries',
  title: 'Synthetic diary study',
  pilots: [
    { id: 'north', name: 'North', groups: { size: 'small' } },
    { id: 'south', name: 'South', groups: { size: 'large' } },
    { id: 'east', name: 'East', groups: { size: 'large' } },
  ],
  groupings: [
    {
      id: 'size',
      label: 'Size',
      levels: [
        { id: 'small', label: 'Small' },
        { id: 'large', label: 'Large' },
      ],
    },
  ],
  cohorts: [{ id: 'c1', referrals: { start: '2016-01-01', end: '2016-12-31' } }],
  waves: [
    { id: 'T1', label: 'Time 1' },
    { id: 'T2', label: 'Time 2' },
  ],
  tools: [{ id: 'mapping', name: 'Mapping' }],
});

/** {@link SITES_STUDY}'s diaries with the default activity catalogue. */
export const SITES_DIARY = defineDiaryStudy({ study: SITES_STUDY });
