import { z } from 'zod';
import { MEASURE_CONFIDENCES } from './measure-confidence.js';
import type {
  MeasureBandTable,
  MeasureDefinition,
  MeasureDefinitionInput,
  MeasureMissingPolicy,
} from './measure-definition.js';
import { measureScoreRange } from './measure-score-range.js';

const whole = z.number().int();
const name = z.string().min(1);
const confidence = z.enum(
  MEASURE_CONFIDENCES as ['official', '2+ sources', '1 source', 'unverified'],
);

/**
 * Zod schema for a {@link MeasureMissingPolicy}.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { MeasureMissingPolicySchema } from 'sos-eval/measures';
 * MeasureMissingPolicySchema.safeParse({ kind: 'prorate', minAnswered: 3, rounding: 'half-up' }).success //=> true
 * ```
 */
export const MeasureMissingPolicySchema: z.ZodType<MeasureMissingPolicy, MeasureMissingPolicy> =
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({
      kind: z.literal('prorate'),
      minAnswered: whole.min(1),
      rounding: z.enum(['half-up', 'none']),
    }),
  ]);

/**
 * Zod schema for the shape of a {@link MeasureBandTable} (contiguity and coverage of a score's
 * range are checked against a definition, by {@link MeasureDefinitionSchema} and `scoreMeasure`).
 *
 * @category Definitions
 * @example
 * ```ts
 * import { MeasureBandTableSchema, SDQ_PARENT_BANDS } from 'sos-eval/measures';
 * MeasureBandTableSchema.safeParse(SDQ_PARENT_BANDS).success //=> true
 * ```
 */
export const MeasureBandTableSchema: z.ZodType<MeasureBandTable, MeasureBandTable> = z.strictObject(
  {
    source: z.string(),
    confidence,
    bands: z.array(z.strictObject({ label: name, min: z.number(), max: z.number() })).min(1),
  },
);

const flagRule = z.strictObject({
  comparison: z.enum(['<', '<=', '>', '>=']),
  value: z.number().refine(Number.isFinite, 'must be finite'),
  source: z.string(),
  confidence,
});

const flag = z.strictObject({
  score: name,
  rules: z.record(name, flagRule),
  defaultRule: name,
  option: name.optional(),
});

const totalRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('subscales'), subscales: z.array(name).min(1) }),
  z.strictObject({ kind: z.literal('all-items') }),
]);

/** @internal Option names `scoreMeasure` reserves for itself; a flag option may not use them. */
export const RESERVED_OPTIONS: readonly string[] = ['missing', 'bands'];

type Problem = { path: (string | number)[]; message: string };

/** @internal Checks a band table against a score range; returns its problems. */
export function bandTableProblems(
  table: MeasureBandTable,
  range: { min: number; max: number },
): Problem[] {
  const problems: Problem[] = [];
  const { bands } = table;
  bands.forEach((band, i) => {
    if (!(band.min <= band.max)) {
      problems.push({
        path: ['bands', i],
        message: `band ${JSON.stringify(band.label)} has min ${band.min} above max ${band.max}`,
      });
    }
    if (i > 0 && band.min !== bands[i - 1]!.max + 1) {
      problems.push({
        path: ['bands', i, 'min'],
        message: `bands must be contiguous: ${JSON.stringify(band.label)} starts at ${band.min}, expected ${bands[i - 1]!.max + 1}`,
      });
    }
  });
  if (bands[0]!.min !== range.min || bands.at(-1)!.max !== range.max) {
    problems.push({
      path: ['bands'],
      message: `bands must cover ${range.min} to ${range.max}, got ${bands[0]!.min} to ${bands.at(-1)!.max}`,
    });
  }
  return problems;
}

