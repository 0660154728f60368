/**
 * Quotes in exports are attributed to the kind of agency a speaker came from, never to a
 * person, an agency's own name or a session's title: "a practitioner from education".
 * The words come from the excerpt's engagement → its agencies → their sectors, so what a
 * reader learns is no more than the sector (or that the session was multi-agency).
 */
import type { EvidenceIndex } from '../domain/evidence.ts';
import type { Engagement, Excerpt, Sector } from '../domain/reviewFile.ts';

/** The sector as it reads after "from", e.g. "a practitioner from the police". */
const FROM_SECTOR: Record<Sector, string> = {
  strategic: 'a strategic partnership',
  police: 'the police',
  'community-safety': 'community safety',
  'children-social-care': 'children’s social care',
  education: 'education',
  health: 'health services',
  'youth-justice': 'youth justice',
  housing: 'housing',
  'public-health': 'public health',
  'adult-social-care': 'adult social care',
  probation: 'the probation service',
  'youth-services': 'youth services',
  'fire-rescue': 'the fire and rescue service',
  'voluntary-community': 'the voluntary and community sector',
  other: '',
};

/** How a multi-agency session of each kind is named, e.g. "a multi-agency workshop". */
const MULTI_AGENCY: Record<Engagement['kind'], string> = {
  interview: 'a practitioner in a multi-agency interview',
  'focus-group': 'a practitioner in a multi-agency focus group',
  workshop: 'a practitioner at a multi-agency workshop',
  survey: 'a respondent to a multi-agency survey',
  'document-review': 'a partnership document',
  observation: 'a practitioner at a multi-agency meeting',
  'young-people': 'a young person',
};

/** Who is speaking in a session of this kind with one sector, before "from …". */
const SPEAKER: Record<Engagement['kind'], string> = {
  interview: 'a practitioner',
  'focus-group': 'a practitioner',
  workshop: 'a practitioner',
  survey: 'a survey respondent',
  'document-review': 'a document',
  observation: 'a practitioner',
  'young-people': 'a young person',
};

/** The distinct sectors of an engagement's agencies, in the order the agencies are listed. */
export function sectorsOfEngagement(engagement: Pick<Engagement, 'agencyIds'>, sectorOfAgency: ReadonlyMap<string, Sector>): Sector[] {
  const sectors: Sector[] = [];
  for (const agencyId of engagement.agencyIds) {
    const sector = sectorOfAgency.get(agencyId);
    if (sector !== undefined && !sectors.includes(sector)) sectors.push(sector);
  }
  return sectors;
}

/**
 * The attribution of one session's words. Young people are "a young person" whatever the
 * sector of the service that hosted them; "other" (parents, transport operators…) and a
 * session with no agency give "a participant" rather than inventing a sector.
 */
export function attributionForEngagement(engagement: Pick<Engagement, 'kind' | 'agencyIds'>, sectorOfAgency: ReadonlyMap<string, Sector>): string {
  if (engagement.kind === 'young-people') return SPEAKER['young-people'];
  const sectors = sectorsOfEngagement(engagement, sectorOfAgency);
  if (sectors.length > 1) return MULTI_AGENCY[engagement.kind];
  const sector = sectors[0];
  if (sector === undefined || sector === 'other') return engagement.kind === 'document-review' ? 'a partnership document' : 'a participant';
  return `${SPEAKER[engagement.kind]} from ${FROM_SECTOR[sector]}`;
}

/** The attribution of an excerpt, or "a participant" when its engagement is unknown. */
export function attributionForExcerpt(excerpt: Pick<Excerpt, 'engagementId'>, index: Pick<EvidenceIndex, 'engagementById' | 'sectorOfAgency'>): string {
  const engagement = index.engagementById.get(excerpt.engagementId);
  return engagement ? attributionForEngagement(engagement, index.sectorOfAgency) : 'a participant';
}
