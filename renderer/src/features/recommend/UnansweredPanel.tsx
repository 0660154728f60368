/**
 * The unanswered check: every gap and barrier no recommendation answers yet, each linked
 * to its finding, with a way to start a recommendation that answers it. A page at a
 * time, like every long list: a large review can have thousands.
 */
import { hrefFor } from '../../app/router.ts';
import { Button } from '../../components/Button.tsx';
import { ShowMore, useShownPages } from '../../components/ShowMore.tsx';
import { FINDING_KIND_LABELS } from '../../domain/labels.ts';
import type { Finding, Theme } from '../../domain/reviewFile.ts';
import { findingTitle } from './recommendationText.ts';

export const UNANSWERED_HEADING_ID = 'unanswered-heading';

export interface UnansweredPanelProps {
  reviewId: string;
  unanswered: readonly Finding[];
  /** How many gaps and barriers the review has, answered or not. */
  gapsAndBarriers: number;
  themes: readonly Theme[];
  /** Absent while the add form is open (it already marks the unanswered findings). */
  onAnswer?: ((finding: Finding) => void) | undefined;
}

export function UnansweredPanel({ reviewId, unanswered, gapsAndBarriers, themes, onAnswer }: UnansweredPanelProps) {
  const themeName = new Map(themes.map((t) => [t.id, t.name]));
  const { shown, showMore } = useShownPages(unanswered.length);
  const outcome = gapsAndBarriers === 0 ? 'No gaps or barriers have been found yet, so there is nothing to answer.'
    : unanswered.length === 0 ? 'Every gap and barrier is answered by a recommendation.' : undefined;
  return (
    <section aria-labelledby={UNANSWERED_HEADING_ID} className="app-unanswered">
      <h2 className="govuk-heading-m" id={UNANSWERED_HEADING_ID} tabIndex={-1}>Unanswered gaps and barriers</h2>
      {outcome ? <p className="govuk-body" data-testid="unanswered-outcome">{outcome}</p> : (
        <>
          <p className="govuk-body" data-testid="unanswered-outcome">
            {unanswered.length} of {gapsAndBarriers} gaps and barriers {unanswered.length === 1 ? 'is' : 'are'} not answered by any recommendation yet.
          </p>
          <ul className="govuk-list app-unanswered__list" aria-label="Gaps and barriers without a recommendation">
            {unanswered.slice(0, shown).map((f) => (
              <li key={f.id} className="app-unanswered__item">
                <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'analyse', view: 'findings', focus: f.id })}>{findingTitle(f)}</a>
                <span className="govuk-body-s app-secondary-text"> {FINDING_KIND_LABELS[f.kind]} · {themeName.get(f.themeId) ?? 'Unknown theme'}</span>
                {onAnswer && (
                  <div>
                    <Button variant="secondary" isSmall className="govuk-!-margin-bottom-0 govuk-!-margin-top-1" onClick={() => onAnswer(f)}>
                      Add a recommendation<span className="govuk-visually-hidden"> answering “{findingTitle(f)}”</span>
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <ShowMore shown={shown} total={unanswered.length} items="gaps and barriers" onMore={showMore} />
        </>
      )}
    </section>
  );
}
