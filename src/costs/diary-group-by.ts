/**
 * What diary summaries group by: `'pilot'` (the worker's site), `'wave'` (the diary period's
 * wave), a grouping id of the study (such as `'experience'`), or a function of a diary's worker,
 * site and wave returning its group (`null` leaves it out).
 *
 * @category Summaries
 */
export type DiaryGroupBy =
  | string
  | ((diary: {
      /** The worker. */
      readonly workerId: string;
      /** The worker's site. */
      readonly pilotId: string;
      /** The diary period's wave, when given. */
      readonly wave?: string;
    }) => string | null);
