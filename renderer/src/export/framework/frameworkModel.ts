/**
 * Everything the framework's Word document and workbook show, worked out once from the
 * framework file: the areas, the matrix, issues side by side, priorities with their area
 * recommendations and activities, the action plan and traceability. Text is made safe
 * for XML here (oneLine / paragraphsOf), so the sections only lay it out.
 */
import {
  activityTraces, areaRecommendations, contributions, describeCell, FrameworkIndex, frameworkMatrix, highestMarking,
  type FrameworkFile, type FrameworkMatrix, type ReviewSnapshot,
} from '../../domain/framework/index.ts';
import { describeMapping } from '../../domain/framework/headings.ts';
import { FINDING_KIND_LABELS, PRIORITY_LABELS, TIMESCALE_LABELS } from '../../domain/labels.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import type { FrameworkPack } from '../../domain/template.ts';
import { count, listAnd, longDate, oneLine, paragraphsOf, plural } from '../report/format.ts';

export interface AreaRecommendationRow {
  area: string;
  number: number;
  title: string;
  priority: string;
  lead: string;
  status: string;
  timescale: string;
  coveredBy: string;
}

export interface ActivityRow {
  number: string;
  priority: string;
  title: string;
  detail: string[];
  lead: string;
  supporting: string;
  timescale: string;
  measures: string;
  answers: string;
}

export interface FrameworkModel {
  title: string;
  region: string;
  marking: ReviewSnapshot['protectiveMarking'];
  date: string;
  version: string;
  areas: Array<{ area: string; title: string; commissioner: string; period: string; marking: string; taken: string; findings: number; recommendations: number; changed: boolean }>;
  foreword: string[];
  governance: string[];
  principles: string[];
  definition: string[];
  localDefinitions: Array<{ area: string; definition: string }>;
  crossBorder: string[];
  monitoring: string[];
  partners: Array<{ name: string; sector: string; role: string }>;
  matrix: FrameworkMatrix;
  /** Cells of the matrix in words, row by row. */
  matrixText: string[][];
  differentTemplates: string[];
  /** Each framework issue area by area: how many findings, and the first few of them. */
  issues: Array<{ title: string; kind: string; rows: Array<{ area: string; findings: number; titles: string[]; strength: string }> }>;
  priorities: Array<{
    number: number;
    title: string;
    detail: string[];
    headings: string[];
    recommendations: AreaRecommendationRow[];
    activities: ActivityRow[];
  }>;
  activities: ActivityRow[];
  allRecommendations: AreaRecommendationRow[];
  traces: Array<{ activity: string; rows: Array<{ area: string; recommendation: string; findings: string }> }>;
  contributions: Array<{ area: string; findings: number; findingsInIssues: number; recommendations: number; recommendationsUsed: number }>;
}

/** Findings named per area in an issue; the rest are counted. */
const ISSUE_TITLES = 3;

const periodOf = (r: Pick<ReviewSnapshot, 'startDate' | 'endDate'>) =>
  r.startDate && r.endDate ? `${longDate(r.startDate)} to ${longDate(r.endDate)}` : r.startDate ? `From ${longDate(r.startDate)}` : 'Not recorded';

function strengthText(s: ReviewSnapshot['findings'][number]['strength']): string {
  return `${plural(s.passages, 'passage')} from ${plural(s.engagements, 'engagement')}; heard from ${plural(s.agencies, 'agency', 'agencies')} in ${plural(s.sectors, 'sector')}`;
}

