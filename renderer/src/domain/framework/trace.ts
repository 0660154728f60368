/**
 * Traceability both ways: activity → recommendations → findings → area, and each area
 * recommendation → the activities that cover it ("covered by activity 3.2"). Activity
 * numbers are positions: priority 3, its second activity.
 */
import { rollUp, type RagRating } from '../rag.ts';
import type { Activity, FrameworkFile, Priority, ReviewRef, ReviewSnapshot, SnapshotFinding, SnapshotRecommendation } from './schema.ts';

const refKey = (ref: ReviewRef) => `${ref.reviewId}/${ref.id}`;

/** "3.2": the activity's number within its priority's. */
export function activityNumber(priorityIndex: number, activityIndex: number): string {
  return `${priorityIndex + 1}.${activityIndex + 1}`;
}

/** An activity covering a recommendation: "3.2" and its id. */
export interface Coverage { number: string; activityId: string }

export interface AreaRecommendation {
  review: ReviewSnapshot;
  recommendation: SnapshotRecommendation;
  lead: string;
  status: RagRating;
  /** Activity numbers that cover it, e.g. ["3.2"]. */
  coveredBy: string[];
  /** The same, with each activity's id. */
  covering: Coverage[];
}

/** Lookups built once for a framework file. */
export class FrameworkIndex {
  readonly reviewById: ReadonlyMap<string, ReviewSnapshot>;
  private readonly findings = new Map<string, SnapshotFinding>();
  private readonly recommendations = new Map<string, SnapshotRecommendation>();
  private readonly coverage = new Map<string, Coverage[]>();

  constructor(readonly file: FrameworkFile) {
    this.reviewById = new Map(file.reviews.map((r) => [r.id, r]));
    for (const r of file.reviews) {
      for (const f of r.findings) this.findings.set(`${r.id}/${f.id}`, f);
      for (const x of r.recommendations) this.recommendations.set(`${r.id}/${x.id}`, x);
    }
    file.priorities.forEach((p, i) => p.activities.forEach((a, j) => {
      for (const ref of a.recommendations) {
        const list = this.coverage.get(refKey(ref)) ?? [];
        list.push({ number: activityNumber(i, j), activityId: a.id });
        this.coverage.set(refKey(ref), list);
      }
    }));
  }

  finding(ref: ReviewRef): SnapshotFinding | undefined {
    return this.findings.get(refKey(ref));
  }

  recommendation(ref: ReviewRef): SnapshotRecommendation | undefined {
    return this.recommendations.get(refKey(ref));
  }

  /** The activity numbers covering a recommendation. */
  coveredBy(ref: ReviewRef): string[] {
    return this.coveringActivities(ref).map((c) => c.number);
  }

  /** The activities covering a recommendation, by number and id (so the screen can link to each). */
  coveringActivities(ref: ReviewRef): Coverage[] {
    return this.coverage.get(refKey(ref)) ?? [];
  }

  agencyName(review: ReviewSnapshot, agencyId: string): string {
    return review.agencies.find((a) => a.id === agencyId)?.name ?? 'Unknown agency';
  }
}

/** Every area recommendation with its area, lead, status (its actions rolled up) and covering activities. */
export function areaRecommendations(index: FrameworkIndex, today: string): AreaRecommendation[] {
  return index.file.reviews.flatMap((review) => {
    const actions = new Map<string, ReviewSnapshot['actions']>();
    for (const a of review.actions) actions.set(a.recommendationId, [...(actions.get(a.recommendationId) ?? []), a]);
    return [...review.recommendations].sort((a, b) => a.number - b.number).map((recommendation) => ({
      review,
      recommendation,
      lead: index.agencyName(review, recommendation.leadAgencyId),
      status: rollUp(actions.get(recommendation.id) ?? [], today).overall,
      coveredBy: index.coveredBy({ reviewId: review.id, id: recommendation.id }),
      covering: index.coveringActivities({ reviewId: review.id, id: recommendation.id }),
    }));
  });
}

export interface ActivityTrace {
  number: string;
  activity: Activity;
  priority: Priority;
  recommendations: Array<{ review: ReviewSnapshot; recommendation: SnapshotRecommendation; findings: SnapshotFinding[] }>;
}

/** Activity → recommendations → findings → area, for every activity in order. */
export function activityTraces(index: FrameworkIndex): ActivityTrace[] {
  return index.file.priorities.flatMap((priority, i) => priority.activities.map((activity, j) => ({
    number: activityNumber(i, j),
    activity,
    priority,
    recommendations: activity.recommendations.flatMap((ref) => {
      const review = index.reviewById.get(ref.reviewId);
      const recommendation = index.recommendation(ref);
      if (!review || !recommendation) return [];
      const findings = recommendation.findingIds.flatMap((id) => index.finding({ reviewId: review.id, id }) ?? []);
      return [{ review, recommendation, findings }];
    }),
  })));
}

export interface Contribution {
  review: ReviewSnapshot;
  findings: number;
  recommendations: number;
  /** Its findings grouped into framework issues. */
  findingsInIssues: number;
  /** Its recommendations listed under a priority or covered by an activity. */
  recommendationsUsed: number;
}

/** What each included review contributed to the framework. */
export function contributions(index: FrameworkIndex): Contribution[] {
  const inIssues = new Set(index.file.issues.flatMap((x) => x.findings.map(refKey)));
  const used = new Set(index.file.priorities.flatMap((p) => [...p.recommendations, ...p.activities.flatMap((a) => a.recommendations)].map(refKey)));
  return index.file.reviews.map((review) => ({
    review,
    findings: review.findings.length,
    recommendations: review.recommendations.length,
    findingsInIssues: review.findings.filter((f) => inIssues.has(`${review.id}/${f.id}`)).length,
    recommendationsUsed: review.recommendations.filter((r) => used.has(`${review.id}/${r.id}`)).length,
  }));
}

/** The highest protective marking of the included reviews: the framework carries it. */
export function highestMarking(file: Pick<FrameworkFile, 'reviews'>): ReviewSnapshot['protectiveMarking'] {
  return file.reviews.some((r) => r.protectiveMarking === 'OFFICIAL-SENSITIVE') ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL';
}
