/** Words for the enums that appear in the Word report, in UK English. */
import type { Engagement, Finding } from '../../domain/reviewFile.ts';

export { PRIORITY_LABELS, TIMESCALE_LABELS } from '../../domain/labels.ts';

type FindingKind = Finding['kind'];

/** Findings of each kind are shown in this order within a theme: strengths first. */
export const FINDING_KIND_ORDER: readonly FindingKind[] = ['good-practice', 'gap', 'barrier', 'communication', 'issue'];

export const FINDING_KIND_LABELS: Record<FindingKind, { one: string; many: string }> = {
  'good-practice': { one: 'Good practice', many: 'Good practice' },
  gap: { one: 'Gap', many: 'Gaps' },
  barrier: { one: 'Barrier', many: 'Barriers' },
  communication: { one: 'Communication issue', many: 'Communication issues' },
  issue: { one: 'Issue', many: 'Issues' },
};

/** Kinds of engagement in the plural, inside a sentence: "3 focus groups". */
export const KIND_PLURALS: Record<Engagement['kind'], string> = {
  interview: 'interviews',
  'focus-group': 'focus groups',
  workshop: 'workshops',
  survey: 'surveys',
  'document-review': 'document reviews',
  observation: 'observations',
  'young-people': 'sessions with young people',
};
