/** Words for the enums of the review file, in UK English, for screens and documents. */
import type { Sector } from './reviewFile.ts';

export const SECTOR_LABELS: Record<Sector, string> = {
  strategic: 'Strategic partnership',
  police: 'Police',
  'community-safety': 'Community safety',
  'children-social-care': 'Children’s social care',
  education: 'Education',
  health: 'Health',
  'youth-justice': 'Youth justice',
  housing: 'Housing',
  'public-health': 'Public health',
  'adult-social-care': 'Adult social care',
  probation: 'Probation',
  'youth-services': 'Youth services',
  'fire-rescue': 'Fire and rescue',
  'voluntary-community': 'Voluntary and community sector',
  other: 'Other',
};

/** What a coded passage is; finding kinds are the same less 'context'. */
export const KIND_LABELS: Record<import('./reviewFile.ts').Excerpt['kind'], string> = {
  'good-practice': 'Good practice',
  gap: 'Gap',
  barrier: 'Barrier',
  communication: 'Communication issue',
  issue: 'Issue',
  context: 'Context',
};

const { context: _context, ...findingKinds } = KIND_LABELS;
export const FINDING_KIND_LABELS: Record<import('./reviewFile.ts').Finding['kind'], string> = findingKinds;

export const PRIORITY_LABELS: Record<import('./reviewFile.ts').Recommendation['priority'], string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** How soon a recommendation should be acted on, as a report states it. */
export const TIMESCALE_LABELS: Record<import('./reviewFile.ts').Recommendation['timescale'], string> = {
  immediate: 'Immediate',
  '3-months': 'Within 3 months',
  '6-months': 'Within 6 months',
  '12-months': 'Within 12 months',
  longer: 'Longer than 12 months',
};
