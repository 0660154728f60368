/**
 * Copies of a review: every identifier replaced by a fresh one and every reference
 * remapped, so a copy can sit beside its original without sharing a single row.
 */
import type { ReviewFile } from './reviewFile.ts';
import { newId } from './ids.ts';

/** Returns a deep copy of `file` with fresh ids throughout and references remapped. */
export function withFreshIds(file: ReviewFile, makeId: () => string = newId): ReviewFile {
  const map = new Map<string, string>();
  const fresh = (id: string): string => {
    let next = map.get(id);
    if (!next) {
      next = makeId();
      map.set(id, next);
    }
    return next;
  };
  const ref = (id: string) => fresh(id);
  const refs = (ids: readonly string[]) => ids.map(ref);
  return {
    ...file,
    review: { ...file.review, id: fresh(file.review.id), reviewers: file.review.reviewers.map((r) => ({ ...r, id: fresh(r.id) })) },
    agencies: file.agencies.map((a) => ({ ...a, id: fresh(a.id) })),
    themes: file.themes.map((t) => ({ ...t, id: fresh(t.id), ...(t.parentId !== undefined && { parentId: ref(t.parentId) }) })),
    engagements: file.engagements.map((e) => ({
      ...e, id: fresh(e.id), agencyIds: refs(e.agencyIds), roles: [...e.roles], reviewerIds: refs(e.reviewerIds),
    })),
    excerpts: file.excerpts.map((x) => ({
      ...x, id: fresh(x.id), engagementId: ref(x.engagementId), themeIds: refs(x.themeIds), ...(x.agencyId !== undefined && { agencyId: ref(x.agencyId) }),
    })),
    findings: file.findings.map((f) => ({ ...f, id: fresh(f.id), themeId: ref(f.themeId), excerptIds: refs(f.excerptIds) })),
    recommendations: file.recommendations.map((r) => ({
      ...r, id: fresh(r.id), findingIds: refs(r.findingIds), leadAgencyId: ref(r.leadAgencyId), partnerAgencyIds: refs(r.partnerAgencyIds),
    })),
    actions: file.actions.map((a) => ({
      ...a, id: fresh(a.id), recommendationId: ref(a.recommendationId), ownerAgencyId: ref(a.ownerAgencyId), updates: a.updates.map((u) => ({ ...u })),
    })),
    // A network's own id is fresh; the ids inside it are the reviewer's and stay as they are.
    ...(file.networks && { networks: file.networks.map((n) => structuredClone({ ...n, id: fresh(n.id) })) }),
  };
}

/** Removes keys whose value is undefined, so stored rows and exported JSON agree exactly. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
