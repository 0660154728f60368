/**
 * Findings by theme: a summary table, then each theme (Heading 2, sub-themes Heading 3)
 * with its findings (Heading 4, so the contents stay short while the navigation pane
 * still lists every finding), each with its strength of evidence and quotable passages.
 */
import { Paragraph, TextRun } from 'docx';
import { bullet, dataTable, heading, note, para, paras, quote, tableLead, type Block, type Row } from '../blocks.ts';
import { count, listAnd } from '../format.ts';
import { FINDING_KIND_LABELS, FINDING_KIND_ORDER } from '../labels.ts';
import type { FindingModel, ReportModel, ThemeModel } from '../reportModel.ts';
import { STYLE } from '../styles.ts';

function findingBlocks(finding: FindingModel): Block[] {
  return [
    new Paragraph({ style: STYLE.caption, children: [new TextRun(`Finding ${finding.number} · ${finding.kindLabel}`)] }),
    heading(finding.title, 4),
    ...paras(finding.detail),
    note(finding.evidence),
    ...finding.quotes.map((q) => quote(q.text, q.attribution)),
  ];
}

/** One row per theme: what kinds of finding it holds, and their numbers. Sub-themes are indented under their parent. */
function summaryTable(themes: readonly ThemeModel[]): Block {
  const rows: Row[] = themes.map((t) => ({
    cells: [
      [new Paragraph({ style: STYLE.tableText, indent: { left: 220 * Math.min(t.depth, 3) }, children: [new TextRun(t.name)] })],
      t.findings.length ? summaryOf(t.findings) : 'See the themes below it',
    ],
  }));
  return dataTable([{ header: 'Theme', share: 0.42 }, { header: 'Findings', share: 0.58 }], rows);
}

/** "2 gaps and 1 barrier (findings 4 to 6)". */
function summaryOf(findings: readonly FindingModel[]): string {
  const kinds = FINDING_KIND_ORDER.flatMap((kind) => {
    const n = findings.filter((f) => f.kind === kind).length;
    const label = FINDING_KIND_LABELS[kind];
    return n ? [`${count(n)} ${(n === 1 ? label.one : label.many).toLowerCase()}`] : [];
  });
  const first = findings[0]!.number;
  const last = findings[findings.length - 1]!.number;
  const numbers = first === last ? `finding ${first}` : last - first === 1 ? `findings ${first} and ${last}` : `findings ${first} to ${last}`;
  return `${listAnd(kinds)} (${numbers})`;
}

export function findingsSection(model: ReportModel): Block[] {
  const blocks: Block[] = [heading('Findings by theme', 1), ...paras(model.wording.findingsIntro)];
  if (!model.findings.length) return [...blocks, para('No findings have been drawn yet.')];
  blocks.push(
    tableLead('The table below lists the findings the review drew under each theme, by kind.'),
    summaryTable(model.themes),
    para('Each finding gives its strength of evidence: how many coded passages support it, from how many sessions, and how many agencies and sectors it was heard from. '
      + 'A passage counts for the agency of the person speaking, never for everyone in the room; where the speaker in a session with several agencies was not recorded, the passage is counted as not attributed. '
      + (model.includeQuotes ? 'Quotations are attributed to the kind of agency the speaker came from, never to a person.' : ''), { spacing: { before: 200 } }),
  );
  for (const theme of model.themes) {
    blocks.push(heading(theme.name, theme.depth === 0 ? 2 : 3));
    // The theme's description stays with its first finding, never alone at a page's foot.
    if (theme.description) blocks.push(note(theme.description, true));
    for (const finding of theme.findings) blocks.push(...findingBlocks(finding));
  }
  const strengths = model.findings.filter((f) => f.kind === 'good-practice');
  if (strengths.length) {
    blocks.push(
      heading('Strengths and good practice', 2),
      ...paras(model.wording.strengthsIntro),
      ...strengths.map((f) => bullet(`${f.title} (finding ${f.number}).`)),
    );
  }
  return blocks;
}
