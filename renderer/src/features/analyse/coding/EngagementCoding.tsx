/**
 * One engagement's notes open for coding: the notes read-only with every coded passage
 * highlighted, a way to code the selected words, and the passages listed beside them.
 * Honours `?focus=<passage>` (brings it into view) and `?at=<start>-<end>` (selects that
 * range of the notes, a search match, ready to code).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { hrefFor, navigate, type WorkspaceRoute } from '../../../app/router.ts';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { useFocusTarget } from '../../../components/useFocusTarget.ts';
import { ENGAGEMENT_KIND_LABELS, engagementTitle } from '../../../domain/engagementLabels.ts';
import { KIND_LABELS } from '../../../domain/labels.ts';
import { inNotesOrder, isLost, notesSegments, trimSelection } from '../../../domain/passages.ts';
import type { Agency, Engagement, Excerpt, Review, Theme } from '../../../domain/reviewFile.ts';
import { EngagementPager } from '../../engage/EngagementPager.tsx';
import { formatDate } from '../../engage/format.ts';
import { CodedNotes } from './CodedNotes.tsx';
import { CodingDialog } from './CodingDialog.tsx';
import { PassageForm } from './PassageForm.tsx';
import { PassageList, themeNames, type ListedPassage } from './PassageList.tsx';
import { useCodingShortcuts } from './useCodingShortcuts.ts';
import { opening, usePassageActions } from './usePassageActions.ts';
import { scrollNotesTo, useNotesSelection } from './useNotesSelection.ts';

export interface EngagementCodingProps {
  review: Review;
  route: WorkspaceRoute;
  engagement: Engagement;
  /** Every passage of the review; this view picks the engagement's own. */
  excerpts: readonly Excerpt[];
  themes: readonly Theme[];
  agencies: readonly Agency[];
  citations: ReadonlyMap<string, number>;
  previous?: Engagement | undefined;
  next?: Engagement | undefined;
}

const NO_SELECTION = 'Select the words you want to code in the notes first, then choose “Code selected passage”.';