function semanticProblems(d: MeasureDefinition): Problem[] {
  const problems: Problem[] = [];
  const { count, min, max } = d.items;
  if (min >= max)
    problems.push({
      path: ['items', 'max'],
      message: `must exceed items.min (${min}), got ${max}`,
    });
  const checkItems = (list: readonly number[], path: (string | number)[]) => {
    const seen = new Set<number>();
    list.forEach((item, i) => {
      if (item < 1 || item > count) {
        problems.push({
          path: [...path, i],
          message: `must be an item number from 1 to ${count}, got ${item}`,
        });
      } else if (seen.has(item)) {
        problems.push({ path: [...path, i], message: `item ${item} is listed twice` });
      }
      seen.add(item);
    });
  };
  checkItems(d.reverseKeyed, ['reverseKeyed']);
  for (const [key, items] of Object.entries(d.subscales)) {
    if (items.length === 0)
      problems.push({ path: ['subscales', key], message: 'a subscale needs at least one item' });
    checkItems(items, ['subscales', key]);
  }
  for (const [key, rule] of Object.entries(d.totals)) {
    if (Object.hasOwn(d.subscales, key)) {
      problems.push({
        path: ['totals', key],
        message: `${JSON.stringify(key)} is already a subscale name`,
      });
    }
    if (rule.kind === 'subscales') {
      const seen = new Set<string>();
      rule.subscales.forEach((s, i) => {
        if (!Object.hasOwn(d.subscales, s)) {
          problems.push({
            path: ['totals', key, 'subscales', i],
            message: `refers to no subscale: ${JSON.stringify(s)}`,
          });
        } else if (seen.has(s)) {
          problems.push({
            path: ['totals', key, 'subscales', i],
            message: `subscale ${JSON.stringify(s)} is listed twice`,
          });
        }
        seen.add(s);
      });
    }
  }
  if (d.total !== null && !Object.hasOwn(d.totals, d.total)) {
    problems.push({ path: ['total'], message: `refers to no total: ${JSON.stringify(d.total)}` });
  }
  if (d.missing.kind === 'prorate') {
    let smallest = count;
    for (const s of Object.values(d.subscales)) smallest = Math.min(smallest, s.length);
    for (const t of Object.values(d.totals))
      if (t.kind === 'all-items') smallest = Math.min(smallest, count);
    if (d.missing.minAnswered > smallest) {
      problems.push({
        path: ['missing', 'minAnswered'],
        message: `must be at most ${smallest} (the smallest scored group of items), got ${d.missing.minAnswered}`,
      });
    }
  }
  if (problems.length > 0) return problems;

  const isScore = (s: string) => Object.hasOwn(d.subscales, s) || Object.hasOwn(d.totals, s);
  const options = new Set<string>();
  for (const [key, f] of Object.entries(d.flags)) {
    if (!isScore(f.score))
      problems.push({
        path: ['flags', key, 'score'],
        message: `refers to no subscale or total: ${JSON.stringify(f.score)}`,
      });
    if (!Object.hasOwn(f.rules, f.defaultRule)) {
      problems.push({
        path: ['flags', key, 'defaultRule'],
        message: `refers to no rule: ${JSON.stringify(f.defaultRule)}`,
      });
    }
    if (f.option !== undefined) {
      if (RESERVED_OPTIONS.includes(f.option) || options.has(f.option)) {
        problems.push({
          path: ['flags', key, 'option'],
          message: `option name ${JSON.stringify(f.option)} is reserved or already used`,
        });
      }
      options.add(f.option);
    }
  }
  for (const [key, table] of Object.entries(d.bands)) {
    if (!isScore(key)) {
      problems.push({
        path: ['bands', key],
        message: `refers to no subscale or total: ${JSON.stringify(key)}`,
      });
      continue;
    }
    for (const p of bandTableProblems(table, measureScoreRange(d, key)))
      problems.push({ ...p, path: ['bands', key, ...p.path] });
  }
  return problems;
}

/**
 * Zod schema for a {@link MeasureDefinition}: checks the shape, fills the optional collections
 * with empty defaults, and checks the rules that tie the parts together — item numbers within
 * 1…count, no item twice in a list, totals and flags naming existing subscales or totals, a
 * prorating minimum no larger than the smallest scored group, bands contiguous and covering the
 * score's range. Use it to validate definitions read from data; {@link defineMeasure} throws
 * instead.
 *
 * @category Definitions
 * @example
 * ```ts
 * import { MeasureDefinitionSchema } from 'sos-eval/measures';
 * const bad = { id: 'x', name: 'X', source: 's', items: { count: 3, min: 0, max: 2 }, subscales: { a: [1, 4] } };
 * MeasureDefinitionSchema.safeParse(bad).success //=> false
 * ```
 */
export const MeasureDefinitionSchema: z.ZodType<MeasureDefinition, MeasureDefinitionInput> = z
  .strictObject({
    id: name,
    name: name,
    source: z.string(),
    confidence: confidence.default('unverified'),
    items: z.strictObject({ count: whole.min(1), min: whole, max: whole }),
    reverseKeyed: z.array(whole).default([]),
    subscales: z.record(name, z.array(whole)).default({}),
    totals: z.record(name, totalRule).default({}),
    total: name.nullable().default(null),
    missing: MeasureMissingPolicySchema.default({ kind: 'none' }),
    flags: z.record(name, flag).default({}),
    bands: z.record(name, MeasureBandTableSchema).default({}),
  })
  .superRefine((d, ctx) => {
    for (const p of semanticProblems(d))
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
