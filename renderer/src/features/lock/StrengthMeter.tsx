/** Shows how hard a new passphrase is to guess, with the estimator's advice in plain words. */
import { STRENGTH_LABELS, type Strength } from './passphraseRules.ts';

export function StrengthMeter({ id, strength }: { id: string; strength: Strength | undefined }) {
  const advice = strength && strength.score < 3 ? (strength.warning ?? strength.suggestions[0]) : undefined;
  return (
    <div className="app-strength" id={id} aria-live="polite">
      {strength && (
        <>
          <div className={`app-strength__bar app-strength__bar--${strength.score}`} aria-hidden="true"><span /></div>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            Strength: <strong>{STRENGTH_LABELS[strength.score]}</strong>{advice && <>. {advice}</>}
          </p>
        </>
      )}
    </div>
  );
}
