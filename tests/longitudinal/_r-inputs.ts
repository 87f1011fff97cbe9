// The R fixtures hold plain vectors (two cohorts' values, retained and lost values, groups by
// experience label); these turn them into records of the 2017 study, so the tests go through the
// study-aware API and must still give R's numbers.
import { pairWaves, type PairedWaves } from 'sos-eval/longitudinal';
import { SOS_2017 } from 'sos-eval/reference';

const [C1, C2] = SOS_2017.ids.cohorts;
const [T1, T2] = SOS_2017.ids.waves;

/** Records of Cohort 1 (values `a`) then Cohort 2 (values `b`). */
export const cohortRecords = <X>(a: readonly X[], b: readonly X[]) => [
  ...a.map((x) => ({ cohort: C1 as string, x })),
  ...b.map((x) => ({ cohort: C2 as string, x })),
];

/** Time 1 → Time 2 pairs in which the `retained` values' families are seen again and the `lost` ones are not. */
export function attritionPairs<X>(
  retained: readonly X[],
  lost: readonly X[],
): PairedWaves<string, { familyId: string; wave: string; x: X | null }> {
  const records = [
    ...retained.map((x, i) => ({ familyId: `r${i}`, wave: T1 as string, x: x as X | null })),
    ...lost.map((x, i) => ({ familyId: `l${i}`, wave: T1 as string, x: x as X | null })),
    ...retained.map((_, i) => ({ familyId: `r${i}`, wave: T2 as string, x: null })),
  ];
  return pairWaves(records, { study: SOS_2017, from: T1, to: T2 });
}

/** Families at a pilot of each experience level, from groups keyed by the level's label. */
export function experienceRecords<X>(groups: Readonly<Record<string, readonly X[]>>) {
  const grouping = SOS_2017.grouping('experience')!;
  return Object.entries(groups).flatMap(([label, xs]) => {
    const level = grouping.levels.find((l) => l.label === label)!.id;
    const pilotId = SOS_2017.pilots.find((p) => p.groups.experience === level)!.id;
    return xs.map((x) => ({ pilotId, x }));
  });
}
