/** The template a review was created from, if it is still installed. */
import type { ReviewTemplate } from '../../domain/template.ts';
import { loadTemplates } from '../../templates/loadTemplates.ts';

export function templateFor(templateId: string): ReviewTemplate | undefined {
  return loadTemplates().templates.find((t) => t.id === templateId);
}
