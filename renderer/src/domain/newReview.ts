/** Creates a new, empty review file from a template: the Scope stage's starting point. */
import type { ProtectiveMarking, ReviewFile, Theme } from './reviewFile.ts';
import type { ReviewTemplate, TemplateTheme } from './template.ts';
import { newId, nowInstant } from './ids.ts';

export interface NewReviewInput {
  title: string;
  area: string;
  commissioner: string;
  protectiveMarking: ProtectiveMarking;
}

/**
 * Template themes with the given keys plus their ancestors (a sub-theme needs its
 * parent), in template order, as review themes with fresh ids.
 */
export function themesFromTemplate(template: ReviewTemplate, keys: readonly string[], makeId: () => string = newId): Theme[] {
  const byKey = new Map(template.themes.map((t) => [t.key, t]));
  const wanted = new Set<string>();
  for (const key of keys) {
    for (let at: TemplateTheme | undefined = byKey.get(key); at && !wanted.has(at.key); at = at.parentKey ? byKey.get(at.parentKey) : undefined) {
      wanted.add(at.key);
    }
  }
  const ids = new Map([...wanted].map((key) => [key, makeId()]));
  const order = new Map<string | undefined, number>();
  return template.themes.filter((t) => wanted.has(t.key)).map((t) => {
    const next = order.get(t.parentKey) ?? 0;
    order.set(t.parentKey, next + 1);
    const parentId = t.parentKey ? ids.get(t.parentKey) : undefined;
    return { id: ids.get(t.key)!, name: t.name, description: t.description, order: next, ...(parentId && { parentId }) };
  });
}

/** A new review at the Scope stage with the template's default themes and no agencies yet. */
export function newReviewFile(template: ReviewTemplate, input: NewReviewInput, makeId: () => string = newId, now = nowInstant()): ReviewFile {
  return {
    format: 'local-review-file',
    version: 1,
    exportedAt: now,
    review: {
      id: makeId(),
      title: input.title.trim(),
      area: input.area.trim(),
      commissioner: input.commissioner.trim(),
      protectiveMarking: input.protectiveMarking,
      stage: 'scope',
      termsOfReference: '',
      reviewers: [],
      templateId: template.id,
      createdAt: now,
      updatedAt: now,
    },
    agencies: [],
    themes: themesFromTemplate(template, template.defaultThemeKeys, makeId),
    engagements: [],
    excerpts: [],
    findings: [],
    recommendations: [],
    actions: [],
  };
}
