/**
 * Quotes are attributed to a sector, never to a person or a named agency: "a practitioner
 * from education". A passage from an engagement with two or three sectors names them all,
 * because the notes do not say which of the people in the room said it; with more, the
 * list would bury the quote, so it says "a practitioner in a multi-agency workshop".
 */
import { ENGAGEMENT_KIND_LABELS } from '../../domain/engagementLabels.ts';
import type { Engagement, Sector } from '../../domain/reviewFile.ts';

/** Beyond this many sectors a quote is attributed to the multi-agency session instead. */
export const MAX_NAMED_SECTORS = 3;

/** Each sector as it reads after "from". */
const SECTOR_PHRASES: Record<Sector, string> = {
  strategic: 'the strategic partnership',
  police: 'the police',
  'community-safety': 'community safety',
  'children-social-care': 'children’s social care',
  education: 'education',
  health: 'health',
  'youth-justice': 'youth justice',
  housing: 'housing',
  'public-health': 'public health',
  'adult-social-care': 'adult social care',
  probation: 'probation',
  'youth-services': 'youth services',
  'fire-rescue': 'fire and rescue',
  'voluntary-community': 'the voluntary and community sector',
  other: 'another sector',
};

/** "a, b or c": the speaker is one of them, and we do not know which. */
function oneOf(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? '';
  return `${phrases.slice(0, -1).join(', ')} or ${phrases[phrases.length - 1]}`;
}

/**
 * Who a quote is attributed to, from the kind of engagement and its sectors (distinct,
 * in the caller's order): "a practitioner from education", "a young person".
 */
export function quoteAttribution(kind: Engagement['kind'], sectors: readonly Sector[]): string {
  if (kind === 'young-people') return 'a young person';
  const distinct = [...new Set(sectors)];
  const who = kind === 'document-review' ? 'a document' : kind === 'survey' ? 'a survey respondent' : 'a practitioner';
  if (distinct.length > MAX_NAMED_SECTORS) {
    return who === 'a practitioner'
      ? `${who} in a multi-agency ${ENGAGEMENT_KIND_LABELS[kind].toLowerCase()}`
      : `${who} from one of ${distinct.length} sectors`;
  }
  const from = oneOf(distinct.map((s) => SECTOR_PHRASES[s]));
  return from ? `${who} from ${from}` : who;
}
