import { readFileSync } from 'node:fs';
import {
  CaseRecordSchema,
  FamilyInterviewSchema,
  FamilySchema,
  WorkerSurveyResponseSchema,
  type CaseRecord,
  type Family,
  type FamilyInterview,
  type WorkerSurveyResponse,
} from 'sos-eval/models';
import {
  CASE_RECORD_CSV,
  FAMILY_CSV,
  FAMILY_INTERVIEW_CSV,
  WORKER_SURVEY_CSV,
  readCsv,
} from 'sos-eval/io';
import { synthesiseEvaluation } from 'sos-eval/synthetic';

/** The records the demo analyses, wherever they came from. */
export interface DemoData {
  readonly source: string;
  readonly notice: string | null;
  readonly surveyResponses: readonly WorkerSurveyResponse[];
  readonly families: readonly Family[];
  readonly interviews: readonly FamilyInterview[];
  readonly caseRecords: readonly CaseRecord[];
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
  function read<T>(
    path: string | undefined,
    schema: Parameters<typeof readCsv>[1],
    preset: Parameters<typeof readCsv>[2],
  ): T[] {
    if (path === undefined) return [];
    const result = readCsv(readFileSync(path, 'utf8'), schema, preset);
    for (const issue of result.issues) issues.push(`${path} row ${issue.row}: ${issue.message}`);
    return result.rows as T[];
  }
  return {
    source: Object.values(files)
      .filter((f): f is string => f !== undefined)
      .join(', '),
    notice: null,
    surveyResponses: read<WorkerSurveyResponse>(
      files.survey,
      WorkerSurveyResponseSchema,
      WORKER_SURVEY_CSV,
    ),
    families: read<Family>(files.families, FamilySchema, FAMILY_CSV),
    interviews: read<FamilyInterview>(
      files.interviews,
      FamilyInterviewSchema,
      FAMILY_INTERVIEW_CSV,
    ),
    caseRecords: read<CaseRecord>(files.caseRecords, CaseRecordSchema, CASE_RECORD_CSV),
    issues,
  };
}
