/**
 * Training results for training managers as an Excel workbook: one row per participant
 * and module, the questions sheet (item analysis) and the scenario choices. Every text
 * value goes through the shared sheet writer, which guards against formulas.
 */
import ExcelJS from 'exceljs';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { attemptRows, itemAnalysis, scenarioChoices } from '../../domain/training/analysis.ts';
import type { TrainingAttempt, TrainingCohort } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { percent } from '../../domain/training/scoring.ts';
import { FAST_ZIP } from '../workbook/buildWorkbookXlsx.ts';
import { addDataSheet, type DataSheet } from '../workbook/sheetWriter.ts';
import type { CellValue } from '../workbook/cellText.ts';

const SELF_STUDY_LABEL = 'Self-study';

/** The Results sheet: one row per participant and module of their attempt. */
export function resultsSheet(course: Course, cohorts: readonly TrainingCohort[], attempts: readonly TrainingAttempt[]): DataSheet {
  const cohortName = new Map(cohorts.map((c) => [c.id, c.name]));
  const rows: CellValue[][] = [];
  for (const { attempt, result } of attemptRows(course, attempts)) {
    const p = attempt.participant;
    for (const { module, score } of result.byModule) {
      rows.push([
        cohortName.get(attempt.cohortId) ?? SELF_STUDY_LABEL, p.code, SECTOR_LABELS[p.sector], p.agency ?? '', p.role,
        module.title, score.correct, score.total, percent(score),
        result.pre.correct, result.post.correct, result.pre.total,
        result.complete ? (result.passed ? 'Yes' : 'No') : 'Not finished', attempt.completedAt ? new Date(attempt.completedAt) : null,
      ]);
    }
  }
  return {
    name: 'Results', table: 'Results',
    columns: [
      { header: 'Cohort', width: 22 }, { header: 'Participant code', width: 14 }, { header: 'Sector', width: 20 },
      { header: 'Agency', width: 22 }, { header: 'Role', width: 20 }, { header: 'Module', width: 34 },
      { header: 'Right', width: 8, kind: 'number' }, { header: 'Items', width: 8, kind: 'number' }, { header: 'Per cent', width: 9, kind: 'number' },
      { header: 'Check before (right)', width: 12, kind: 'number' }, { header: 'Check after (right)', width: 12, kind: 'number' },
      { header: 'Check items', width: 9, kind: 'number' }, { header: 'Passed', width: 12, kind: 'label' }, { header: 'Completed', width: 12, kind: 'date' },
    ],
    rows,
  };
}

/** The Questions sheet: each item answered, the most often missed first. */
export function questionsSheet(course: Course, attempts: readonly TrainingAttempt[]): DataSheet {
  return {
    name: 'Questions', table: 'Questions',
    columns: [
      { header: 'Item', width: 12 }, { header: 'Module', width: 30 }, { header: 'Kind', width: 10, kind: 'label' },
      { header: 'Question or scenario', width: 60 }, { header: 'Answered', width: 10, kind: 'number' },
      { header: 'Right', width: 8, kind: 'number' }, { header: 'Missed', width: 8, kind: 'number' },
    ],
    rows: itemAnalysis(course, attempts).map((i) => [i.itemId, i.moduleTitle, i.kind === 'question' ? 'Question' : 'Scenario', i.text, i.answered, i.correct, i.missed]),
  };
}

/** The Scenario choices sheet: how often each choice was made. */
export function scenarioSheet(course: Course, attempts: readonly TrainingAttempt[]): DataSheet {
  return {
    name: 'Scenario choices', table: 'ScenarioChoices',
    columns: [
      { header: 'Scenario', width: 26 }, { header: 'Step', width: 6, kind: 'number' }, { header: 'Situation', width: 50 },
      { header: 'Choice', width: 50 }, { header: 'Best', width: 7, kind: 'label' }, { header: 'Chosen', width: 8, kind: 'number' },
    ],
    rows: scenarioChoices(course, attempts).map((r) => [r.scenarioTitle, r.stepIndex, r.situation, r.choice, r.best ? 'Yes' : 'No', r.chosen]),
  };
}

/** The workbook's bytes. */
export async function buildTrainingWorkbook(course: Course, cohorts: readonly TrainingCohort[], attempts: readonly TrainingAttempt[], today: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Local Review';
  workbook.title = `Training results: ${course.title} (version ${course.version})`;
  workbook.created = today;
  workbook.modified = today;
  for (const sheet of [resultsSheet(course, cohorts, attempts), questionsSheet(course, attempts), scenarioSheet(course, attempts)]) {
    addDataSheet(workbook, sheet, 'OFFICIAL');
  }
  const data = await workbook.xlsx.writeBuffer(FAST_ZIP);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array((data as Uint8Array).buffer, (data as Uint8Array).byteOffset, (data as Uint8Array).byteLength);
}
