/**
 * The Excel workbook, read back with exceljs and scanned as raw XML: its sheets and tables,
 * text that can never become a formula, real dates and numbers, the status rules on the
 * action plan, progress and cancellation, and privacy (canaries in un-quotable passages,
 * notes and reviewers' names must appear nowhere in the file).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../renderer/src/domain/coverage.ts';
import { parseReviewFileText, type ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { buildWorkbookXlsx } from '../../renderer/src/export/index.ts';
import type { ExportProgress } from '../../renderer/src/export/options.ts';
import { STATUS_LABELS } from '../../renderer/src/export/workbook/sheetRules.ts';
import { id, makeReviewFile } from '../helpers/reviewFileBuilder.ts';
import { storedZip, zipEntries } from './workbookZip.ts';

const TODAY = '2026-05-01';
const SHEETS = ['Summary', 'Engagements', 'Evidence', 'Passages by theme', 'Findings', 'Recommendations', 'Action plan', 'Coverage'];
const sample = parseReviewFileText(readFileSync('templates/samples/sallowmere.review.json'));

/**
 * Reads a workbook back with exceljs. exceljs expands a whole-column validation into a
 * million per-cell entries when it loads one (seconds per file), so the validations are
 * dropped from the copy it reads; they are checked in the raw XML and by openpyxl instead.
 */
async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const entries = new Map([...zipEntries(bytes)].map(([name, text]) => [name, text.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '')]));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(storedZip(entries)) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's data rows as objects keyed by header, read with exceljs. */
function records(workbook: ExcelJS.Workbook, name: string): Array<Record<string, ExcelJS.CellValue>> {
  const sheet = workbook.getWorksheet(name)!;
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Array<Record<string, ExcelJS.CellValue>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

/** Every cell's text in every sheet. */
function allText(workbook: ExcelJS.Workbook): string {
  const parts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => parts.push(cell.text))));
  return parts.join('\n');
}

