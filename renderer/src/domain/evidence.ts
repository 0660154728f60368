/** A finding's strength of evidence is derived, never stored, so it is computed here from the excerpts it cites. */
import type { Engagement, Excerpt, Finding, ReviewFile, Sector } from './reviewFile.ts';

/** How widely a finding's evidence is drawn: distinct excerpts, engagements, agencies and sectors. */
export interface EvidenceStrength {
  excerpts: number;
  engagements: number;
  agencies: number;
  sectors: number;
  /** True when the evidence rests on at most one engagement (none at all counts too). */
  isSingleVoice: boolean;
}

/** Look-ups built once per file so that each finding costs only the size of its own evidence. */
export interface EvidenceIndex {
  excerptById: ReadonlyMap<string, Excerpt>;
  engagementById: ReadonlyMap<string, Engagement>;
  sectorOfAgency: ReadonlyMap<string, Sector>;
}

/** Builds the look-ups that strengthOfEvidence needs, in one pass over the file. */
export function evidenceIndex(file: ReviewFile): EvidenceIndex {
  return {
    excerptById: new Map(file.excerpts.map((x) => [x.id, x])),
    engagementById: new Map(file.engagements.map((e) => [e.id, e])),
    sectorOfAgency: new Map(file.agencies.map((a) => [a.id, a.sector])),
  };
}

function isIndex(source: ReviewFile | EvidenceIndex): source is EvidenceIndex {
  return 'excerptById' in source;
}

/**
 * Counts the distinct excerpts a finding cites, the engagements they come from, those
 * engagements' agencies and the agencies' sectors. Ids that match nothing are ignored.
 * Single voice means at most one distinct engagement: one conversation, however many
 * agencies sat in it, is still one voice, and a finding with no evidence is weaker still.
 */
export function strengthOfEvidence(finding: Pick<Finding, 'excerptIds'>, source: ReviewFile | EvidenceIndex): EvidenceStrength {
  const index = isIndex(source) ? source : evidenceIndex(source);
  const excerpts = new Set<string>();
  const engagements = new Set<string>();
  const agencies = new Set<string>();
  const sectors = new Set<Sector>();
  for (const excerptId of finding.excerptIds) {
    const excerpt = index.excerptById.get(excerptId);
    if (!excerpt || excerpts.has(excerptId)) continue;
    excerpts.add(excerptId);
    if (engagements.has(excerpt.engagementId)) continue;
    const engagement = index.engagementById.get(excerpt.engagementId);
    if (!engagement) continue;
    engagements.add(engagement.id);
    for (const agencyId of engagement.agencyIds) {
      const sector = index.sectorOfAgency.get(agencyId);
      if (sector === undefined) continue;
      agencies.add(agencyId);
      sectors.add(sector);
    }
  }
  return {
    excerpts: excerpts.size,
    engagements: engagements.size,
    agencies: agencies.size,
    sectors: sectors.size,
    isSingleVoice: engagements.size <= 1,
  };
}

/** Strength of evidence for every finding, keyed by finding id, in time linear in the file's size. */
export function strengthForAll(file: ReviewFile): Map<string, EvidenceStrength> {
  const index = evidenceIndex(file);
  return new Map(file.findings.map((f) => [f.id, strengthOfEvidence(f, index)]));
}
