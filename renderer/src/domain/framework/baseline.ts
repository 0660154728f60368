/**
 * Re-review: a new review of an area can start from its previous one. The previous
 * recommendations and their actions' statuses become the new review's baseline, which the
 * report's "Progress since the last review" section reads. Only titles, priorities, lead
 * agencies and statuses are kept: never notes, passages or update notes.
 */
import { newId } from '../ids.ts';
import { nameRedactor } from '../reviewerNames.ts';
import type { Baseline, ReviewFile } from '../reviewFile.ts';

export function baselineOf(previous: ReviewFile, takenAt: string): Baseline {
  const clean = nameRedactor(previous.review.reviewers.map((r) => r.name));
  const agency = new Map(previous.agencies.map((a) => [a.id, a.name]));
  return {
    reviewId: previous.review.id,
    title: clean(previous.review.title),
    area: clean(previous.review.area),
    ...(previous.review.endDate && { endDate: previous.review.endDate }),
    takenAt,
    recommendations: [...previous.recommendations].sort((a, b) => a.number - b.number).map((r) => ({
      number: r.number,
      title: clean(r.title),
      priority: r.priority,
      lead: agency.get(r.leadAgencyId) ?? '',
      actions: previous.actions.filter((a) => a.recommendationId === r.id).map((a) => ({
        description: clean(a.description), status: a.status, ...(a.dueDate && { dueDate: a.dueDate }),
      })),
    })),
  };
}

/**
 * A new review of the same area, ready for its scope: the previous review's agencies and
 * themes (under new ids), its terms and definition, and the baseline; no engagements,
 * findings or recommendations yet.
 */
export function reReviewOf(previous: ReviewFile, title: string, now: string): ReviewFile {
  const ids = new Map<string, string>();
  const remap = (id: string) => { let next = ids.get(id); if (!next) { next = newId(); ids.set(id, next); } return next; };
  const { review } = previous;
  return {
    format: 'local-review-file',
    version: 1,
    exportedAt: now,
    review: {
      id: newId(), title, area: review.area, commissioner: review.commissioner, protectiveMarking: review.protectiveMarking, stage: 'scope',
      termsOfReference: review.termsOfReference, ...(review.localDefinition !== undefined && { localDefinition: review.localDefinition }),
      baseline: baselineOf(previous, now), reviewers: [], templateId: review.templateId, createdAt: now, updatedAt: now,
    },
    agencies: previous.agencies.map((a) => ({ ...a, id: remap(a.id) })),
    themes: previous.themes.map((t) => ({ ...t, id: remap(t.id), ...(t.parentId && { parentId: remap(t.parentId) }) })),
    engagements: [], excerpts: [], findings: [], recommendations: [], actions: [],
  };
}