describe('buildWorkbookXlsx on the sample review', async () => {
  const bytes = await buildWorkbookXlsx(sample, { today: TODAY });
  const workbook = await readBack(bytes);
  const xml = zipEntries(bytes);

  it('returns a plain Uint8Array holding a zip', () => {
    expect(bytes.constructor).toBe(Uint8Array);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('has the sheets a partnership expects, each data sheet an Excel table with a frozen header row', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
    for (const name of SHEETS.slice(1)) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.getColumn(1).width).toBeGreaterThan(5);
    }
    const tables = [...xml.keys()].filter((k) => k.startsWith('xl/tables/'));
    expect(tables).toHaveLength(SHEETS.length - 1);
    for (const t of tables) expect(xml.get(t)).toMatch(/headerRowCount="1"[^>]*>\s*<autoFilter ref="A1:/);
  });

  it('lists every finding with its strength of evidence, every recommendation and every action', () => {
    const findings = records(workbook, 'Findings');
    expect(findings.map((f) => f.Finding).sort()).toEqual(sample.findings.map((f) => f.title).sort());
    expect(findings.map((f) => f.Ref)).toEqual(sample.findings.map((_, i) => `F${i + 1}`));
    for (const f of findings) {
      expect(typeof f.Passages).toBe('number');
      expect(typeof f['Not attributed']).toBe('number');
      expect(['Yes', 'No']).toContain(f['Single voice']);
    }
    expect(records(workbook, 'Recommendations').map((r) => r['No.'])).toEqual([1, 2, 3, 4, 5]);
    const plan = records(workbook, 'Action plan');
    expect(plan.map((a) => a.Action).sort()).toEqual(sample.actions.map((a) => a.description).sort());
    for (const a of plan) {
      expect(a['Due date']).toBeInstanceOf(Date);
      expect(STATUS_LABELS).toContain(a.Status);
    }
    expect(plan.map((a) => (a['Due date'] as Date).toISOString().slice(0, 10)).sort())
      .toEqual(sample.actions.map((a) => a.dueDate).sort());
  });

  it('shows only quotable passages as text, attributed to a sector, and counts the rest', () => {
    const evidence = records(workbook, 'Evidence');
    const quotable = sample.excerpts.filter((x) => x.isQuote);
    expect(evidence.map((e) => e['Quotable passage']).sort()).toEqual(quotable.map((x) => x.text).sort());
    for (const e of evidence) expect(e['Attributed to']).toMatch(/^a (practitioner|young person|document|survey respondent)/);
    const counts = records(workbook, 'Passages by theme');
    const uncoded = sample.excerpts.filter((x) => x.themeIds.length === 0).length;
    const coded = counts.reduce((sum, row) => sum + (row.Quotable as number) + (row['Not quotable'] as number), 0);
    const perTheme = sample.excerpts.reduce((sum, x) => sum + new Set(x.themeIds).size, 0);
    expect(coded).toBe(perTheme + uncoded);
  });

  it('puts the coverage matrix in the Coverage sheet, zeros included', () => {
    const matrix = coverageMatrix(sample);
    const rows = records(workbook, 'Coverage');
    expect(rows.map((r) => r.Theme)).toEqual(matrix.rows.map((r) => r.theme.name));
    const zeros = rows.flatMap((r) => Object.entries(r).filter(([key, v]) => v === 0 && key !== 'Not attributed')).length;
    expect(zeros).toBe(matrix.emptyCells.length);
    // Passages with no speaker recorded are counted apart, never under every sector in the room.
    expect(rows.map((r) => r['Not attributed'])).toEqual(matrix.rows.map((r) => r.unattributed));
    expect(matrix.unattributedTotal).toBeGreaterThan(0);
  });

  it('sets the status list once on the whole Status column, with RAG colours and a live overdue rule', () => {
    const planXml = xml.get('xl/worksheets/sheet7.xml')!;
    expect(planXml.match(/<dataValidation /g)).toHaveLength(1);
    expect(planXml).toContain('sqref="F2:F1048576"');
    expect(planXml).toContain('&quot;Not started,On track,At risk,Off track,Complete&quot;');
    for (const label of ['On track', 'At risk', 'Off track', 'Complete']) expect(planXml).toContain(`<formula>&quot;${label}&quot;</formula>`);
    expect(planXml).toContain('E2&lt;TODAY()');
  });

  it('writes no cell formulas at all, and numbers and dates as numbers', () => {
    for (const [name, text] of xml) if (name.startsWith('xl/worksheets/sheet')) expect(text).not.toMatch(/<f[ >]/);
    const engagement = records(workbook, 'Engagements')[0]!;
    expect(typeof engagement.Participants).toBe('number');
    expect(engagement.Date).toBeInstanceOf(Date);
  });

  it('carries the document properties and the protective marking on every printed page', () => {
    const core = xml.get('docProps/core.xml')!;
    expect(core).toContain('<dc:creator>Local Review</dc:creator>');
    expect(core).toContain(`<dc:title>${sample.review.title}</dc:title>`);
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    workbook.eachSheet((sheet) => expect(sheet.headerFooter.oddHeader).toContain('OFFICIAL-SENSITIVE'));
  });
});

describe('buildWorkbookXlsx keeps user text as text', () => {
  it('escapes text that could start a formula and keeps it a string', async () => {
    const base = makeReviewFile();
    const file: ReviewFile = {
      ...base,
      findings: [{ ...base.findings[0]!, title: '=HYPERLINK("http://x.invalid","click")', detail: '+1 more' }],
      recommendations: [{ ...base.recommendations[0]!, title: '@SUM(A1)', detail: '-2 weeks' }],
      actions: [{ ...base.actions[0]!, description: '\t=cmd|" /C calc"!A0' }],
    };
    const workbook = await readBack(await buildWorkbookXlsx(file, { today: TODAY }));
    const finding = records(workbook, 'Findings')[0]!;
    expect(finding.Finding).toBe(`'=HYPERLINK("http://x.invalid","click")`);
    expect(finding.Detail).toBe("'+1 more");
    expect(records(workbook, 'Recommendations')[0]).toMatchObject({ Recommendation: "'@SUM(A1)", Detail: "'-2 weeks" });
    expect(records(workbook, 'Action plan')[0]!.Action).toBe(`'\t=cmd|" /C calc"!A0`);
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
    })));
  });

  it('flags overdue actions at the export date', async () => {
    const base = makeReviewFile();
    const action = base.actions[0]!;
    const file: ReviewFile = {
      ...base,
      actions: [
        { ...action, id: id(71), dueDate: '2026-04-30', status: 'on-track' },
        { ...action, id: id(72), dueDate: '2026-04-30', status: 'complete' },
        { ...action, id: id(73), dueDate: '2026-05-01', status: 'off-track' },
      ],
    };
    const plan = records(await readBack(await buildWorkbookXlsx(file, { today: TODAY })), 'Action plan');
    expect(plan.map((a) => a['Overdue at export'])).toEqual(['Yes', 'No', 'No']);
  });

  it('builds a review with nothing in it yet: every table keeps one empty row', async () => {
    const empty: ReviewFile = { ...makeReviewFile(), engagements: [], excerpts: [], findings: [], recommendations: [], actions: [] };
    const bytes = await buildWorkbookXlsx(empty, { today: TODAY });
    const workbook = await readBack(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
    expect(zipEntries(bytes).get('xl/tables/table1.xml')).toContain('ref="A1:J2"');
  });
});

