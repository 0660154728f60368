/** An honest placeholder for stages that later work will build. */
import { STAGES, type StageId } from '../../app/stages.ts';

export function StageNotBuilt({ stage }: { stage: StageId }) {
  const info = STAGES.find((s) => s.id === stage)!;
  return (
    <div className="app-stage-placeholder">
      <p className="govuk-body-l">{info.purpose}</p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          This stage is not built yet. Nothing here is saved or lost: your review keeps everything recorded so far, and a review file exported now carries it all.
        </strong>
      </div>
    </div>
  );
}
