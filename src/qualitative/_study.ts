// The study an analysis or a model is asked about: anything but a study made by defineStudy throws.
import { showValue } from '../_lib/args.js';
import type { AnyStudy } from '../models/study/study.js';

export function readStudy(name: string, value: unknown): AnyStudy {
  const s = value as Partial<AnyStudy> | null | undefined;
  if (
    s === null ||
    typeof s !== 'object' ||
    s.ids === undefined ||
    !Array.isArray(s.ids.waves) ||
    !Array.isArray(s.ids.pilots) ||
    typeof s.wave !== 'function'
  ) {
    throw new TypeError(`${name} must be a study made by defineStudy, got ${showValue(value)}`);
  }
  return s as AnyStudy;
}

export const quoteList = (ids: readonly string[]): string =>
  (ids.length <= 12 ? ids : [...ids.slice(0, 12), `… ${ids.length - 12} more`])
    .map((id) => (id.startsWith('…') ? id : `'${id}'`))
    .join(', ');
