/** Words for how strong a finding’s evidence is, in UK English. */
import type { EvidenceStrength } from './evidence.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Whom the evidence was heard from, e.g. "heard from 2 agencies in 2 sectors; 1 passage
 * not attributed". Shared by the app and the exports so they say the same thing.
 */
export function describeHeard(strength: Pick<EvidenceStrength, 'excerpts' | 'agencies' | 'sectors' | 'unattributed'>): string {
  if (strength.agencies === 0) return strength.excerpts === 1 ? 'not attributed to an agency' : 'none attributed to an agency';
  const heard = `heard from ${count(strength.agencies, 'agency', 'agencies')} in ${count(strength.sectors, 'sector', 'sectors')}`;
  return strength.unattributed === 0 ? heard : `${heard}; ${count(strength.unattributed, 'passage', 'passages')} not attributed`;
}

/**
 * The strength of a finding's evidence in a sentence, e.g. "3 passages from 2 engagements;
 * heard from 2 agencies in 2 sectors; 1 passage not attributed." Said plainly when there is
 * no evidence at all.
 */
export function describeStrength(strength: EvidenceStrength): string {
  if (strength.excerpts === 0) return 'No passages cited yet.';
  return `${count(strength.excerpts, 'passage', 'passages')} from ${count(strength.engagements, 'engagement', 'engagements')}; ${describeHeard(strength)}.`;
}

/** Why a single-voice finding is flagged, in a sentence for the reviewer. */
export function singleVoiceWarning(strength: EvidenceStrength): string {
  if (strength.engagements === 0) return 'No engagement supports this finding yet. Cite the passages it rests on.';
  if (strength.engagements === 1) return 'This finding rests on one engagement. Look for the same point from another conversation before relying on it.';
  if (strength.agencies === 0) return 'No passage behind this finding is attributed to an agency, so agreement across agencies cannot be shown. Record who said each passage where you know it.';
  return 'Every attributed passage behind this finding came from one agency. Look for the same point from another agency before relying on it.';
}
