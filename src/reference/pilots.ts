import type { Pilot, PilotId } from '../models/pilot.js';
import { PILOT_GROUPS } from './pilot-groups.js';

const NAMES: Record<PilotId, [name: string, type: NonNullable<Pilot['authorityType']>]> = {
  wakefield: ['Wakefield', 'metropolitan-district'],
  norfolk: ['Norfolk', 'county'],
  wokingham: ['Wokingham', 'unitary'],
  bristol: ['Bristol', 'unitary'],
  suffolk: ['Suffolk', 'county'],
  lincolnshire: ['Lincolnshire', 'county'],
  brent: ['Brent', 'london-borough'],
  'west-sussex': ['West Sussex', 'county'],
  leicestershire: ['Leicestershire', 'county'],
  'tower-hamlets': ['Tower Hamlets', 'london-borough'],
};

/**
 * The ten pilot local authorities of the 2014–16 project with their experience groupings
 * (source: the report's executive summary; slide 6), in the slide's order: the four `new`, the
 * three `two-years`, the three `two-years-plus`.
 *
 * @category Reference data
 * @example
 * ```ts
 * import { PILOTS } from 'sos-eval/reference';
 *
 * PILOTS.length //=> 10
 * PILOTS.filter((p) => p.experienceGroup === 'new').map((p) => p.name) //=> ['Wakefield', 'Norfolk', 'Wokingham', 'Bristol']
 * ```
 */
export const PILOTS: readonly Pilot[] = Object.freeze(
  (Object.keys(NAMES) as PilotId[]).map((id) =>
    Object.freeze({
      id,
      name: NAMES[id][0],
      authorityType: NAMES[id][1],
      experienceGroup: PILOT_GROUPS[id],
    }),
  ),
);