describe('buildWorkbookXlsx privacy', () => {
  const CANARIES = ['CANARY-NOTE-7731', 'CANARY-UNQUOTED-5521', 'Zebedee Quillfeather'];

  function canaryFile(): ReviewFile {
    const base = makeReviewFile();
    const notes = 'CANARY-NOTE-7731 told us in confidence. We see the same children every week. CANARY-UNQUOTED-5521 off the record.';
    const quote = 'We see the same children every week.';
    const unquoted = 'CANARY-UNQUOTED-5521 off the record.';
    return {
      ...base,
      review: { ...base.review, reviewers: [{ id: id(2), name: 'Zebedee Quillfeather', role: 'Lead reviewer' }] },
      engagements: [{ ...base.engagements[0]!, title: 'Heads, with zebedee quillfeather', notes }],
      excerpts: [
        { id: id(40), engagementId: id(30), start: notes.indexOf(quote), end: notes.indexOf(quote) + quote.length, text: quote, themeIds: [id(21)], kind: 'gap', isQuote: true },
        { id: id(41), engagementId: id(30), start: notes.indexOf(unquoted), end: notes.length, text: unquoted, themeIds: [id(21)], kind: 'barrier', isQuote: false },
      ],
      findings: [{ ...base.findings[0]!, excerptIds: [id(40), id(41)] }],
      actions: [{ ...base.actions[0]!, updates: [{ date: '2026-03-01', note: 'Zebedee Quillfeather chased the school.', status: 'on-track' }] }],
    };
  }

  it('leaves notes, un-quotable passages and reviewers’ names out of every cell and every part of the file', async () => {
    const file = canaryFile();
    const bytes = await buildWorkbookXlsx(file, { today: TODAY });
    const workbook = await readBack(bytes);
    const text = allText(workbook);
    const raw = [...zipEntries(bytes).values()].join('\n');
    // The scans can see: the quotable passage and the redacted update are there.
    expect(text).toContain('We see the same children every week.');
    expect(raw).toContain('We see the same children every week.');
    expect(text).toContain('[review team] chased the school.');
    for (const canary of CANARIES) {
      expect(text.toLowerCase()).not.toContain(canary.toLowerCase());
      expect(raw.toLowerCase()).not.toContain(canary.toLowerCase());
    }
    // The un-quotable passage is still counted.
    expect(records(workbook, 'Passages by theme').find((r) => r.Theme === 'Exclusions')).toMatchObject({ Quotable: 1, 'Not quotable': 1 });
  });
});

describe('buildWorkbookXlsx progress and cancellation', () => {
  it('reports each step in order and ends with all steps done', async () => {
    const seen: ExportProgress[] = [];
    await buildWorkbookXlsx(makeReviewFile(), { today: TODAY, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual(seen.map((_, i) => i));
    expect(seen.at(-1)).toMatchObject({ done: seen.at(-1)!.total, step: 'Done' });
    expect(seen.map((p) => p.step)).toContain('Writing the Action plan sheet');
  });

  it('stops with an AbortError when cancelled before or during the build', async () => {
    await expect(buildWorkbookXlsx(makeReviewFile(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    const controller = new AbortController();
    const steps: string[] = [];
    const build = buildWorkbookXlsx(makeReviewFile(), {
      signal: controller.signal,
      onProgress: (p) => {
        steps.push(p.step);
        if (p.done === 2) controller.abort();
      },
    });
    await expect(build).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).toHaveLength(3);
  });
});
