/**
 * Agency coverage: which sectors of the agencies in scope have actually been engaged,
 * so a reviewer sees at a glance whom they have not heard from yet. An engagement
 * covers the sectors of every agency it records.
 */
import { SECTOR_LABELS } from './labels.ts';
import { SECTORS, type Agency, type Engagement, type Sector } from './reviewFile.ts';

export interface SectorCoverage {
  sector: Sector;
  label: string;
  /** Agencies of this sector in scope. */
  agencies: number;
  /** Of those, agencies recorded on at least one engagement. */
  agenciesEngaged: number;
  /** Engagements that include at least one agency of this sector. */
  engagements: number;
  isEngaged: boolean;
}

export interface AgencyCoverage {
  /** One entry per sector with agencies in scope, in the review file's sector order. */
  sectors: SectorCoverage[];
  /** Plain-words gaps, one per sector in scope with no engagement, e.g. "No health engagement yet". */
  gaps: string[];
  /** Agencies in scope not yet recorded on any engagement, in scope order. */
  agenciesNotEngaged: Agency[];
}

/** "No health engagement yet": the sector's label in lower case, in a sentence. */
export function gapText(sector: Sector): string {
  const label = SECTOR_LABELS[sector];
  return `No ${label.charAt(0).toLowerCase()}${label.slice(1)} engagement yet`;
}

/** Sectors engaged against the sectors of the agencies in scope. */
export function agencyCoverage(agencies: readonly Agency[], engagements: readonly Pick<Engagement, 'agencyIds'>[]): AgencyCoverage {
  const sectorOf = new Map(agencies.map((a) => [a.id, a.sector]));
  const engagedAgencies = new Set<string>();
  const engagementsBySector = new Map<Sector, number>();
  for (const engagement of engagements) {
    const sectors = new Set<Sector>();
    for (const agencyId of engagement.agencyIds) {
      const sector = sectorOf.get(agencyId);
      if (!sector) continue; // an agency no longer in scope covers nothing
      engagedAgencies.add(agencyId);
      sectors.add(sector);
    }
    for (const sector of sectors) engagementsBySector.set(sector, (engagementsBySector.get(sector) ?? 0) + 1);
  }
  const sectors = SECTORS.filter((sector) => agencies.some((a) => a.sector === sector)).map((sector): SectorCoverage => {
    const inSector = agencies.filter((a) => a.sector === sector);
    const count = engagementsBySector.get(sector) ?? 0;
    return {
      sector,
      label: SECTOR_LABELS[sector],
      agencies: inSector.length,
      agenciesEngaged: inSector.filter((a) => engagedAgencies.has(a.id)).length,
      engagements: count,
      isEngaged: count > 0,
    };
  });
  return {
    sectors,
    gaps: sectors.filter((s) => !s.isEngaged).map((s) => gapText(s.sector)),
    agenciesNotEngaged: agencies.filter((a) => !engagedAgencies.has(a.id)),
  };
}
