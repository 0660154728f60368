/**
 * The one rule for who a quote is attributed to, used by every export (Word report, Excel
 * workbook), so the same passage reads the same everywhere. A quote names a kind of
 * speaker and, when it is known, the sector they work in — never a person, an agency's
 * own name, a session's title or its date.
 *
 * The rule, in order:
 * 1. A session with young people: "a young person", whatever service hosted it.
 * 2. The speaker's sector: the sector of the passage's own `agencyId` (who was speaking)
 *    when it is recorded and known; otherwise the sector of the session's agencies when
 *    they all share one sector; otherwise none.
 * 3. With a sector: "<speaker> from <sector>", e.g. "a practitioner from health services",
 *    "a survey respondent from education", "a document from the police". The sector
 *    "other" (parents, transport operators…) is not a sector a reader can name, so it
 *    reads as a participant: "a participant", "a survey respondent", "a document".
 * 4. No sector, because the session had several and the speaker was not recorded: the
 *    session as it honestly was, e.g. "a practitioner at a multi-agency workshop".
 * 5. No sector because the session had no known agency: "a participant" (or "a survey
 *    respondent", "a document").
 */
import type { Engagement, Excerpt, Sector } from './reviewFile.ts';

/** The sector as it reads after "from", e.g. "a practitioner from the police". */
export const FROM_SECTOR: Record<Exclude<Sector, 'other'>, string> = {
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
};

type Kind = Engagement['kind'];

/** Who speaks in a session of each kind, before "from …". */
const SPEAKER: Record<Kind, string> = {
  interview: 'a practitioner',
  'focus-group': 'a practitioner',
  workshop: 'a practitioner',
  survey: 'a survey respondent',
  'document-review': 'a document',
  observation: 'a practitioner',
  'young-people': 'a young person',
};

/** Who speaks when no sector can be named: a session with no agency, or only "other". */
const WITHOUT_SECTOR: Record<Kind, string> = { ...SPEAKER, interview: 'a participant', 'focus-group': 'a participant', workshop: 'a participant', observation: 'a participant' };

/** A session of several sectors whose speaker was not recorded, by the session's kind. */
const MULTI_AGENCY: Record<Kind, string> = {
  interview: 'a practitioner in a multi-agency interview',
  'focus-group': 'a practitioner in a multi-agency focus group',
  workshop: 'a practitioner at a multi-agency workshop',
  survey: 'a respondent to a multi-agency survey',
  'document-review': 'a partnership document',
  observation: 'a practitioner at a multi-agency meeting',
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
 * The sector the speaker of a passage is known to work in: their own agency's sector when
 * recorded, else the session's only sector; undefined when it cannot be told.
 */
export function speakerSector(
  excerpt: Pick<Excerpt, 'agencyId'>, engagement: Pick<Engagement, 'agencyIds'>, sectorOfAgency: ReadonlyMap<string, Sector>,
): Sector | undefined {
  const own = excerpt.agencyId === undefined ? undefined : sectorOfAgency.get(excerpt.agencyId);
  if (own !== undefined) return own;
  const sectors = sectorsOfEngagement(engagement, sectorOfAgency);
  return sectors.length === 1 ? sectors[0] : undefined;
}

/** Look-ups the rule needs; the evidence index and the workbook context both provide them. */
export interface AttributionLookups {
  engagementById: ReadonlyMap<string, Pick<Engagement, 'kind' | 'agencyIds'>>;
  sectorOfAgency: ReadonlyMap<string, Sector>;
}

/** The attribution of one passage (see the rule above); "a participant" when its session is unknown. */
export function attributeQuote(excerpt: Pick<Excerpt, 'engagementId' | 'agencyId'>, lookups: AttributionLookups): string {
  const engagement = lookups.engagementById.get(excerpt.engagementId);
  if (!engagement) return 'a participant';
  const { kind } = engagement;
  if (kind === 'young-people') return SPEAKER[kind];
  const sector = speakerSector(excerpt, engagement, lookups.sectorOfAgency);
  if (sector !== undefined) return sector === 'other' ? WITHOUT_SECTOR[kind] : `${SPEAKER[kind]} from ${FROM_SECTOR[sector]}`;
  return sectorsOfEngagement(engagement, lookups.sectorOfAgency).length > 1 ? MULTI_AGENCY[kind] : WITHOUT_SECTOR[kind];
}
