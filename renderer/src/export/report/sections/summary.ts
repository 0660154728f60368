/**
 * The executive summary. It opens with the reviewer's own summary where they wrote one
 * (review.summary), and otherwise with a paragraph written from the figures; the most
 * widely evidenced findings and the highest-priority recommendations follow either way.
 */
import { TextRun } from 'docx';
import { bold, bullet, heading, para, paras, type Block } from '../blocks.ts';
import { count, listAnd, longDate, plural } from '../format.ts';
import { FINDING_KIND_LABELS, FINDING_KIND_ORDER } from '../labels.ts';
import type { FindingModel, RecommendationModel, ReportModel } from '../reportModel.ts';

const KEY_FINDINGS = 6;
const KEY_RECOMMENDATIONS = 6;

/** The findings heard most widely: most sectors, then sessions, then passages; shown in report order. */
export function keyFindings(findings: readonly FindingModel[], limit = KEY_FINDINGS): FindingModel[] {
  const by = (f: FindingModel) => [f.strength.sectors, f.strength.engagements, f.strength.excerpts];
  return [...findings]
    .sort((a, b) => {
      const [x, y] = [by(a), by(b)];
      return (y[0]! - x[0]!) || (y[1]! - x[1]!) || (y[2]! - x[2]!) || a.number - b.number;
    })
    .slice(0, limit)
    .sort((a, b) => a.number - b.number);
}

/** "heard in 3 sessions, from 2 sectors": only the sectors of the people speaking count. */
function heardIn(f: FindingModel): string {
  const sessions = `heard in ${plural(f.strength.engagements, 'session')}`;
  return f.strength.sectors === 0 ? `${sessions} (the speakers’ agencies were not recorded)` : `${sessions}, from ${plural(f.strength.sectors, 'sector')}`;
}

/** The recommendations of the highest priority there is, in number order. */
export function topRecommendations(recommendations: readonly RecommendationModel[]): RecommendationModel[] {
  const top = (['high', 'medium', 'low'] as const).find((p) => recommendations.some((r) => r.priority === p));
  return recommendations.filter((r) => r.priority === top);
}

function findingCounts(findings: readonly FindingModel[]): string {
  return listAnd(FINDING_KIND_ORDER.flatMap((kind) => {
    const n = findings.filter((f) => f.kind === kind).length;
    const label = FINDING_KIND_LABELS[kind];
    return n ? [`${count(n)} ${(n === 1 ? label.one : label.many).toLowerCase()}`] : [];
  }));
}

export function executiveSummary(model: ReportModel): Block[] {
  const { engagement: e, findings, recommendations } = model;
  const when = !e.firstDate || !e.lastDate ? 'The'
    : e.firstDate === e.lastDate ? `On ${longDate(e.firstDate)}, the` : `Between ${longDate(e.firstDate)} and ${longDate(e.lastDate)}, the`;
  const heard = e.sessions
    ? `${when} review team held ${plural(e.sessions, 'session')} with ${plural(e.participants, 'participant')} from ${plural(e.agenciesEngaged, 'agency', 'agencies')} in ${model.area}.`
    : `No engagement sessions have been recorded for this review yet.`;
  const subject = e.sessions ? 'It' : 'The review';
  const drew = findings.length
    ? ` ${subject} drew ${plural(findings.length, 'finding')} (${findingCounts(findings)})`
    : ` ${subject} has not yet drawn any findings`;
  const priorities = (['high', 'medium', 'low'] as const).flatMap((p) => {
    const n = recommendations.filter((r) => r.priority === p).length;
    return n ? [`${count(n)} ${p} priority`] : [];
  });
  const makes = recommendations.length
    ? ` and makes ${plural(recommendations.length, 'recommendation')} (${listAnd(priorities)}).`
    : ' and makes no recommendations yet.';
  const blocks: Block[] = [heading('Executive summary', 1), ...(model.summary.length ? paras(model.summary) : [para(heard + drew + makes)])];

  if (findings.length) {
    const key = keyFindings(findings);
    blocks.push(
      heading('Key findings', 2),
      para(key.length < findings.length
        ? `These are the ${plural(key.length, 'finding')} heard most widely across the partnership. Every finding is set out in full, by theme, later in this report.`
        : 'The findings are set out in full, by theme, later in this report.', { keepNext: true }),
      ...key.map((f) => bullet([bold(`${f.title}. `), new TextRun(`${f.kindLabel} (finding ${f.number}): ${heardIn(f)}.`)])),
    );
  }
  const top = topRecommendations(recommendations);
  if (top.length) {
    const shown = top.slice(0, KEY_RECOMMENDATIONS);
    const priority = top[0]!.priorityLabel.toLowerCase();
    blocks.push(
      heading(`${top[0]!.priorityLabel}-priority recommendations`, 2),
      para(shown.length < top.length
        ? `The first ${count(shown.length)} of the ${plural(top.length, `${priority}-priority recommendation`)} are:`
        : `The ${top.length === 1 ? `${priority}-priority recommendation is` : `${priority}-priority recommendations are`}:`, { keepNext: true }),
      ...shown.map((r) => bullet([bold(`Recommendation ${r.number}: ${r.title}. `), new TextRun(`Led by ${r.lead}; ${r.timescaleLabel.toLowerCase()}.`)])),
    );
  }
  if (model.actions.total) {
    const { counts, overdue, total } = model.actions;
    const parts = [
      counts.complete && `${count(counts.complete)} complete`,
      counts['on-track'] && `${count(counts['on-track'])} on track`,
      counts['at-risk'] && `${count(counts['at-risk'])} at risk`,
      counts['off-track'] && `${count(counts['off-track'])} off track`,
      counts['not-started'] && `${count(counts['not-started'])} not started`,
    ].filter((p): p is string => typeof p === 'string');
    blocks.push(
      heading('Progress on the action plan', 2),
      para(`At ${model.date}, the action plan holds ${plural(total, 'action')}: ${listAnd(parts)}.`
        + (overdue ? ` ${plural(overdue, 'action is', 'actions are')} past ${overdue === 1 ? 'its' : 'their'} due date.` : '')),
    );
  }
  return blocks;
}
