/**
 * A finding's strength of evidence is derived, never stored, so it is computed here from
 * the excerpts it cites. It counts whom the evidence was *heard* from: a passage counts the
 * agency of the person speaking, never every agency that sat in the room.
 */
import { KeptPerLists } from './keptPerLists.ts';
import type { Engagement, Excerpt, Finding, ReviewFile, Sector } from './reviewFile.ts';

/** How widely a finding's evidence is drawn: distinct excerpts and engagements, and the agencies and sectors heard. */
export interface EvidenceStrength {
  excerpts: number;
  engagements: number;
  /** Distinct agencies heard: each passage's speaker (see speakerOf). */
  agencies: number;
  /** Distinct sectors of the agencies heard. */
  sectors: number;
  /** Passages whose speaker is not known (a session with several agencies or none, and no agencyId). */
  unattributed: number;
  /**
   * True when the evidence rests on at most one engagement (none at all counts too), or
   * was heard from at most one agency: agreement across agencies cannot be shown.
   */
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
 * Who said a passage: its own agencyId, or else its engagement's agency when the
 * engagement had exactly one; otherwise undefined (not attributed). Never every agency present.
 */
export function speakerOf(excerpt: Pick<Excerpt, 'agencyId'>, engagement: Pick<Engagement, 'agencyIds'> | undefined): string | undefined {
  if (excerpt.agencyId !== undefined) return excerpt.agencyId;
  // Exactly one distinct agency (listed once or more), found without building a set: this runs for every cited passage.
  const ids = engagement?.agencyIds ?? [];
  const first = ids[0];
  return first !== undefined && ids.every((agencyId) => agencyId === first) ? first : undefined;
}

/**
 * Counts the distinct excerpts a finding cites, the engagements they come from, and the
 * agencies and sectors heard (each passage's speaker and its sector); a passage with no
 * known speaker, or a speaker no longer in the file, counts as unattributed. Excerpt ids
 * that match nothing are ignored. Single voice: at most one engagement (one conversation,
 * however many agencies sat in it), or at most one agency heard.
 */
export function strengthOfEvidence(finding: Pick<Finding, 'excerptIds'>, source: ReviewFile | EvidenceIndex): EvidenceStrength {
  const index = isIndex(source) ? source : evidenceIndex(source);
  const excerpts = new Set<string>();
  const engagements = new Set<string>();
  const agencies = new Set<string>();
  const sectors = new Set<Sector>();
  let unattributed = 0;
  for (const excerptId of finding.excerptIds) {
    const excerpt = index.excerptById.get(excerptId);
    if (!excerpt || excerpts.has(excerptId)) continue;
    excerpts.add(excerptId);
    const engagement = index.engagementById.get(excerpt.engagementId);
    if (engagement) engagements.add(engagement.id);
    const speaker = speakerOf(excerpt, engagement);
    const sector = speaker === undefined ? undefined : index.sectorOfAgency.get(speaker);
    if (speaker === undefined || sector === undefined) {
      unattributed += 1;
      continue;
    }
    agencies.add(speaker);
    sectors.add(sector);
  }
  return {
    excerpts: excerpts.size,
    engagements: engagements.size,
    agencies: agencies.size,
    sectors: sectors.size,
    unattributed,
    isSingleVoice: engagements.size <= 1 || agencies.size <= 1,
  };
}

/**
 * Kept per the lists the strengths read (a snapshot keeps a list's identity until a write
 * changes it), so the Overview, the Report's checks and Findings share one working-out:
 * about 100 ms at 3,000 engagements.
 */
const kept = new KeptPerLists<ReadonlyMap<string, EvidenceStrength>>();

/** Strength of evidence for every finding, keyed by finding id, in time linear in the file's size. Treat it as read-only. */
export function strengthForAll(file: ReviewFile): ReadonlyMap<string, EvidenceStrength> {
  return kept.getOrMake([file.findings, file.excerpts, file.engagements, file.agencies], () => {
    const index = evidenceIndex(file);
    return new Map(file.findings.map((f) => [f.id, strengthOfEvidence(f, index)]));
  });
}
