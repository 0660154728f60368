/** Words for how strong a finding’s evidence is, in UK English. */
import type { EvidenceStrength } from './evidence.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The strength of a finding's evidence in a sentence, e.g. "5 passages from 3 engagements,
 * covering 4 agencies in 2 sectors." Said plainly when there is no evidence at all.
 */
export function describeStrength(strength: EvidenceStrength): string {
  if (strength.excerpts === 0) return 'No passages cited yet.';
  return `${count(strength.excerpts, 'passage', 'passages')} from ${count(strength.engagements, 'engagement', 'engagements')}, `
    + `covering ${count(strength.agencies, 'agency', 'agencies')} in ${count(strength.sectors, 'sector', 'sectors')}.`;
}

/** Why a single-voice finding is flagged, in a sentence for the reviewer. */
export function singleVoiceWarning(strength: EvidenceStrength): string {
  return strength.engagements === 0
    ? 'No engagement supports this finding yet. Cite the passages it rests on.'
    : 'This finding rests on one engagement. Look for the same point from another conversation before relying on it.';
}
