/** Course files left out at start-up, each naming its file and field, so a course lead can fix them. */
import type { TemplateLoadError } from '../../templates/loadTemplates.ts';

export function CourseProblems({ errors }: { errors: readonly TemplateLoadError[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        <p className="govuk-body govuk-!-font-weight-bold">Some training course files have problems and were left out:</p>
        <ul className="govuk-list govuk-list--bullet">{errors.map((e) => <li key={e.display}>{e.display}</li>)}</ul>
      </div>
    </div>
  );
}
