// Benchmark inputs at national scale (about 10^6 records of each kind), made once, outside the
// timed loops. synthesiseEvaluation costs ~50 ms per unit of scale here, so the survey responses
// and interviews are synthesised at scale 10 (whole number, shares exactly as published) and
// tiled with suffixed ids; tiling an exact dataset keeps every share exact. Numeric samples and
// SDQ responses are drawn directly from a seeded generator (the synthetic dataset has no SDQ).
import type { StudyRecord } from 'sos-eval/models';
import type { SOS_2017 } from 'sos-eval/reference';
import { synthesiseEvaluation } from 'sos-eval/synthetic';

// The records of the 2017 evaluation, the study SOS_2017.
type WorkerSurveyResponse = StudyRecord<typeof SOS_2017, 'workerSurveyResponse'>;
type FamilyInterview = StudyRecord<typeof SOS_2017, 'familyInterview'>;

export const TARGET = 1_000_000;
const SEED = 2017;
const BASE_SCALE = 10;

let base: ReturnType<typeof synthesiseEvaluation> | undefined;
const synthetic = () => (base ??= synthesiseEvaluation({ seed: SEED, scale: BASE_SCALE }));

/** ≥ 10^6 survey responses: the scale-10 synthetic survey tiled with suffixed worker ids. */
export function surveyResponses(): WorkerSurveyResponse[] {
  const src = synthetic().surveyResponses;
  const copies = Math.ceil(TARGET / src.length);
  const out: WorkerSurveyResponse[] = new Array(src.length * copies);
  let k = 0;
  for (let c = 0; c < copies; c++) {
    for (const r of src) out[k++] = { ...r, workerId: `${r.workerId}.${c}`, usage: { ...r.usage } };
  }
  return out;
}

/** ≥ 10^6 Time 1 interviews and their Time 2 follow-ups, tiled with suffixed family ids. */
export function interviewWaves(): { t1: FamilyInterview[]; t2: FamilyInterview[] } {
  const { interviewsT1, interviewsT2 } = synthetic();
  const copies = Math.ceil(TARGET / interviewsT1.length);
  const tile = (src: readonly FamilyInterview[]) => {
    const out: FamilyInterview[] = [];
    for (let c = 0; c < copies; c++)
      for (const r of src) out.push({ ...r, familyId: `${r.familyId}.${c}` });
    return out;
  };
  // Time 2 in reverse order, so the join cannot ride on matching positions.
  return { t1: tile(interviewsT1), t2: tile(interviewsT2).reverse() };
}

/** mulberry32: a small seeded generator for numeric samples. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n (default 10^6) paired LSNS-6-like totals (0–30) at T1 and T2, T2 shifted up very slightly; many ties. */
export function pairedScores(n = TARGET): { x: number[]; y: number[] } {
  const rnd = random(SEED);
  const x: number[] = new Array(n);
  const y: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t1 = Math.floor(rnd() * 31);
    x[i] = t1;
    y[i] = Math.min(30, Math.max(0, t1 + Math.floor(rnd() * 7) - 3 + (rnd() < 0.003 ? 1 : 0)));
  }
  return { x, y };
}

/** Two cohorts of n/2 scores each (default 5 × 10^5) (0–30), cohort 2 shifted up very slightly. */
export function twoSamples(n = TARGET): { x: number[]; y: number[] } {
  const rnd = random(SEED + 1);
  const x: number[] = new Array(n / 2);
  const y: number[] = new Array(n / 2);
  for (let i = 0; i < n / 2; i++) {
    x[i] = Math.floor(rnd() * 31);
    y[i] = Math.min(30, Math.floor(rnd() * 31 + (rnd() < 0.01 ? 1 : 0)));
  }
  return { x, y };
}

/** 10^6 interview rows: cohort × how the family felt about the work (a 2 × 3 cross-tab). */
export function feelingRows(): { cohort: 0 | 1; feeling: 0 | 1 | 2 }[] {
  const rnd = random(SEED + 2);
  const rows: { cohort: 0 | 1; feeling: 0 | 1 | 2 }[] = new Array(TARGET);
  for (let i = 0; i < TARGET; i++) {
    const cohort = rnd() < 0.5 ? 0 : 1;
    const u = rnd() + cohort * 0.0015;
    rows[i] = { cohort, feeling: u < 0.45 ? 0 : u < 0.8 ? 1 : 2 };
  }
  return rows;
}

/** 10^6 SDQ parent responses: 25 codes 0–2, about 2% of items missing (so some are prorated). */
export function sdqResponses(): (number | null)[][] {
  const rnd = random(SEED + 3);
  const out: (number | null)[][] = new Array(TARGET);
  for (let i = 0; i < TARGET; i++) {
    const r: (number | null)[] = new Array(25);
    for (let k = 0; k < 25; k++) r[k] = rnd() < 0.02 ? null : Math.floor(rnd() * 3);
    out[i] = r;
  }
  return out;
}
