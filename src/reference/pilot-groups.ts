import type { ExperienceGroup } from '../models/experience-group.js';
import type { PilotId } from '../models/pilot.js';

/**
 * @internal Each pilot's experience grouping (the report's executive summary; slide 6). The
 * richer PILOTS records are built on this map so the two cannot disagree.
 */
export const PILOT_GROUPS: Readonly<Record<PilotId, ExperienceGroup>> = Object.freeze({
  wakefield: 'new',
  norfolk: 'new',
  wokingham: 'new',
  bristol: 'new',
  suffolk: 'two-years',
  lincolnshire: 'two-years',
  brent: 'two-years',
  'west-sussex': 'two-years-plus',
  leicestershire: 'two-years-plus',
  'tower-hamlets': 'two-years-plus',
});
