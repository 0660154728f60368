/**
 * How widely a finding's evidence is drawn, always shown, and a plain "Single voice" flag
 * when it rests on one engagement or none, or was heard from one agency or none: a reviewer
 * should not lean on one conversation or one agency.
 */
import { Tag } from '../../../components/Tag.tsx';
import type { EvidenceStrength } from '../../../domain/evidence.ts';
import { describeStrength, singleVoiceWarning } from '../../../domain/findingLabels.ts';

export function StrengthOfEvidence({ strength, id }: { strength: EvidenceStrength; id?: string }) {
  return (
    <div className="app-strength" id={id}>
      <p className="govuk-body govuk-!-margin-bottom-1"><strong>Strength of evidence:</strong> {describeStrength(strength)}</p>
      {strength.isSingleVoice && (
        <p className="govuk-body app-strength__single-voice"><Tag text="Single voice" colour="yellow" /> {singleVoiceWarning(strength)}</p>
      )}
    </div>
  );
}
