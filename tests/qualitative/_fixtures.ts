import { defineStudy } from 'sos-eval/models';

// The made-up study the qualitative tests share, defined once so that a change to what a study
// needs shows up in one place. Synthetic: no real site, source or informant.

/** The sites of {@link madeUpStudy} unless a test names its own. */
export const NORTH_AND_SOUTH = [
  { id: 'north', name: 'North' },
  { id: 'south', name: 'South' },
] as const;

/**
 * A made-up study: the given sites (default North and South), one cohort referred in the first
 * half of 2024, waves `start` and `end`, one tool, usage yes/no and a 1–5 `stage` scale.
 */
export function madeUpStudy(pilots: readonly { id: string; name: string }[] = NORTH_AND_SOUTH) {
  return defineStudy({
    id: 'made-up',
    title: 'A made-up study',
    pilots,
    cohorts: [{ id: 'c1', referrals: { start: '2024-01-01', end: '2024-06-30' } }],
    waves: [
      { id: 'start', label: 'Start' },
      { id: 'end', label: 'End' },
    ],
    tools: [{ id: 'plan', name: 'Safety plan' }],
    usageLevels: [
      { id: 'yes', label: 'Yes', uses: true },
      { id: 'no', label: 'No', uses: false },
    ],
    scales: [{ id: 'stage', min: 1, max: 5, step: 1 }],
  });
}
