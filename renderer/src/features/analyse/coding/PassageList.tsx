/**
 * The passages coded in one engagement's notes, in notes order: what was said, its kind,
 * themes and whether it may be quoted, with Edit and Remove. A passage whose text is no
 * longer in the notes is flagged, never hidden: its text is still evidence.
 */
import { useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { Tag } from '../../../components/Tag.tsx';
import { focusTargetId } from '../../../components/useFocusTarget.ts';
import type { PassageCoding } from '../../../db/excerptRepository.ts';
import type { ExcerptKind } from '../../../domain/excerptLabels.ts';
import { KIND_LABELS } from '../../../domain/labels.ts';
import type { Agency, Excerpt, Theme } from '../../../domain/reviewFile.ts';
import { NOT_KNOWN, PassageForm } from './PassageForm.tsx';

/** A passage as listed: its number in notes order and whether it could not be found again. */
export interface ListedPassage {
  excerpt: Excerpt;
  number: number;
  isLost: boolean;
}

export const KIND_COLOURS: Record<ExcerptKind, 'green' | 'orange' | 'red' | 'purple' | 'yellow' | 'grey'> = {
  'good-practice': 'green', gap: 'orange', barrier: 'red', communication: 'purple', issue: 'yellow', context: 'grey',
};

export const LOST_WARNING = 'Could not find this passage in the notes any more — its text is kept as evidence.';

export interface PassageListProps {
  reviewId: string;
  passages: readonly ListedPassage[];
  themes: readonly Theme[];
  /** The engagement's agencies: whom its passages may have been said by. */
  agencies: readonly Agency[];
  citations: ReadonlyMap<string, number>;
  onShow: (excerpt: Excerpt) => void;
  onSave: (excerpt: Excerpt, coding: PassageCoding) => Promise<string | undefined>;
  onRemove: (passage: ListedPassage) => void;
}

export function themeNames(themeIds: readonly string[], themes: readonly Theme[]): string {
  return themeIds.map((id) => themes.find((t) => t.id === id)?.name ?? 'A removed theme').join(', ') || 'No theme';
}

/** Who said a passage, in words: its speaker, the engagement's only agency, or not known. */
export function speakerWords(excerpt: Pick<Excerpt, 'agencyId'>, agencies: readonly Agency[]): string {
  if (excerpt.agencyId !== undefined) return agencies.find((a) => a.id === excerpt.agencyId)?.name ?? 'An agency no longer in this engagement';
  if (agencies.length === 1) return agencies[0]!.name;
  return agencies.length === 0 ? 'No agency recorded' : 'Not known';
}

export function PassageList({ reviewId, passages, themes, agencies, citations, onShow, onSave, onRemove }: PassageListProps) {
  const [editingId, setEditingId] = useState<string | undefined>();
  const closeEdit = (id: string) => {
    setEditingId(undefined);
    document.getElementById(focusTargetId(id))?.focus();
  };
  return (
    <section aria-labelledby="passages-heading" className="app-passages">
      <h3 className="govuk-heading-s app-coding-heading" id="passages-heading" tabIndex={-1}>Coded passages ({passages.length})</h3>
      {passages.length === 0 && <p className="govuk-body-s">None yet. Select words in the notes and code them.</p>}
      {passages.length > 0 && <ol className="app-passage-list" aria-labelledby="passages-heading">
        {passages.map((passage) => {
          const { excerpt: x, number } = passage;
          const cited = citations.get(x.id) ?? 0;
          const suffix = <span className="govuk-visually-hidden"> passage {number}</span>;
          return (
            <li key={x.id} id={focusTargetId(x.id)} tabIndex={-1} className={`app-passage-item${passage.isLost ? ' app-passage-item--lost' : ''}`}>
              {editingId === x.id ? (
                <PassageForm idPrefix={`passage-${x.id}`} heading={`Change passage ${number}`} submitLabel="Save changes" reviewId={reviewId}
                  passageText={x.text} themes={themes} agencies={agencies}
                  initial={{ themeIds: x.themeIds, kind: x.kind, isQuote: x.isQuote, speaker: x.agencyId ?? NOT_KNOWN }}
                  onCancel={() => closeEdit(x.id)}
                  onSave={async (coding) => {
                    const problem = await onSave(x, coding);
                    if (!problem) closeEdit(x.id);
                    return problem;
                  }} />
              ) : (
                <>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    <strong>Passage {number}</strong> <Tag text={KIND_LABELS[x.kind]} colour={KIND_COLOURS[x.kind]} />
                  </p>
                  <blockquote className="app-passage-quote">{x.text}</blockquote>
                  {passage.isLost && (
                    <div className="govuk-warning-text govuk-!-margin-bottom-2">
                      <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
                      <strong className="govuk-warning-text__text"><span className="govuk-visually-hidden">Warning</span>{LOST_WARNING}</strong>
                    </div>
                  )}
                  <p className="govuk-body-s govuk-!-margin-bottom-1">Themes: {themeNames(x.themeIds, themes)}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">Who said it: {speakerWords(x, agencies)}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">{x.isQuote ? 'May be quoted in reports (anonymised)' : 'Not to be quoted'}</p>
                  {cited > 0 && <p className="govuk-body-s govuk-!-margin-bottom-1">Cited by {cited} finding{cited === 1 ? '' : 's'}</p>}
                  <div className="app-inline-actions">
                    {!passage.isLost && <Button variant="secondary" isSmall onClick={() => onShow(x)}>Show in notes{suffix}</Button>}
                    <Button variant="secondary" isSmall onClick={() => setEditingId(x.id)}>Edit{suffix}</Button>
                    <Button variant="secondary" isSmall onClick={() => onRemove(passage)}>Remove{suffix}</Button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>}
    </section>
  );
}