export function EngagementCoding({ review, route, engagement, excerpts, themes, agencies, citations, previous, next }: EngagementCodingProps) {
  const { notes } = engagement;
  const rootRef = useRef<HTMLDivElement>(null);
  const { selection, select } = useNotesSelection(rootRef);
  const actions = usePassageActions();
  const [pending, setPending] = useState<{ start: number; end: number; text: string } | undefined>();
  const [isSelectionMissing, setIsSelectionMissing] = useState(false);
  const [status, setStatus] = useState('');
  // After coding, the caret goes back after the new passage once the notes re-render with it.
  const caretAfterUpdate = useRef<number | undefined>(undefined);
  // Focus can only return to the notes once the modal dialog has gone (the page behind it is inert).
  const afterDialog = useRef<(() => void) | undefined>(undefined);
  useLayoutEffect(() => {
    if (pending || !afterDialog.current) return;
    afterDialog.current();
    afterDialog.current = undefined;
  }, [pending]);
  const agenciesHere = useMemo(() => engagement.agencyIds.flatMap((id) => agencies.filter((a) => a.id === id)), [engagement.agencyIds, agencies]);

  const listed = useMemo<ListedPassage[]>(() => inNotesOrder(excerpts.filter((x) => x.engagementId === engagement.id))
    .map((excerpt, i) => ({ excerpt, number: i + 1, isLost: isLost(notes, excerpt) })), [excerpts, engagement.id, notes]);
  const found = useMemo(() => listed.filter((p) => !p.isLost), [listed]);
  const segments = useMemo(() => notesSegments(notes.length, found.map((p) => p.excerpt)), [notes, found]);
  const descriptions = useMemo(() => found.map(({ excerpt: x, number }) => ({
    id: x.id, text: `Coded passage ${number}: ${KIND_LABELS[x.kind]} — ${themeNames(x.themeIds, themes)}`,
  })), [found, themes]);
  const lostCount = listed.length - found.length;

  useLayoutEffect(() => {
    if (caretAfterUpdate.current === undefined) return;
    select(caretAfterUpdate.current, caretAfterUpdate.current);
    caretAfterUpdate.current = undefined;
  }, [listed, select]);

  const codeHref = (engagementId?: string) => hrefFor({ page: 'workspace', reviewId: review.id, stage: 'analyse', view: 'code', ...(engagementId && { engagementId }) });
  const startCoding = () => {
    const trimmed = selection && trimSelection(notes, selection.start, selection.end);
    setIsSelectionMissing(!trimmed);
    if (trimmed) setPending({ ...trimmed, text: notes.slice(trimmed.start, trimmed.end) });
  };
  useCodingShortcuts({
    onCode: () => { if (notes) startCoding(); },
    onPrevious: () => { if (previous) navigate({ page: 'workspace', reviewId: review.id, stage: 'analyse', view: 'code', engagementId: previous.id }); },
    onNext: () => { if (next) navigate({ page: 'workspace', reviewId: review.id, stage: 'analyse', view: 'code', engagementId: next.id }); },
  });

  // Arriving: a search match is selected, a linked passage brought into view, or else the notes take focus.
  const at = route.at;
  useFocusTarget(route.focus, true);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const focused = found.find((p) => p.excerpt.id === route.focus)?.excerpt;
    if (at && Math.min(at.end, notes.length) > at.start) select(at.start, Math.min(at.end, notes.length));
    else if (focused) scrollNotesTo(root, focused.start, focused.end, false);
    else if (!route.focus) root.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on arriving at this engagement or a new range
  }, [at?.start, at?.end]);

  const caption = [ENGAGEMENT_KIND_LABELS[engagement.kind], formatDate(engagement.date),
    ...engagement.agencyIds.map((id) => agencies.find((a) => a.id === id)?.name ?? 'Unknown agency')].join(' · ');
  const engageHref = hrefFor({ page: 'workspace', reviewId: review.id, stage: 'engage', engagementId: engagement.id });

  return (
    <section aria-labelledby="coding-heading" className="app-coding">
      <a className="govuk-back-link govuk-!-margin-top-0" href={codeHref()}>All engagements</a>
      <h2 className="govuk-heading-m govuk-!-margin-bottom-1 app-coding-heading" id="coding-heading" tabIndex={-1}>{engagementTitle(engagement)}</h2>
      <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-2">{caption}</p>
      <p className="govuk-body-s"><a className="govuk-link" href={engageHref}>Edit these notes in Engage</a></p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {notes.length === 0 ? (
            <p className="govuk-body">No notes yet for this engagement. <a className="govuk-link" href={engageHref}>Type them in Engage</a>, then code them here.</p>
          ) : (
            <>
              <div className="app-inline-actions app-coding-toolbar">
                <Button onClick={startCoding} aria-describedby="coding-notes-hint">Code selected passage</Button>
                <p className="govuk-body-s govuk-!-margin-bottom-0" data-testid="coding-selection">
                  {selection ? <>Selected: “{opening(notes.slice(selection.start, selection.end))}”</> : 'Nothing selected.'}
                </p>
              </div>
              <p className="govuk-hint govuk-!-margin-top-2" id="coding-notes-hint">
                Select words with the mouse, or move with the arrow keys and hold Shift to select. Then choose “Code selected passage”
                or press <kbd className="app-kbd">Alt</kbd> + <kbd className="app-kbd">Shift</kbd> + <kbd className="app-kbd">C</kbd>.
                {' '}<kbd className="app-kbd">Alt</kbd> + <kbd className="app-kbd">Shift</kbd> + <kbd className="app-kbd">↑</kbd> or <kbd className="app-kbd">↓</kbd> opens
                the previous or next engagement. On a Mac, Alt is the Option key.
              </p>
              <p className="govuk-body-s" role="status">{status}</p>
              {isSelectionMissing && !pending && <ErrorSummary errors={[{ text: NO_SELECTION }]} />}
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id="coding-notes-label">Notes</h3>
              <CodedNotes notes={notes} segments={segments} descriptions={descriptions} rootRef={rootRef} describedBy="coding-notes-hint" />
            </>
          )}
        </div>
        <div className="govuk-grid-column-one-third">
          {pending && (
            <CodingDialog labelledBy="new-passage-heading" onCancel={() => { afterDialog.current = () => select(pending.start, pending.end); setPending(undefined); }}>
              <PassageForm key="new" idPrefix="new-passage" heading="Code this passage" submitLabel="Code passage" reviewId={review.id}
                passageText={pending.text} themes={themes} agencies={agenciesHere}
                initial={{ themeIds: [], kind: undefined, isQuote: false, speaker: undefined }}
                onCancel={() => { afterDialog.current = () => select(pending.start, pending.end); setPending(undefined); }}
                onSave={async (coding) => {
                  const problem = await actions.add({ engagementId: engagement.id, ...pending, ...coding });
                  if (problem) return problem;
                  const said = coding.agencyId === undefined ? '' : ` (said by ${agencies.find((a) => a.id === coding.agencyId)?.name ?? 'an agency'})`;
                  setStatus(`Coded “${opening(pending.text)}” as ${KIND_LABELS[coding.kind].toLowerCase()}: ${themeNames(coding.themeIds, themes)}${said}.`);
                  caretAfterUpdate.current = pending.end;
                  afterDialog.current = () => select(pending.end, pending.end);
                  setPending(undefined);
                  return undefined;
                }} />
            </CodingDialog>
          )}
          {lostCount > 0 && <p className="govuk-body-s"><strong>{lostCount} passage{lostCount === 1 ? '' : 's'} could not be found in the notes any more.</strong></p>}
          <PassageList reviewId={review.id} passages={listed} themes={themes} agencies={agenciesHere} citations={citations}
            onShow={(x) => select(x.start, x.end)}
            onSave={async (x, coding) => {
              const problem = await actions.update(x.id, coding);
              if (!problem) setStatus(`Saved the changes to “${opening(x.text)}”.`);
              return problem;
            }}
            onRemove={(passage) => void actions.remove(passage).then((isRemoved) => { if (isRemoved) document.getElementById('passages-heading')?.focus(); })} />
        </div>
      </div>
      <EngagementPager reviewId={review.id} previous={previous} next={next} hrefOf={codeHref} />
    </section>
  );
}
