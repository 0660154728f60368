/** Which template themes a review lacks, and how to add them with their parents. */
import type { Theme } from './reviewFile.ts';
import type { ReviewTemplate, TemplateTheme } from './template.ts';

const key = (name: string) => name.trim().toLowerCase();

/** Template themes whose names are not yet among the review's themes, in template order. */
export function missingTemplateThemes(template: ReviewTemplate, themes: readonly Theme[]): TemplateTheme[] {
  const have = new Set(themes.map((t) => key(t.name)));
  return template.themes.filter((t) => !have.has(key(t.name)));
}

export interface ThemeToAdd {
  ref: string;
  name: string;
  description: string;
  /** A ref from the same batch or an existing theme's id. */
  parent?: string;
}

/**
 * The additions for the chosen template keys, parents first. A parent already in the
 * review (matched by name) is reused; a missing parent is added too, so no sub-theme is
 * ever orphaned.
 */
export function themesToAdd(template: ReviewTemplate, themes: readonly Theme[], chosenKeys: ReadonlySet<string>): ThemeToAdd[] {
  const byKey = new Map(template.themes.map((t) => [t.key, t]));
  const existing = new Map(themes.map((t) => [key(t.name), t.id]));
  const wanted = new Set<string>();
  for (const chosen of chosenKeys) {
    for (let at = byKey.get(chosen); at && !existing.has(key(at.name)); at = at.parentKey ? byKey.get(at.parentKey) : undefined) wanted.add(at.key);
  }
  return template.themes.filter((t) => wanted.has(t.key)).map((t) => {
    const parentTheme = t.parentKey ? byKey.get(t.parentKey) : undefined;
    const parent = parentTheme ? (existing.get(key(parentTheme.name)) ?? parentTheme.key) : undefined;
    return { ref: t.key, name: t.name, description: t.description, ...(parent && { parent }) };
  });
}
