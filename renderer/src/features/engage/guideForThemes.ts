/**
 * The template's question guide and workshop prompts for the review's own themes. A
 * review's themes are copies of template themes (the reviewer may add or rename), so they
 * are matched by name, ignoring case and surrounding spaces.
 */
import type { Theme } from '../../domain/reviewFile.ts';
import type { ReviewTemplate } from '../../domain/template.ts';
import { themeTree } from '../../domain/themeOrder.ts';

export interface ThemeGuide {
  themeId: string;
  name: string;
  questions: readonly string[];
  prompts: readonly string[];
}

const key = (name: string) => name.trim().toLowerCase();

/** One entry per review theme with guidance, in the theme tree's order. */
export function guideForThemes(template: ReviewTemplate | undefined, themes: readonly Theme[]): ThemeGuide[] {
  if (!template) return [];
  const keyByName = new Map(template.themes.map((t) => [key(t.name), t.key]));
  const questions = new Map(template.questionGuide.map((q) => [q.themeKey, q.questions]));
  const prompts = new Map(template.workshopPrompts.map((w) => [w.themeKey, w.prompts]));
  return themeTree(themes).flatMap(({ theme }) => {
    const themeKey = keyByName.get(key(theme.name));
    if (!themeKey) return [];
    const guide = { themeId: theme.id, name: theme.name, questions: questions.get(themeKey) ?? [], prompts: prompts.get(themeKey) ?? [] };
    return guide.questions.length || guide.prompts.length ? [guide] : [];
  });
}
