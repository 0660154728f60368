/** The template's questions and workshop prompts for the themes in scope, beside the notes. */
import { memo } from 'react';
import type { Theme } from '../../domain/reviewFile.ts';
import { templateFor } from '../workspace/templateFor.ts';
import { guideForThemes } from './guideForThemes.ts';

/** Memoised: the notes beside it save often, and this list never changes with them. */
export const QuestionGuide = memo(function QuestionGuide({ templateId, themes }: { templateId: string; themes: readonly Theme[] }) {
  const template = templateFor(templateId);
  const guides = guideForThemes(template, themes);
  return (
    <aside className="app-question-guide" aria-labelledby="guide-heading">
      <h2 className="govuk-heading-s" id="guide-heading">Question guide</h2>
      {!template && <p className="govuk-body-s">The template this review was made from is not installed, so there is no question guide.</p>}
      {template && guides.length === 0 && <p className="govuk-body-s">The template has no questions for the themes in scope.</p>}
      {guides.length > 0 && <p className="govuk-body-s">Questions and workshop prompts for the themes in scope. Open a theme to see them.</p>}
      {guides.map((guide) => (
        <details className="govuk-details govuk-!-margin-bottom-3" key={guide.themeId}>
          <summary className="govuk-details__summary"><span className="govuk-details__summary-text">{guide.name}</span></summary>
          <div className="govuk-details__text">
            {guide.questions.length > 0 && (
              <>
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Questions</h3>
                <ol className="govuk-list govuk-list--number govuk-body-s">{guide.questions.map((q) => <li key={q}>{q}</li>)}</ol>
              </>
            )}
            {guide.prompts.length > 0 && (
              <>
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Workshop prompts</h3>
                <ul className="govuk-list govuk-list--bullet govuk-body-s">{guide.prompts.map((p) => <li key={p}>{p}</li>)}</ul>
              </>
            )}
          </div>
        </details>
      ))}
    </aside>
  );
});
