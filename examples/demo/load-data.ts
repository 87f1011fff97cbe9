import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type { StudyRecord, StudyRecordName } from 'sos-eval/models';
import { SOS_2017 } from 'sos-eval/reference';
import { csvPresets, readCsv } from 'sos-eval/io';
import { synthesiseEvaluation } from 'sos-eval/synthetic';

/** The study the demo recomputes: the 2017 evaluation. */
export const study = SOS_2017;

/** One record of the study, by its kind: `Sos2017Record<'family'>`. */
export type Sos2017Record<K extends StudyRecordName> = StudyRecord<typeof SOS_2017, K>;

/** The records the demo analyses, wherever they came from. */
export interface DemoData {
  readonly source: string;
  readonly notice: string | null;
  readonly surveyResponses: readonly Sos2017Record<'workerSurveyResponse'>[];
  readonly families: readonly Sos2017Record<'family'>[];
  readonly interviews: readonly Sos2017Record<'familyInterview'>[];
  readonly caseRecords: readonly Sos2017Record<'caseRecord'>[];
  readonly issues: readonly string[];
}

/** Files named on the command line, by the record kind they hold. */
export interface CsvFiles {
  readonly survey?: string;
  readonly families?: string;
  readonly interviews?: string;
  readonly caseRecords?: string;
}

export function loadSynthetic(seed: number): DemoData {
  const data = synthesiseEvaluation({ seed });
  return {
    source: `synthetic dataset, seed ${seed}`,
    notice: data.notice,
    surveyResponses: data.surveyResponses,
    families: data.families,
    interviews: [...data.interviewsT1, ...data.interviewsT2],
    caseRecords: data.caseRecords,
    issues: [],
  };
}

export function loadCsvFiles(files: CsvFiles): DemoData {
  const issues: string[] = [];
  // The study's own schemas check every row; its presets know the usual headers and read the
  // sites, waves, cohorts, tools and usage answers by name.
  const presets = csvPresets(study);
  function read<K extends StudyRecordName>(path: string | undefined, record: K) {
    if (path === undefined) return [];
    const schema = study.schemas[record] as z.ZodType<Sos2017Record<K>>;
    const result = readCsv(readFileSync(path, 'utf8'), schema, presets[record]);
    for (const issue of result.issues) issues.push(`${path} row ${issue.row}: ${issue.message}`);
    return result.rows;
  }
  return {
    source: Object.values(files)
      .filter((f): f is string => f !== undefined)
      .join(', '),
    notice: null,
    surveyResponses: read(files.survey, 'workerSurveyResponse'),
    families: read(files.families, 'family'),
    interviews: read(files.interviews, 'familyInterview'),
    caseRecords: read(files.caseRecords, 'caseRecord'),
    issues,
  };
}
