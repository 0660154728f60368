/** Saving and opening the training files through the host (a download in a browser). */
import { db } from '../../db/index.ts';
import { importResults } from '../../db/trainingRepository.ts';
import { todayDate } from '../../domain/ids.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { attemptResult, type TrainingAttempt, type TrainingCohort } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { buildResultsFile, parseResultsFile } from '../../domain/training/resultsFile.ts';
import { xapiStatements } from '../../domain/training/xapi.ts';
import { longDate } from '../../domain/words/index.ts';
import { buildStandaloneCourseHtml } from '../../export/training/standaloneHtml.ts';
import { getHost } from '../../host/index.ts';

const encode = (text: string) => new TextEncoder().encode(text);

export async function saveCertificate(course: Course, attempt: TrainingAttempt): Promise<void> {
  const result = attemptResult(course, attempt);
  const p = attempt.participant;
  // docx and exceljs load only when a file is made, keeping them out of the start-up bundle.
  const { buildCertificateDocx } = await import('../../export/training/certificateDocx.ts');
  const bytes = await buildCertificateDocx({
    participantCode: p.code, sector: SECTOR_LABELS[p.sector], role: p.role, courseTitle: course.title, courseVersion: course.version,
    date: longDate((attempt.completedAt ?? attempt.updatedAt).slice(0, 10)), correct: result.score.correct, total: result.score.total,
    percent: result.percent, passMark: course.passMark, passed: result.passed,
    modules: result.byModule.map((m) => ({ title: m.module.title, ...m.score })),
  });
  await getHost().saveFile(`certificate-${p.code}`, 'docx', bytes);
}

export async function saveStandalonePage(course: Course, cohort: TrainingCohort | null): Promise<void> {
  await getHost().saveFile(`${course.id}-v${course.version}${cohort ? '-cohort' : ''}`, 'html', encode(buildStandaloneCourseHtml(course, cohort)));
}

export async function saveResultsFile(course: Course, cohort: TrainingCohort | null, attempts: readonly TrainingAttempt[]): Promise<void> {
  const file = buildResultsFile(course, cohort, attempts, new Date().toISOString());
  await getHost().saveFile(`training-results-${todayDate()}`, 'json', encode(`${JSON.stringify(file, null, 1)}\n`));
}

export async function saveWorkbook(course: Course, cohorts: readonly TrainingCohort[], attempts: readonly TrainingAttempt[]): Promise<void> {
  const { buildTrainingWorkbook } = await import('../../export/training/resultsWorkbook.ts');
  const bytes = await buildTrainingWorkbook(course, cohorts, attempts, new Date());
  await getHost().saveFile(`training-results-${todayDate()}`, 'xlsx', bytes);
}

export async function saveXapi(course: Course, attempts: readonly TrainingAttempt[]): Promise<void> {
  await getHost().saveFile(`training-xapi-${todayDate()}`, 'json', encode(`${JSON.stringify(xapiStatements(course, attempts), null, 1)}\n`));
}

/** Lets the facilitator pick a results file and merges it; null when cancelled. Throws ResultsFileError. */
export async function importResultsFile(course: Course): Promise<{ added: number; unchanged: number } | null> {
  const picked = await getHost().openFile('json');
  if (picked.status !== 'opened') return null;
  const file = parseResultsFile(new TextDecoder().decode(picked.bytes), course);
  return importResults(db, file);
}
