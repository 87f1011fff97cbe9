/**
 * One activity of a time-diary catalogue: what diary entries name in their `activity` column.
 *
 * @category Time diaries
 */
export interface DiaryActivity<A extends string = string> {
  /** The activity's id, as entries and tables name it (`'direct-work'`). */
  readonly id: A;
  /** How tables and CSV exports name it (`'Direct work with children and families'`). */
  readonly label: string;
  /** True for direct work with children and families: the numerator of the direct-work share. */
  readonly direct?: boolean;
  /** Other names CSV exports may use for it (matched ignoring case, spaces and punctuation). */
  readonly aliases?: readonly string[];
}

/**
 * The default activity catalogue of a social worker's time diary: direct work with children and
 * families, assessment, recording, meetings and conferences, supervision, travel, training, other.
 * Only direct work counts as direct; a study with its own categories passes its own catalogue to
 * {@link defineDiaryStudy}.
 *
 * @category Time diaries
 * @example
 * ```ts
 * import { DEFAULT_DIARY_ACTIVITIES } from 'sos-eval/costs';
 *
 * DEFAULT_DIARY_ACTIVITIES.map((a) => a.id) //=> ['direct-work', 'assessment', 'recording',
 * //   'meetings', 'supervision', 'travel', 'training', 'other']
 * DEFAULT_DIARY_ACTIVITIES.filter((a) => a.direct).length //=> 1
 * ```
 */
export const DEFAULT_DIARY_ACTIVITIES: readonly DiaryActivity[] = Object.freeze(
  (
    [
      {
        id: 'direct-work',
        label: 'Direct work with children and families',
        direct: true,
        aliases: ['Direct work', 'Direct contact', 'Face to face'],
      },
      { id: 'assessment', label: 'Assessment', aliases: ['Assessments'] },
      {
        id: 'recording',
        label: 'Recording',
        aliases: ['Case recording', 'Case notes', 'Writing up'],
      },
      {
        id: 'meetings',
        label: 'Meetings and conferences',
        aliases: ['Meetings', 'Conferences', 'Case conferences'],
      },
      { id: 'supervision', label: 'Supervision' },
      { id: 'travel', label: 'Travel', aliases: ['Travelling'] },
      { id: 'training', label: 'Training', aliases: ['Learning and development'] },
      { id: 'other', label: 'Other', aliases: ['Admin', 'Administration'] },
    ] as DiaryActivity[]
  ).map((a) => Object.freeze({ ...a, aliases: Object.freeze(a.aliases ?? []) })),
);
