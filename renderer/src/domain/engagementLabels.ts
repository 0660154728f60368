/** Words for the kinds of engagement, in UK English, for screens and documents. */
import type { Engagement } from './reviewFile.ts';

export type EngagementKind = Engagement['kind'];

export const ENGAGEMENT_KIND_LABELS: Record<EngagementKind, string> = {
  interview: 'Interview',
  'focus-group': 'Focus group',
  workshop: 'Workshop',
  survey: 'Survey',
  'document-review': 'Document review',
  observation: 'Observation',
  'young-people': 'Session with young people',
};

/** The words for an engagement in a sentence, e.g. "the workshop “Head teachers”". */
export function describeEngagement(engagement: Pick<Engagement, 'kind' | 'title'>): string {
  const kind = ENGAGEMENT_KIND_LABELS[engagement.kind].toLowerCase();
  return engagement.title.trim() ? `the ${kind} “${engagement.title.trim()}”` : `the untitled ${kind}`;
}

/** A title to show in lists; an untitled engagement is named by its kind. */
export function engagementTitle(engagement: Pick<Engagement, 'kind' | 'title'>): string {
  return engagement.title.trim() || `Untitled ${ENGAGEMENT_KIND_LABELS[engagement.kind].toLowerCase()}`;
}
