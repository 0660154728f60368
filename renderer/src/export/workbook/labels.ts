/**
 * Words for the enums the workbook shows that have no shared labels yet (the integrator
 * may move these to domain/ beside SECTOR_LABELS once the Word report needs them too).
 */
import type { Excerpt, Finding, Recommendation } from '../../domain/reviewFile.ts';

export const EXCERPT_KIND_LABELS: Record<Excerpt['kind'], string> = {
  'good-practice': 'Good practice',
  gap: 'Gap',
  barrier: 'Barrier',
  communication: 'Communication issue',
  issue: 'Issue',
  context: 'Context',
};

export const FINDING_KIND_LABELS: Record<Finding['kind'], string> = {
  'good-practice': 'Good practice',
  gap: 'Gap',
  barrier: 'Barrier',
  communication: 'Communication issue',
  issue: 'Issue',
};

export const PRIORITY_LABELS: Record<Recommendation['priority'], string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const TIMESCALE_LABELS: Record<Recommendation['timescale'], string> = {
  immediate: 'Immediate',
  '3-months': 'Within 3 months',
  '6-months': 'Within 6 months',
  '12-months': 'Within 12 months',
  longer: 'Longer than 12 months',
};
