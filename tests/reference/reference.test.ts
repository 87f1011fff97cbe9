import { describe, expect, it } from 'vitest';
import {
  CohortSchema,
  EXPERIENCE_GROUPS,
  PilotSchema,
  ToolSchema,
  WaveSchema,
  experienceGroupOf,
} from '../../src/models/index.js';
import {
  COHORTS,
  EVALUATION_2017,
  PILOTS,
  SOS_TOOLS,
  WAVES,
  publishedFigure,
} from '../../src/reference/index.js';

describe('reference records satisfy their own schemas', () => {
  it.each(PILOTS.map((p) => [p.id, p]))('pilot %s', (_id, pilot) => {
    expect(PilotSchema.safeParse(pilot).success).toBe(true);
  });
  it.each(SOS_TOOLS.map((t) => [t.id, t]))('tool %s', (_id, tool) => {
    expect(ToolSchema.safeParse(tool).success).toBe(true);
  });
  it('cohorts and waves', () => {
    for (const c of COHORTS) expect(CohortSchema.safeParse(c).success).toBe(true);
    for (const w of WAVES) expect(WaveSchema.safeParse(w).success).toBe(true);
  });
});

describe('pilots (slide 6)', () => {
  it('four new, three with two years, three with more', () => {
    const names = (g: string) => PILOTS.filter((p) => p.experienceGroup === g).map((p) => p.name);
    expect(names('new')).toEqual(['Wakefield', 'Norfolk', 'Wokingham', 'Bristol']);
    expect(names('two-years')).toEqual(['Suffolk', 'Lincolnshire', 'Brent']);
    expect(names('two-years-plus')).toEqual(['West Sussex', 'Leicestershire', 'Tower Hamlets']);
  });
  it('agree with experienceGroupOf and with the slide-6 counts', () => {
    for (const p of PILOTS) expect(experienceGroupOf(p.id as never)).toBe(p.experienceGroup);
    for (const g of EXPERIENCE_GROUPS) {
      expect(PILOTS.filter((p) => p.experienceGroup === g.id).length).toBe(
        publishedFigure(`pilots.${g.id}`).value,
      );
    }
  });
  it('are frozen', () => {
    expect(Object.isFrozen(PILOTS)).toBe(true);
    expect(Object.isFrozen(PILOTS[0])).toBe(true);
  });
});

describe('EVALUATION_2017 figures', () => {
  const figures = EVALUATION_2017.figures;

  it('have unique ids and slides within 6–21', () => {
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    for (const f of figures) {
      expect(f.slide).toBeGreaterThanOrEqual(6);
      expect(f.slide).toBeLessThanOrEqual(21);
    }
  });

  it('usage shares for each surveyed tool sum to 100 (slides 14–17)', () => {
    expect(EVALUATION_2017.surveyedTools).toHaveLength(7);
    for (const tool of EVALUATION_2017.surveyedTools) {
      const levels = ['all', 'some', 'none'].map(
        (l) => publishedFigure(`usage.${tool}.${l}`).value,
      );
      expect(levels.reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('marks exactly the numbers the slides do not print as derived', () => {
    const derived = figures.filter((f) => f.derived).map((f) => f.id);
    expect(derived).toEqual(['usage.family-network-meetings.none', 'feelings.no-response']);
    // 100 − 8 − 41 = 51 and 100 − 43 − 37 − 17 = 3.
    expect(publishedFigure('usage.family-network-meetings.none').value).toBe(51);
    expect(publishedFigure('feelings.no-response').value).toBe(3);
  });

  it('carries the slide denominators', () => {
    expect(publishedFigure('usage.mapping.all').denominator).toBe(165);
    expect(publishedFigure('families.previous-referrals')).toMatchObject({
      value: 204,
      denominator: 270,
    });
    expect(publishedFigure('families.t2.still-allocated')).toMatchObject({
      value: 165,
      denominator: 184,
    });
  });

  it('rejects an unknown id with a RangeError', () => {
    expect(() => publishedFigure('usage.genogram.all')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: id must name a published figure, got "usage.genogram.all"]`,
    );
  });
});