export function buildFrameworkModel(file: FrameworkFile, reviews: readonly ReviewFile[], options: { today: string; version: string; packs: readonly FrameworkPack[] }): FrameworkModel {
  const { framework } = file;
  const index = new FrameworkIndex(file);
  const matrix = frameworkMatrix(file);
  const recs = areaRecommendations(index, options.today);
  const current = new Map(reviews.map((r) => [r.review.id, r.review.updatedAt]));
  const partnerName = new Map(framework.partners.map((p) => [p.id, oneLine(p.name)]));
  const recRow = (r: (typeof recs)[number]): AreaRecommendationRow => ({
    area: oneLine(r.review.area),
    number: r.recommendation.number,
    title: oneLine(r.recommendation.title) || `Recommendation ${r.recommendation.number}`,
    priority: PRIORITY_LABELS[r.recommendation.priority],
    lead: oneLine(r.lead),
    status: r.status.label,
    timescale: TIMESCALE_LABELS[r.recommendation.timescale],
    coveredBy: r.coveredBy.length ? r.coveredBy.map((n) => `Activity ${n}`).join(', ') : 'Not yet covered',
  });
  const recByKey = new Map(recs.map((r) => [`${r.review.id}/${r.recommendation.id}`, r]));
  const refLabel = (ref: { reviewId: string; id: string }) => {
    const r = recByKey.get(`${ref.reviewId}/${ref.id}`);
    return r ? `${oneLine(r.review.area)} R${r.recommendation.number}` : '';
  };
  const priorities = file.priorities.map((p, i) => {
    const activities: ActivityRow[] = p.activities.map((a, j) => ({
      number: `${i + 1}.${j + 1}`,
      priority: `${i + 1}. ${oneLine(p.title)}`,
      title: oneLine(a.title),
      detail: paragraphsOf(a.detail),
      lead: a.leadPartnerId ? partnerName.get(a.leadPartnerId) ?? '' : 'Not yet agreed',
      supporting: a.supportingPartnerIds.map((id) => partnerName.get(id) ?? '').filter(Boolean).join(', ') || 'None named',
      timescale: TIMESCALE_LABELS[a.timescale],
      measures: oneLine(a.measures) || 'Not yet agreed',
      answers: a.recommendations.map(refLabel).filter(Boolean).join(', ') || 'None linked',
    }));
    return {
      number: i + 1,
      title: oneLine(p.title),
      detail: paragraphsOf(p.detail),
      headings: p.headings.map((h) => oneLine(describeMapping(options.packs, h))),
      recommendations: p.recommendations.flatMap((ref) => {
        const r = recByKey.get(`${ref.reviewId}/${ref.id}`);
        return r ? [recRow(r)] : [];
      }),
      activities,
    };
  });
  return {
    title: oneLine(framework.title),
    region: oneLine(framework.region),
    marking: highestMarking(file),
    date: longDate(options.today),
    version: oneLine(options.version),
    areas: file.reviews.map((r) => ({
      area: oneLine(r.area),
      title: oneLine(r.title),
      commissioner: oneLine(r.commissioner),
      period: periodOf(r),
      marking: r.protectiveMarking,
      taken: longDate(r.takenAt.slice(0, 10)),
      findings: r.findings.length,
      recommendations: r.recommendations.length,
      changed: (current.get(r.id) ?? '') > r.takenAt,
    })),
    foreword: paragraphsOf(framework.foreword),
    governance: paragraphsOf(framework.governance),
    principles: framework.principles.map(oneLine).filter(Boolean),
    definition: paragraphsOf(framework.definition),
    localDefinitions: file.reviews.flatMap((r) => (r.localDefinition ? [{ area: oneLine(r.area), definition: oneLine(r.localDefinition) }] : [])),
    crossBorder: paragraphsOf(framework.crossBorder),
    monitoring: paragraphsOf(framework.monitoring),
    partners: framework.partners.map((p) => ({ name: oneLine(p.name), sector: p.sector, role: oneLine(p.role) })),
    matrix: { areas: matrix.areas.map((a) => ({ ...a, area: oneLine(a.area) })), rows: matrix.rows.map((r) => ({ ...r, theme: oneLine(r.theme) })) },
    matrixText: matrix.rows.map((r) => r.cells.map(describeCell)),
    differentTemplates: file.reviews.filter((r) => r.templateId !== file.reviews[0]?.templateId).map((r) => oneLine(r.area)),
    issues: file.issues.map((issue) => ({
      title: oneLine(issue.title),
      kind: FINDING_KIND_LABELS[issue.kind],
      rows: file.reviews.flatMap((review) => {
        const findings = issue.findings.filter((ref) => ref.reviewId === review.id).flatMap((ref) => index.finding(ref) ?? []);
        if (!findings.length) return [];
        // The strongest evidence first: a board reads the first few, the workbook has the rest.
        const sorted = [...findings].sort((a, b) => b.strength.passages - a.strength.passages);
        const strongest = sorted[0]!.strength;
        return [{
          area: oneLine(review.area),
          findings: findings.length,
          titles: sorted.slice(0, ISSUE_TITLES).map((f) => oneLine(f.title) || oneLine(f.detail)),
          strength: `Strongest: ${strengthText(strongest)}`,
        }];
      }),
    })),
    priorities,
    activities: priorities.flatMap((p) => p.activities),
    allRecommendations: recs.map(recRow),
    traces: activityTraces(index).map((t) => ({
      activity: `${t.number} ${oneLine(t.activity.title)}`,
      rows: t.recommendations.map((r) => ({
        area: oneLine(r.review.area),
        recommendation: `R${r.recommendation.number} ${oneLine(r.recommendation.title)}`,
        findings: r.findings.map((f) => oneLine(f.title)).join('; ') || 'No findings linked',
      })),
    })),
    contributions: contributions(index).map((c) => ({
      area: oneLine(c.review.area), findings: c.findings, findingsInIssues: c.findingsInIssues, recommendations: c.recommendations, recommendationsUsed: c.recommendationsUsed,
    })),
  };
}

/** "Sallowmere, Eastmoor and Harrowfield". */
export const areaList = (model: Pick<FrameworkModel, 'areas'>) => listAnd(model.areas.map((a) => a.area));
export { count };
