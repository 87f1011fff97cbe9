import { defineStudy } from 'sos-eval/models';

// Small studies the tests share: one site, one cohort, one tool, and the waves a test needs. Each
// is defined once here so that a change to what a study needs shows up in one place.

const base = {
  pilots: [{ id: 'north', name: 'North' }],
  cohorts: [{ id: 'all', referrals: { start: '2026-01-01', end: '2026-12-31' } }],
  tools: [{ id: 'mapping', name: 'Mapping' }],
} as const;

/** Baseline, six months, twelve months. */
export const THREE_WAVES = defineStudy({
  ...base,
  id: 'three',
  title: 'Three waves',
  waves: [
    { id: 'baseline', label: 'Baseline' },
    { id: 'six-months', label: 'Six months' },
    { id: 'twelve-months', label: 'Twelve months' },
  ],
});

/** Intake, three, six, twelve and twenty-four months. */
export const FIVE_WAVES = defineStudy({
  ...base,
  id: 'five',
  title: 'Five waves',
  waves: [
    { id: 'intake', label: 'Intake' },
    { id: 'month-3', label: 'Three months' },
    { id: 'month-6', label: 'Six months' },
    { id: 'month-12', label: 'One year' },
    { id: 'month-24', label: 'Two years' },
  ],
});
