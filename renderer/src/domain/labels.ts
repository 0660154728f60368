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
