/** The recommendations table and the action plan, which a partnership acts on and tracks; both go on landscape pages. */
import { TextRun } from 'docx';
import { bold, cellText, dataTable, heading, para, paras, tableLead, type Block, type Cell, type Row } from '../blocks.ts';
import { count, listAnd, plural } from '../format.ts';
import type { ActionModel, ReportModel } from '../reportModel.ts';
import { COLOURS, LANDSCAPE_WIDTH } from '../styles.ts';

export function recommendationsSection(model: ReportModel): Block[] {
  const blocks: Block[] = [heading('Recommendations', 1), ...paras(model.wording.recommendationsIntro)];
  if (!model.recommendations.length) return [...blocks, para('No recommendations have been made yet.')];
  const rows: Row[] = model.recommendations.map((r) => ({
    cells: [
      [cellText([bold(count(r.number))])],
      [
        cellText([bold(r.title)]),
        ...r.detail.map((d) => cellText(d)),
        ...(r.findingNumbers.length
          ? [cellText([new TextRun({ text: `Responds to ${r.findingNumbers.length === 1 ? 'finding' : 'findings'} ${listAnd(r.findingNumbers.map(count))}.`, color: COLOURS.secondary })])]
          : []),
      ],
      r.lead,
      r.partners.length ? r.partners.map((p) => cellText(p)) : 'None named',
      r.priorityLabel,
      r.timescaleLabel,
    ],
  }));
  blocks.push(
    tableLead(`The review makes ${plural(model.recommendations.length, 'recommendation')}.`),
    dataTable(
      [
        { header: 'No.', share: 0.05 }, { header: 'Recommendation', share: 0.37 }, { header: 'Lead', share: 0.17 },
        { header: 'Partners', share: 0.22 }, { header: 'Priority', share: 0.08 }, { header: 'Timescale', share: 0.11 },
      ],
      rows,
      LANDSCAPE_WIDTH,
    ),
  );
  return blocks;
}

// GOV.UK tag colours: status is always written in words too, never by colour alone.
const RAG_FILL: Record<ActionModel['rag'], string> = { green: 'CCE2D8', amber: 'FFF7BF', red: 'F4CDC6', none: 'E5E6E7', complete: 'BBD4EA' };

const WIDTHS = [0.48, 0.24, 0.14, 0.14] as const;

function statusCell(action: ActionModel): Cell {
  return { fill: RAG_FILL[action.rag], children: [cellText(action.isOverdue ? [bold(action.status)] : action.status)] };
}

export function actionPlanSection(model: ReportModel): Block[] {
  const blocks: Block[] = [heading('Action plan', 1), ...paras(model.wording.actionPlanIntro)];
  if (!model.actionPlan.length) return [...blocks, para('There is no action plan yet: it follows from the recommendations.')];
  const rows: Row[] = model.actionPlan.flatMap((group): Row[] => [
    {
      group: [
        cellText([bold(`Recommendation ${count(group.number)}: ${group.title}`)], { keepNext: true }),
        ...(group.successMeasure ? [cellText([new TextRun({ text: `Success measure: ${group.successMeasure}`, color: COLOURS.secondary })], { keepNext: true })] : []),
      ],
    },
    ...(group.actions.length
      ? group.actions.map((a) => ({ cells: [a.description, a.owner, a.due, statusCell(a)] }))
      : [{ cells: ['No actions have been agreed for this recommendation yet.', '', '', ''] }]),
  ]);
  const { total, overdue } = model.actions;
  blocks.push(
    tableLead(`The plan holds ${plural(total, 'action')} for ${plural(model.actionPlan.length, 'recommendation')}, with their status at ${model.date}.`
      + (overdue ? ` ${plural(overdue, 'action is', 'actions are')} overdue and marked as such.` : '')),
    dataTable(
      [{ header: 'Action', share: WIDTHS[0] }, { header: 'Owner', share: WIDTHS[1] }, { header: 'Due', share: WIDTHS[2] }, { header: 'Status', share: WIDTHS[3] }],
      rows,
      LANDSCAPE_WIDTH,
    ),
  );
  return blocks;
}

