import type { AnyStudy } from '../models/study/study.js';
import type { SocialWorker, WorkerSurveyResponse } from '../models/worker.js';
import { drawPoint } from './_scale-points.js';
import type { Random } from './_random.js';
import { answersFor, type UsageOption, type UsageQuestion } from './_study-usage.js';

const TRAINING_DAYS = [1, 2, 3, 5] as const;

/**
 * @internal `perSite` workers at every site, and one survey response from each worker at every
 * wave (wave by wave, workers in order). Every tool is answered; confidence is on the study's
 * `confidence` scale (1–10 when it has none), rising a little from wave to wave, and about 1 in
 * 40 left it blank.
 */
export function synthesiseStudyWorkers(
  random: Random,
  study: AnyStudy,
  perSite: number,
  usage: UsageOption | undefined,
): { workers: SocialWorker[]; responses: WorkerSurveyResponse[] } {
  const workers: SocialWorker[] = [];
  const training: number[] = [];
  for (const pilotId of study.ids.pilots) {
    for (let k = 0; k < perSite; k++) {
      workers.push({
        id: `SW-${String(workers.length + 1).padStart(5, '0')}`,
        pilotId,
        employment: random.chance(1 / 8) ? 'agency' : 'permanent',
      });
      training.push(random.pick(TRAINING_DAYS));
    }
  }
  const confidenceScale = study.scales.find((s) => s.id === 'confidence') ?? {
    id: 'confidence',
    min: 1,
    max: 10,
    step: 1,
    anchors: {},
  };
  const responses: WorkerSurveyResponse[] = [];
  for (const wave of study.waves) {
    const answers = new Map<string, string[]>();
    for (const tool of study.ids.tools) {
      const questions: UsageQuestion[] = workers.map((w) => ({
        workerId: w.id,
        pilotId: w.pilotId,
        wave: wave.id,
        waveIndex: wave.index,
        tool,
      }));
      answers.set(tool, answersFor(random, study, usage, questions));
    }
    workers.forEach((w, i) => {
      const confidence = drawPoint(random, confidenceScale, 0.55 + 0.05 * wave.index, 0.2);
      responses.push({
        workerId: w.id,
        pilotId: w.pilotId,
        wave: wave.id,
        employment: w.employment,
        trainingDays: training[i]!,
        supervisionAligned: random.chance(0.7),
        confidence: random.chance(0.025) ? null : confidence,
        usage: Object.fromEntries(study.ids.tools.map((t) => [t, answers.get(t)![i]!])),
      });
    });
  }
  return { workers, responses };
}
