import { deepFreeze } from '../_lib/deep-freeze.js';
import type { MeasureConfidence } from './measure-confidence.js';

/**
 * The five dimensions of the Yatchmenoff Client Engagement Scale.
 *
 * @category Instruments
 * @example
 * ```ts
 * import type { ClientEngagementDimension } from 'sos-eval/measures';
 * const d: ClientEngagementDimension = 'workingRelationship';
 * d //=> "workingRelationship"
 * ```
 */
export type ClientEngagementDimension =
  'receptivity' | 'expectancy' | 'investment' | 'workingRelationship' | 'mistrust';

/**
 * The published structure of the Client Engagement Scale, without its item map: see
 * {@link CLIENT_ENGAGEMENT}.
 *
 * @category Instruments
 * @example
 * ```ts
 * import { CLIENT_ENGAGEMENT } from 'sos-eval/measures';
 * CLIENT_ENGAGEMENT.buyIn.dimensions //=> ['expectancy', 'investment']
 * ```
 */
export interface ClientEngagementStructure {
  /** Id given to definitions built by `defineClientEngagement`. */
  readonly id: string;
  /** Name for people. */
  readonly name: string;
  /** Citation. */
  readonly source: string;
  /** The dimensions in published order; `negative` marks the one where higher is worse. */
  readonly dimensions: readonly {
    /** The dimension's name, also its subscale name. */
    readonly name: ClientEngagementDimension;
    /** True when a higher score means less engagement. */
    readonly negative: boolean;
  }[];
  /** "Buy-in", the sum of two dimensions, with our confidence in that rule. */
  readonly buyIn: {
    /** The dimensions summed. */
    readonly dimensions: readonly ClientEngagementDimension[];
    /** How sure we are of the rule. */
    readonly confidence: MeasureConfidence;
  };
  /** Maxima printed in the Signs of Safety pilot evaluation: display data only, never used to score. */
  readonly printedMaxima: {
    /** The printed maximum of the total (fits 19 items coded 1–5, which is unverified). */
    readonly total: number;
    /** The printed subscale maxima, which cannot all be right (35 + 16 + 16 + 16 ≠ 95). */
    readonly subscales: readonly number[];
    /** Why these are kept as display data only. */
    readonly note: string;
  };
}

/**
 * Structure of the Yatchmenoff Client Engagement Scale (child protective services): five
 * dimensions — receptivity, expectancy, investment, working relationship and mistrust (negative)
 * [official abstract] — and buy-in = expectancy + investment [1 source]. The item-to-dimension
 * map and the reverse-keyed items are not public, so no scoring definition is shipped: build one
 * from your licensed copy with `defineClientEngagement`. The printed maxima are kept as display
 * data: the evaluation printed 95 for the total and 16 for three subscales, which cannot all be
 * right (35 + 16 + 16 + 16 ≠ 95, and a mean of 15 with SD 4.4 is impossible under a maximum of 16).
 *
 * @category Instruments
 * @example
 * ```ts
 * import { CLIENT_ENGAGEMENT } from 'sos-eval/measures';
 * CLIENT_ENGAGEMENT.dimensions.map((d) => d.name) //=> ['receptivity', 'expectancy', 'investment', 'workingRelationship', 'mistrust']
 * CLIENT_ENGAGEMENT.printedMaxima.total //=> 95
 * ```
 */
export const CLIENT_ENGAGEMENT: ClientEngagementStructure = deepFreeze({
  id: 'client-engagement',
  name: 'Yatchmenoff Client Engagement Scale',
  source:
    'Yatchmenoff DK. Measuring client engagement from the client’s perspective in nonvoluntary child protective services. Research on Social Work Practice 2005;15(2):84-96',
  dimensions: [
    { name: 'receptivity', negative: false },
    { name: 'expectancy', negative: false },
    { name: 'investment', negative: false },
    { name: 'workingRelationship', negative: false },
    { name: 'mistrust', negative: true },
  ],
  buyIn: { dimensions: ['expectancy', 'investment'], confidence: '1 source' },
  printedMaxima: {
    total: 95,
    subscales: [35, 16, 16, 16],
    note: 'Printed in the pilot evaluation; 35 + 16 + 16 + 16 ≠ 95 and a mean of 15 (SD 4.4) is impossible under 16, so these are shown, never used.',
  },
});
