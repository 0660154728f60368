/**
 * Quotes that could point to the person who said them, although no name is printed.
 * A reader who knows who came to a session can work back from "a practitioner from
 * health services" when only one person from health was there, and any detail in a
 * young person's words may identify a child. These are warnings for the reviewer to
 * judge; they do not block an export.
 */
import { sectorsOfEngagement, speakerSector } from '../attribution.ts';
import type { ReviewFile, Sector } from '../reviewFile.ts';
import type { PersonalDataScope } from './fields.ts';

/**
 * - `young-people`: the quote comes from a session with young people;
 * - `only-participant`: the session had one participant, so the quote is theirs;
 * - `only-of-sector`: the speaker's sector had a single agency in a session of several
 *   sectors, so they may have been the only practitioner of that sector there.
 */
export type QuoteRiskReason = 'young-people' | 'only-participant' | 'only-of-sector';

export interface QuoteRisk {
  /** Where the quote is, e.g. `excerpts[4].text`. */
  path: string;
  excerptId: string;
  engagementId: string;
  reason: QuoteRiskReason;
  /** The speaker's sector, for `only-of-sector`. */
  sector?: Sector;
  text: string;
}

/**
 * The quotable passages the scope's exports print (Word: those a finding cites; Excel and
 * 'reports': every quotable passage) that could identify their speaker, in file order.
 * A plain review file is not a publication, so its scope gives none. Surveys and
 * documents are left out: their words are written, not spoken in a room.
 */
export function findQuoteRisks(file: ReviewFile, options: { scope?: PersonalDataScope } = {}): QuoteRisk[] {
  const scope = options.scope ?? 'reports';
  if (scope === 'review-file' || scope === 'backup') return [];
  const cited = new Set(file.findings.flatMap((f) => f.excerptIds));
  const engagementById = new Map(file.engagements.map((e) => [e.id, e]));
  const sectorOfAgency = new Map(file.agencies.map((a) => [a.id, a.sector]));
  const risks: QuoteRisk[] = [];
  file.excerpts.forEach((excerpt, i) => {
    if (!excerpt.isQuote || (scope === 'word' && !cited.has(excerpt.id))) return;
    const engagement = engagementById.get(excerpt.engagementId);
    if (!engagement || engagement.kind === 'survey' || engagement.kind === 'document-review') return;
    const base = { path: `excerpts[${i}].text`, excerptId: excerpt.id, engagementId: engagement.id, text: excerpt.text };
    if (engagement.kind === 'young-people') {
      risks.push({ ...base, reason: 'young-people' });
      return;
    }
    if (engagement.participantCount === 1) {
      risks.push({ ...base, reason: 'only-participant' });
      return;
    }
    const sector = speakerSector(excerpt, engagement, sectorOfAgency);
    if (sector === undefined || sector === 'other' || sectorsOfEngagement(engagement, sectorOfAgency).length < 2) return;
    const agenciesOfSector = new Set(engagement.agencyIds.filter((id) => sectorOfAgency.get(id) === sector));
    if (agenciesOfSector.size === 1) risks.push({ ...base, reason: 'only-of-sector', sector });
  });
  return risks;
}
