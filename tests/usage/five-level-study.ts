import { defineStudy } from 'sos-eval/models';

// A study unlike 2017's: five answers from always to never (rarely still counts as use), a tool
// of its own, two groupings, three waves.
export const FIVE_LEVELS = defineStudy({
  id: 'fableshire-2026',
  title: 'Practice in Fableshire, 2026',
  pilots: [
    { id: 'north', name: 'North team', groups: { adoption: 'late', size: 'small' } },
    { id: 'south', name: 'South team', groups: { adoption: 'early' } },
    { id: 'east', name: 'East team', groups: { adoption: 'early', size: 'large' } },
  ],
  groupings: [
    {
      id: 'adoption',
      label: 'Adoption',
      levels: [
        { id: 'early', label: 'Early adopters' },
        { id: 'late', label: 'Late adopters' },
      ],
    },
    {
      id: 'size',
      label: 'Team size',
      levels: [
        { id: 'small', label: 'Small' },
        { id: 'large', label: 'Large' },
      ],
    },
  ],
  cohorts: [{ id: 'spring', referrals: { start: '2026-01-01', end: '2026-03-31' } }],
  waves: [
    { id: 'baseline', label: 'Baseline' },
    { id: 'six-months', label: 'Six months' },
    { id: 'twelve-months', label: 'Twelve months' },
  ],
  tools: [
    { id: 'mapping', name: 'Mapping', category: 'assessment-and-planning' },
    { id: 'wizards-and-fairies', name: 'Wizards and Fairies', audience: 'child' },
    { id: 'safety-planning', name: 'Safety planning', category: 'assessment-and-planning' },
  ],
  usageLevels: [
    { id: 'always', label: 'Always', uses: true },
    { id: 'often', label: 'Often', uses: true },
    { id: 'sometimes', label: 'Sometimes', uses: true },
    { id: 'rarely', label: 'Rarely', uses: true },
    { id: 'never', label: 'Never', uses: false },
  ],
});
