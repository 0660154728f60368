/** A short help text for the open stage, folded away until the reviewer wants it. */
import { STAGES, type ScreenId } from '../../app/stages.ts';

export function StageHelp({ stage }: { stage: ScreenId }) {
  const info = STAGES.find((s) => s.id === stage);
  if (!info) return null;
  return (
    <details className="govuk-details govuk-!-margin-bottom-4">
      <summary className="govuk-details__summary"><span className="govuk-details__summary-text">What this stage is for</span></summary>
      <div className="govuk-details__text">
        <p className="govuk-body">{info.help}</p>
        <p className="govuk-body govuk-!-margin-bottom-0"><a className="govuk-link" href={`#/help/${info.id}`}>Read the guide to the {info.name} stage</a></p>
      </div>
    </details>
  );
}
