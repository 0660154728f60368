/**
 * What a framework keeps of a review: the parts a county framework may show, taken once
 * when the review is included. Notes, passages, quotes, action updates and the review
 * team are left behind, and reviewers' names typed into any kept text are replaced.
 */
import { strengthForAll } from '../evidence.ts';
import { nameRedactor } from '../reviewerNames.ts';
import type { ReviewFile } from '../reviewFile.ts';
import type { ReviewSnapshot } from './schema.ts';

export function snapshotOfReview(file: ReviewFile, takenAt: string): ReviewSnapshot {
  const clean = nameRedactor(file.review.reviewers.map((r) => r.name));
  const strength = strengthForAll(file);
  const { review } = file;
  return {
    id: review.id,
    title: clean(review.title),
    area: clean(review.area),
    commissioner: clean(review.commissioner),
    protectiveMarking: review.protectiveMarking,
    ...(review.startDate && { startDate: review.startDate }),
    ...(review.endDate && { endDate: review.endDate }),
    templateId: review.templateId,
    ...(review.localDefinition?.trim() && { localDefinition: clean(review.localDefinition) }),
    takenAt,
    agencies: file.agencies.map((a) => ({ id: a.id, name: a.name, sector: a.sector })),
    themes: file.themes.map((t) => ({ id: t.id, name: t.name, order: t.order, ...(t.parentId && { parentId: t.parentId }) })),
    findings: file.findings.map((f) => {
      const s = strength.get(f.id)!;
      return {
        id: f.id, themeId: f.themeId, kind: f.kind, title: clean(f.title), detail: clean(f.detail),
        strength: { passages: s.excerpts, engagements: s.engagements, agencies: s.agencies, sectors: s.sectors },
        ...(f.frameworkMappings?.length && { frameworkMappings: f.frameworkMappings.map((m) => ({ ...m })) }),
      };
    }),
    recommendations: file.recommendations.map((r) => ({
      id: r.id, number: r.number, title: clean(r.title), detail: clean(r.detail), findingIds: [...r.findingIds],
      leadAgencyId: r.leadAgencyId, partnerAgencyIds: [...r.partnerAgencyIds], priority: r.priority, timescale: r.timescale,
      ...(r.successMeasure !== undefined && { successMeasure: clean(r.successMeasure) }),
    })),
    actions: file.actions.map((a) => ({
      id: a.id, recommendationId: a.recommendationId, description: clean(a.description), ownerAgencyId: a.ownerAgencyId, status: a.status,
      ...(a.dueDate && { dueDate: a.dueDate }),
    })),
  };
}
