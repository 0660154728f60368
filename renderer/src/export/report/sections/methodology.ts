/** Methodology: how the evidence was gathered (a table and a chart), when, and the limits of a rapid review. */
import { Paragraph, TextRun } from 'docx';
import { ChartRun } from 'docx/charts';
import { dataTable, heading, para, paras, tableLead, type Block } from '../blocks.ts';
import { count, listAnd, longDate, plural } from '../format.ts';
import type { ReportModel } from '../reportModel.ts';
import { COLOURS, FONT, STYLE } from '../styles.ts';

/** A native Word bar chart of the sessions that involved each sector, with alt text that gives every figure. */
export function sectorChart(bySector: ReportModel['engagement']['bySector']): Paragraph[] {
  if (!bySector.length) return [];
  // Word draws the first category at the bottom, so the list is reversed to read top-down.
  const rows = [...bySector].reverse();
  const description = `Bar chart of the number of engagement sessions that involved each sector: ${bySector.map((s) => `${s.label} ${s.sessions}`).join('; ')}.`;
  return [
    new Paragraph({ style: STYLE.note, keepNext: true, spacing: { before: 240, after: 60 }, children: [new TextRun('Figure 1: number of sessions that involved each sector. A session with several agencies counts once for each of their sectors.')] }),
    new Paragraph({
      spacing: { after: 160 },
      children: [new ChartRun({
        type: 'bar',
        categories: rows.map((s) => s.label),
        series: [{ name: 'Sessions', values: rows.map((s) => s.sessions), color: COLOURS.accent }],
        legend: false,
        gapWidth: 60,
        font: { name: FONT },
        dataLabels: { value: true, position: 'outsideEnd', font: { size: 9, color: COLOURS.text } },
        valueAxis: { gridlines: false, visible: false },
        categoryAxis: { font: { size: 9, color: COLOURS.text } },
        chartArea: { border: 'none' },
        transformation: { width: 600, height: Math.max(160, 40 + 26 * rows.length) },
        altText: { name: 'Sessions by sector', description, title: 'Sessions that involved each sector' },
      })],
    }),
  ];
}

function singleVoices(single: number, total: number): string {
  const which = total === 1 ? 'The one finding rests' : single === total ? `All ${count(total)} findings rest`
    : `Of the ${count(total)} findings, ${count(single)} ${single === 1 ? 'rests' : 'rest'}`;
  return `${which} on what was said in a single session or by a single agency. ${single === 1 ? 'It is' : 'They are'} marked as such and should be read with care.`;
}

/** The sectors of one kind of session; when they are every sector engaged, says so rather than listing them all again. */
function sectorList(sectors: readonly string[], engaged: number): string {
  if (!sectors.length) return 'None recorded';
  return sectors.length === engaged && engaged > 4 ? `All ${count(engaged)} sectors engaged` : sectors.join(', ');
}

export function methodology(model: ReportModel): Block[] {
  const { engagement: e, wording, passages } = model;
  // The engagement lead-in promises tables, so it waits until there is something to tabulate.
  const blocks: Block[] = [heading('Methodology', 1), ...paras(wording.methodology), heading('Who the review team engaged', 2), ...(e.sessions ? paras(wording.engagementIntro) : [])];
  if (e.byKind.length) {
    blocks.push(
      tableLead('Table 1 shows the sessions of each kind and the sectors that took part in them.'),
      dataTable(
        [{ header: 'Kind of session', share: 0.21 }, { header: 'Sessions', share: 0.13 }, { header: 'Participants', share: 0.17 }, { header: 'Sectors involved', share: 0.49 }],
        [
          ...e.byKind.map((k) => ({ cells: [k.label, count(k.sessions), k.participants === undefined ? 'Not applicable' : count(k.participants), sectorList(k.sectors, e.bySector.length)] })),
          { cells: ['Total', count(e.sessions), count(e.participants), `${plural(e.bySector.length, 'sector')}, ${plural(e.agenciesEngaged, 'agency', 'agencies')}`] },
        ],
      ),
      para('Table 1: engagement sessions by kind.', { style: STYLE.note, spacing: { before: 60 } }),
      ...sectorChart(e.bySector),
    );
  } else {
    blocks.push(para('No engagement sessions have been recorded yet.'));
  }

  blocks.push(heading('Timetable', 2));
  if (e.firstDate && e.lastDate) {
    blocks.push(
      para(e.firstDate === e.lastDate
        ? `All sessions took place on ${longDate(e.firstDate)}.`
        : `Sessions took place on ${plural(e.days, 'day')} between ${longDate(e.firstDate)} and ${longDate(e.lastDate)}.`
        + (model.reviewPeriod ? ` The review as a whole ran from ${model.reviewPeriod.replace(/^From /, '')}.` : ''), { keepNext: true }),
      dataTable(
        [{ header: 'Week beginning', share: 0.26 }, { header: 'Sessions', share: 0.14 }, { header: 'Kinds of session', share: 0.6 }],
        e.byWeek.map((w) => ({ cells: [w.weekBeginning, count(w.sessions), w.kinds] })),
      ),
    );
  } else {
    blocks.push(para(model.reviewPeriod ? `The review runs from ${model.reviewPeriod.replace(/^From /, '')}.` : 'The review’s dates have not been recorded.'));
  }

  const single = model.findings.filter((f) => f.strength.isSingleVoice).length;
  blocks.push(
    heading('Limitations', 2),
    ...paras(wording.limitations),
    para(`The review team coded ${plural(passages.total, 'passage')} of what participants said against the themes. `
      + (model.includeQuotes
        ? `Only passages the team marked as suitable for quotation are quoted (${count(passages.quoted)} in this report); the rest are reflected in the counts of evidence for each finding.`
        : 'No passages are quoted in this version of the report; the evidence for each finding is given as counts.')),
    ...(single ? [para(singleVoices(single, model.findings.length))] : []),
    ...(e.notEngaged.length ? [para(`These agencies on the review’s list did not take part in any session, so their views are not represented: ${listAnd(e.notEngaged)}.`)] : []),
  );
  return blocks;
}
