/** The sheets a partnership acts on: findings with their strength of evidence, recommendations and the action plan. */
import { strengthOfEvidence, evidenceIndex } from '../../domain/evidence.ts';
import { isOverdue, ragOf, rollUp } from '../../domain/rag.ts';
import type { Action } from '../../domain/reviewFile.ts';
import type { CellValue } from './cellText.ts';
import { cellDate, dateInWords, type WorkbookContext } from './context.ts';
import { FINDING_KIND_LABELS, PRIORITY_LABELS, TIMESCALE_LABELS } from '../../domain/labels.ts';
import type { DataSheet } from './sheetWriter.ts';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export function findingsSheet(ctx: WorkbookContext): DataSheet {
  const index = evidenceIndex(ctx.file);
  return {
    name: 'Findings',
    table: 'tblFindings',
    columns: [
      { header: 'Ref', width: 7, kind: 'label' },
      { header: 'Theme', width: 24 },
      { header: 'Kind', width: 15 },
      { header: 'Finding', width: 40 },
      { header: 'Detail', width: 60 },
      { header: 'Passages', width: 10, kind: 'number' },
      { header: 'Engagements', width: 13, kind: 'number' },
      { header: 'Agencies heard', width: 10, kind: 'number' },
      { header: 'Sectors heard', width: 9, kind: 'number' },
      { header: 'Not attributed', width: 10, kind: 'number' },
      { header: 'Single voice', width: 9, kind: 'label' },
      { header: 'Answered by recommendations', width: 17 },
    ],
    rows: ctx.findings.map((f): CellValue[] => {
      const strength = strengthOfEvidence(f, index);
      return [
        ctx.findingRef.get(f.id)!,
        ctx.themeName.get(f.themeId) ?? '',
        FINDING_KIND_LABELS[f.kind],
        f.title,
        f.detail,
        strength.excerpts,
        strength.engagements,
        strength.agencies,
        strength.sectors,
        strength.unattributed,
        yesNo(strength.isSingleVoice),
        // "None" rather than a blank, so a filter finds the findings no recommendation answers yet.
        ctx.answeredBy.get(f.id)?.join(', ') ?? 'None',
      ];
    }),
  };
}

function actionsByRecommendation(actions: readonly Action[]): Map<string, Action[]> {
  const out = new Map<string, Action[]>();
  for (const a of actions) {
    const list = out.get(a.recommendationId);
    if (list) list.push(a);
    else out.set(a.recommendationId, [a]);
  }
  return out;
}

export function recommendationsSheet(ctx: WorkbookContext): DataSheet {
  const findingTitle = new Map(ctx.file.findings.map((f) => [f.id, f.title]));
  const actions = actionsByRecommendation(ctx.file.actions);
  return {
    name: 'Recommendations',
    table: 'tblRecommendations',
    columns: [
      { header: 'No.', width: 6, kind: 'number' },
      { header: 'Recommendation', width: 36 },
      { header: 'Detail', width: 52 },
      { header: 'Findings answered', width: 36 },
      { header: 'Lead', width: 28 },
      { header: 'Partners', width: 32 },
      { header: 'Priority', width: 10, kind: 'label' },
      { header: 'Timescale', width: 15 },
      { header: 'Success measure', width: 40 },
      { header: 'Actions', width: 9, kind: 'number' },
      { header: 'Overdue actions', width: 10, kind: 'number' },
      { header: 'Progress', width: 13, kind: 'label' },
    ],
    rows: ctx.recommendations.map((r): CellValue[] => {
      const progress = rollUp(actions.get(r.id) ?? [], ctx.today);
      const answered = [...new Set(r.findingIds)]
        .filter((id) => ctx.findingRef.has(id))
        .sort((a, b) => Number(ctx.findingRef.get(a)!.slice(1)) - Number(ctx.findingRef.get(b)!.slice(1)))
        .map((id) => `${ctx.findingRef.get(id)} ${findingTitle.get(id)}`);
      return [
        r.number,
        r.title,
        r.detail,
        answered.join('\n'),
        ctx.agencyName.get(r.leadAgencyId) ?? '',
        r.partnerAgencyIds.map((id) => ctx.agencyName.get(id) ?? '').join('\n'),
        PRIORITY_LABELS[r.priority],
        TIMESCALE_LABELS[r.timescale],
        r.successMeasure ?? '',
        progress.total,
        progress.overdue,
        progress.overall.label,
      ];
    }),
  };
}

export function actionPlanSheet(ctx: WorkbookContext): DataSheet {
  const actions = actionsByRecommendation(ctx.file.actions);
  const rows = ctx.recommendations.flatMap((r) => (actions.get(r.id) ?? []).map((a): CellValue[] => {
    const latest = a.updates[a.updates.length - 1];
    return [
      r.number,
      r.title,
      a.description,
      ctx.agencyName.get(a.ownerAgencyId) ?? '',
      a.dueDate ? cellDate(a.dueDate) : null,
      ragOf(a.status).label,
      yesNo(isOverdue(a, ctx.today)),
      latest?.note ?? '',
      latest ? cellDate(latest.date) : null,
      a.updates.map((u) => `${dateInWords(u.date)} (${ragOf(u.status).label}): ${u.note}`).join('\n'),
    ];
  }));
  return {
    name: 'Action plan',
    table: 'tblActionPlan',
    columns: [
      { header: 'Rec. no.', width: 7, kind: 'number' },
      { header: 'Recommendation', width: 30 },
      { header: 'Action', width: 48 },
      { header: 'Owner', width: 28 },
      { header: 'Due date', width: 12, kind: 'date' },
      { header: 'Status', width: 13, kind: 'label' },
      { header: 'Overdue at export', width: 10, kind: 'label' },
      { header: 'Latest update', width: 44 },
      { header: 'Latest update on', width: 12, kind: 'date' },
      { header: 'Update history', width: 60 },
    ],
    rows,
  };
}
