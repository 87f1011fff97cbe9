import { showValue } from '../_lib/args.js';
import type { AnyStudy } from '../models/study/study.js';

/**
 * @internal What the usage functions need of a study, worked out once per study: its tools
 * (catalogue order) and usage levels (most use first), with lookups and the phrases messages use.
 */
export interface UsageCatalogue {
  readonly study: AnyStudy;
  /** `study "sos-2017"`, for messages. */
  readonly name: string;
  readonly tools: readonly string[];
  readonly toolIndex: ReadonlyMap<string, number>;
  /** `(mapping, danger-statements, …)`. */
  readonly toolList: string;
  readonly levels: readonly string[];
  /** Whether each level counts as using the tool. */
  readonly uses: readonly boolean[];
  /** The first level that uses the tool: full fidelity. */
  readonly fullLevel: number;
  /** `'all', 'some', 'none' or null`. */
  readonly levelChoice: string;
}

const CACHE = new WeakMap<object, UsageCatalogue>();

const isStudy = (value: unknown): value is AnyStudy => {
  const s = value as Partial<AnyStudy> | null;
  return (
    s !== null &&
    typeof s === 'object' &&
    typeof s.id === 'string' &&
    Array.isArray(s.tools) &&
    Array.isArray(s.usageLevels) &&
    Array.isArray(s.pilots) &&
    Array.isArray(s.waves) &&
    Array.isArray(s.groupings) &&
    typeof s.ids === 'object' &&
    s.ids !== null
  );
};

/** @internal Checks that `value` is a study and returns its usage catalogue. */
export function catalogueOf(name: string, value: unknown): UsageCatalogue {
  if (!isStudy(value)) {
    throw new TypeError(
      `${name} must be a study made by defineStudy (sos-eval/models), got ${showValue(value)}`,
    );
  }
  let cat = CACHE.get(value);
  if (cat === undefined) {
    const tools = value.tools.map((t) => t.id);
    const levels = value.usageLevels.map((l) => l.id);
    const uses = value.usageLevels.map((l) => l.uses);
    const quoted = levels.map((l) => `'${l}'`);
    cat = Object.freeze({
      study: value,
      name: `study ${JSON.stringify(value.id)}`,
      tools,
      toolIndex: new Map(tools.map((t, i) => [t, i])),
      toolList: `(${tools.join(', ')})`,
      levels,
      uses,
      fullLevel: Math.max(0, uses.indexOf(true)),
      levelChoice: `${quoted.join(', ')} or null`,
    });
    CACHE.set(value, cat);
  }
  return cat;
}

/** @internal The study of an options object (which must be present). */
export function studyOption(options: unknown): UsageCatalogue {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(
      options === undefined
        ? 'options.study must be a study made by defineStudy (sos-eval/models), got undefined'
        : `options must be an options object with a study, got ${showValue(options)}`,
    );
  }
  return catalogueOf('options.study', (options as { study?: unknown }).study);
}

/**
 * @internal Checks a tools option against the study: an array of the study's tools, each once,
 * returned as tool positions in catalogue order (all of them when the option is left out).
 */
export function toolsOption(name: string, value: unknown, cat: UsageCatalogue): readonly number[] {
  if (value === undefined) return cat.tools.map((_, i) => i);
  if (!Array.isArray(value))
    throw new TypeError(`${name} must be an array of tool ids, got ${showValue(value)}`);
  const seen = new Set<number>();
  value.forEach((tool: unknown, i) => {
    const t = typeof tool === 'string' ? cat.toolIndex.get(tool) : undefined;
    if (t === undefined) {
      throw new RangeError(
        `${name}[${i}] must be one of ${cat.name}'s tools ${cat.toolList}, got ${showValue(tool)}`,
      );
    }
    if (seen.has(t)) throw new RangeError(`${name}[${i}] repeats ${showValue(tool)}`);
    seen.add(t);
  });
  return [...seen].sort((a, b) => a - b);
}

/** Names the tidy rows of tallyRows and usageTallyFromCounts use beside the level counts. */
const ROW_FIELDS = ['group', 'tool', 'n', 'missing'];

/**
 * @internal Throws when one of the study's usage levels has the name of a row field, so the wide
 * rows of tallyRows and usageTallyFromCounts would mix the two up.
 */
export function assertWideRows(cat: UsageCatalogue): void {
  const clash = cat.levels.find((l) => ROW_FIELDS.includes(l));
  if (clash !== undefined) {
    throw new RangeError(
      `options.study: ${cat.name}'s usage level ${JSON.stringify(clash)} has the name of a row field (${ROW_FIELDS.join(', ')}), so its counts cannot be wide columns; read the tally with usageShares, or name the level otherwise`,
    );
  }
}
