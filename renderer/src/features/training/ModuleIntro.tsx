/** A module's teaching text and glossary terms, read before its questions. */
import type { Ref } from 'react';
import type { CourseModule } from '../../domain/training/courseSchema.ts';
import { loadTemplates } from '../../templates/loadTemplates.ts';

export function ModuleIntro({ module, headingRef, onStart }: { module: CourseModule; headingRef: Ref<HTMLHeadingElement>; onStart: () => void }) {
  const glossary = loadTemplates().glossary?.entries ?? [];
  const terms = glossary.filter((e) => module.glossary?.includes(e.abbreviation));
  const count = module.questions.length;
  return (
    <>
      <h2 className="govuk-heading-m" tabIndex={-1} ref={headingRef}>Module: {module.title}</h2>
      <p className="govuk-body-l">{module.summary}</p>
      {module.content.map((text, i) => <p className="govuk-body" key={i}>{text}</p>)}
      {terms.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Words and abbreviations</h3>
          <dl className="govuk-summary-list">
            {terms.map((t) => (
              <div className="govuk-summary-list__row" key={t.abbreviation}>
                <dt className="govuk-summary-list__key">{t.abbreviation}</dt>
                <dd className="govuk-summary-list__value">{t.expansion}: {t.definition}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <button type="button" className="govuk-button" onClick={onStart}>
        Start the {count === 1 ? 'question' : 'questions'}{module.scenarios.length ? ' and scenarios' : ''}
      </button>
    </>
  );
}
