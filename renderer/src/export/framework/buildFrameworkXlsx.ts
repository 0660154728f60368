/**
 * The framework's workbook: the framework action plan, every area recommendation with its
 * area on each row, the themes × areas matrix and the areas. Written with the review
 * workbook's sheet writer, so every text value is guarded against formulas, headers are
 * frozen and styled, and the protective marking prints on every page.
 */
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { cellWeight, type FrameworkFile } from '../../domain/framework/index.ts';
import { todayDate } from '../../domain/ids.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { shippedFrameworkPacks } from '../frameworkPacks.ts';
import { throwIfAborted } from '../options.ts';
import { asBytes, FAST_ZIP } from '../workbook/buildWorkbookXlsx.ts';
import { cellText } from '../workbook/cellText.ts';
import { addDataSheet, type DataSheet } from '../workbook/sheetWriter.ts';
import { buildFrameworkModel, type FrameworkModel } from './frameworkModel.ts';
import type { FrameworkExportOptions } from './buildFrameworkDocx.ts';

function actionPlanSheet(model: FrameworkModel): DataSheet {
  const headings = new Map(model.priorities.map((p) => [p.number, p.headings.join('; ')]));
  return {
    name: 'Framework action plan',
    table: 'tblFrameworkActions',
    columns: [
      { header: 'No.', width: 7, kind: 'label' }, { header: 'Priority', width: 28 }, { header: 'Activity', width: 36 },
      { header: 'Detail', width: 40 }, { header: 'Lead partner', width: 22 }, { header: 'Supporting partners', width: 28 },
      { header: 'Timescale', width: 14, kind: 'label' }, { header: 'Measures', width: 30 }, { header: 'Answers recommendations', width: 24 },
      { header: 'National frameworks', width: 36 },
    ],
    rows: model.activities.map((a) => [a.number, a.priority, a.title, a.detail.join('\n'), a.lead, a.supporting, a.timescale, a.measures, a.answers, headings.get(Number(a.number.split('.')[0])) ?? '']),
  };
}

function recommendationsSheet(model: FrameworkModel): DataSheet {
  return {
    name: 'Area recommendations',
    table: 'tblAreaRecommendations',
    columns: [
      { header: 'Area', width: 18 }, { header: 'No.', width: 6, kind: 'number' }, { header: 'Recommendation', width: 50 },
      { header: 'Priority', width: 10, kind: 'label' }, { header: 'Lead', width: 26 }, { header: 'Timescale', width: 14, kind: 'label' },
      { header: 'Status', width: 14, kind: 'label' }, { header: 'Covered by', width: 18 },
    ],
    rows: model.allRecommendations.map((r) => [r.area, r.number, r.title, r.priority, r.lead, r.timescale, r.status, r.coveredBy]),
  };
}

/** Area names as column headers: made safe, and unique (two reviews of one area get "(2)"). */
function areaHeaders(model: FrameworkModel): string[] {
  const seen = new Map<string, number>();
  return model.matrix.areas.map((a) => {
    const n = (seen.get(a.area.toLowerCase()) ?? 0) + 1;
    seen.set(a.area.toLowerCase(), n);
    return cellText(n === 1 ? a.area : `${a.area} (${n})`);
  });
}

function matrixSheet(model: FrameworkModel): DataSheet {
  return {
    name: 'Themes by area',
    table: 'tblThemesByArea',
    columns: [
      { header: 'Theme', width: 34 }, { header: 'In every review', width: 10, kind: 'label' },
      ...areaHeaders(model).map((header) => ({ header, width: 22 })),
    ],
    rows: model.matrix.rows.map((row, r) => [row.theme, row.shared ? 'Yes' : 'No', ...model.matrixText[r]!]),
  };
}

function areasSheet(model: FrameworkModel): DataSheet {
  return {
    name: 'Areas',
    table: 'tblAreas',
    columns: [
      { header: 'Area', width: 18 }, { header: 'Review', width: 44 }, { header: 'Commissioned by', width: 30 }, { header: 'Fieldwork', width: 30 },
      { header: 'Marking', width: 18, kind: 'label' }, { header: 'Findings', width: 10, kind: 'number' }, { header: 'Recommendations', width: 14, kind: 'number' },
    ],
    rows: model.areas.map((a) => [a.area, a.title, a.commissioner, a.period, a.marking, a.findings, a.recommendations]),
  };
}

const HEAT = ['FFFFFFFF', 'FFDEEBF7', 'FFB3D4EE', 'FF8DBDE6'] as const;

/** Shades each matrix cell by its gaps and barriers; the words in the cell say the same. */
function shadeMatrix(worksheet: ExcelJS.Worksheet, model: FrameworkModel): void {
  model.matrix.rows.forEach((row, r) => row.cells.forEach((cell, a) => {
    const weight = cellWeight(cell);
    if (!weight) return;
    const target = worksheet.getCell(r + 2, a + 3);
    target.style = { ...target.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEAT[weight <= 2 ? 1 : weight <= 5 ? 2 : 3] } } };
  }));
}

export async function buildFrameworkXlsx(framework: FrameworkFile, reviews: readonly ReviewFile[] = [], options: FrameworkExportOptions = {}): Promise<Uint8Array> {
  const { signal, onProgress } = options;
  const today = options.today ?? todayDate();
  throwIfAborted(signal);
  const model = buildFrameworkModel(framework, reviews, { today, version: options.version ?? 'Draft', packs: shippedFrameworkPacks() });
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'Local Review';
  workbook.lastModifiedBy = 'Local Review';
  workbook.title = model.title;
  workbook.subject = `Strategic framework for ${model.region}`;
  workbook.keywords = model.marking;
  workbook.category = model.marking;
  (workbook as Workbook & { language?: string }).language = 'en-GB';
  workbook.created = new Date(`${today}T00:00:00Z`);
  workbook.modified = workbook.created;
  const sheets: Array<[DataSheet, ((ws: ExcelJS.Worksheet) => void)?]> = [
    [actionPlanSheet(model)],
    [recommendationsSheet(model)],
    [matrixSheet(model), (ws) => shadeMatrix(ws, model)],
    [areasSheet(model)],
  ];
  const total = sheets.length + 1;
  for (const [done, [sheet, decorate]] of sheets.entries()) {
    onProgress?.({ done, total, step: `Writing the ${sheet.name} sheet` });
    // Not decorate?.(addDataSheet(…)): an optional call skips evaluating its argument.
    const worksheet = addDataSheet(workbook, sheet, model.marking);
    decorate?.(worksheet);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    throwIfAborted(signal);
  }
  onProgress?.({ done: sheets.length, total, step: 'Packing the workbook' });
  const bytes = asBytes(await workbook.xlsx.writeBuffer(FAST_ZIP));
  throwIfAborted(signal);
  onProgress?.({ done: total, total, step: 'Done' });
  return bytes;
}
