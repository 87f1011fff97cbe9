import type { AnyStudy } from '../models/study/study.js';
import { MEASURES } from '../measures/measures-registry.js';

/** @internal A measure the synthetic interviews can carry: its id and item codes. */
export interface MeasureItemsSpec {
  readonly id: string;
  readonly count: number;
  readonly min: number;
  readonly max: number;
}

// Interview records key measures by ids of this shape.
const INTERVIEW_MEASURE_ID = /^[a-z0-9-]+$/;

const isWhole = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/**
 * @internal The study's measures whose items are known: built-in ids (`'lsns-6'`) through the
 * measures registry, and definitions carrying `items: { count, min, max }`. A study that lists no
 * measures gets none; an id with no known items is left out.
 */
export function measureSpecs(study: AnyStudy): MeasureItemsSpec[] {
  const specs: MeasureItemsSpec[] = [];
  for (const m of study.measures) {
    const id = typeof m === 'string' ? m : m.id;
    if (!INTERVIEW_MEASURE_ID.test(id)) continue;
    const items =
      typeof m === 'string'
        ? Object.hasOwn(MEASURES, m)
          ? MEASURES[m as keyof typeof MEASURES].items
          : undefined
        : (m['items'] as { count?: unknown; min?: unknown; max?: unknown } | undefined);
    if (items === null || typeof items !== 'object') continue;
    const { count, min, max } = items;
    if (isWhole(count) && count >= 1 && count <= 1000 && isWhole(min) && isWhole(max) && min <= max)
      specs.push({ id, count, min, max });
  }
  return specs;
}
