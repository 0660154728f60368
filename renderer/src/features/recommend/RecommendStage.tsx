/**
 * The Recommend stage: numbered recommendations that answer the findings, each with a
 * lead agency, partners, priority, timescale and success measure; added, changed,
 * reordered and deleted (with Undo) here; and the unanswered check, which lists every
 * gap and barrier no recommendation answers yet. Everything reads one live snapshot of
 * the review, so the list, the numbers and the check always agree.
 */
import { useCallback, useMemo, useState } from 'react';
import { hrefFor, type WorkspaceRoute } from '../../app/router.ts';
import { Button } from '../../components/Button.tsx';
import { ShowMore, useShownPages } from '../../components/ShowMore.tsx';
import { useDrawnInSlices } from '../../components/drawnInSlices.ts';
import { focusTargetId, useFocusTarget } from '../../components/useFocusTarget.ts';
import type { Finding, Recommendation, Review } from '../../domain/reviewFile.ts';
import { KINDS_NEEDING_AN_ANSWER, unansweredFindings } from '../../domain/unanswered.ts';
import { useReviewFile } from '../workspace/useReviewFile.ts';
import { RecommendationCard, buttonId } from './RecommendationCard.tsx';
import { RecommendationForm } from './RecommendationForm.tsx';
import { UNANSWERED_HEADING_ID, UnansweredPanel } from './UnansweredPanel.tsx';
import { countOf } from './recommendationText.ts';
import { LIST_HEADING_ID, useRecommendationCommands } from './useRecommendationCommands.ts';
import { usePendingFocus } from './usePendingFocus.ts';
import './recommend.scss';

const ADD_BUTTON_ID = 'add-recommendation';
const byId = (id: string) => () => document.getElementById(id);
/** Recommendation cards drawn per slice of the first page (see drawnInSlices.ts). */
const CARDS_PER_SLICE = 20;

export function RecommendStage({ review, route }: { review: Review; route: WorkspaceRoute }) {
  const file = useReviewFile(review.id);
  // Several forms may be open at once, so moving to another never throws away typing.
  const [adding, setAdding] = useState<{ findingIds: string[] } | null>(null);
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const { focusWhenReady, cancel } = usePendingFocus();
  const { move, remove } = useRecommendationCommands(focusWhenReady, cancel);
  useFocusTarget(route.focus, Boolean(file));
  // Built only when their rows change, and stable callbacks, so memo'd cards skip renders.
  const findings = useMemo(() => new Map((file?.findings ?? []).map((f) => [f.id, f])), [file?.findings]);
  const agencies = useMemo(() => new Map((file?.agencies ?? []).map((a) => [a.id, a])), [file?.agencies]);
  const actionCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const action of file?.actions ?? []) counts.set(action.recommendationId, (counts.get(action.recommendationId) ?? 0) + 1);
    return counts;
  }, [file?.actions]);
  const setEditingOf = useCallback((id: string, isEditing: boolean) => setEditing((current) => {
    const next = new Set(current);
    if (isEditing) next.add(id);
    else next.delete(id);
    return next;
  }), []);
  const onEdit = useCallback((r: Recommendation) => setEditingOf(r.id, true), [setEditingOf]);
  const onMove = useCallback((r: Recommendation, direction: -1 | 1) => void move(r, direction), [move]);
  const onDelete = useCallback((r: Recommendation, isLast: boolean) => void remove(r, isLast), [remove]);
  // The list is drawn in pages; a new recommendation, or one a link asks for, is always drawn.
  const [reveal, setReveal] = useState<string | undefined>();
  const wanted = reveal ?? route.focus;
  const focusIndex = useMemo(() => (wanted ? [...(file?.recommendations ?? [])].sort((a, b) => a.number - b.number).findIndex((r) => r.id === wanted) : -1), [file?.recommendations, wanted]);
  const pages = useShownPages(file?.recommendations.length ?? 0, focusIndex);
  // The page's cards are drawn a slice at a time, so opening a long list is no one long task.
  const drawn = useDrawnInSlices(pages.shown, { slice: CARDS_PER_SLICE, mustDraw: focusIndex + 1 });

  if (!file) return <p className="govuk-body">Loading the recommendations…</p>;
  const recommendations = [...file.recommendations].sort((a, b) => a.number - b.number);
  const unanswered = unansweredFindings(file);
  const unansweredIds = new Set(unanswered.map((f) => f.id));
  const gapsAndBarriers = file.findings.filter((f) => KINDS_NEEDING_AN_ANSWER.has(f.kind)).length;
  const answered = new Set(recommendations.flatMap((r) => r.findingIds)).size;

  const startAdding = (findingIds: string[] = []) => setAdding({ findingIds });
  const formProps = { reviewId: review.id, agencies: file.agencies, findings: file.findings, themes: file.themes, unansweredIds };
  const showCheck = () => {
    const heading = document.getElementById(UNANSWERED_HEADING_ID);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };

  return (
    <>
      <section aria-labelledby={LIST_HEADING_ID}>
        <h2 className="govuk-heading-m" id={LIST_HEADING_ID} tabIndex={-1}>Recommendations</h2>
        {file.findings.length === 0 ? (
          <div className="govuk-inset-text" data-testid="no-findings">
            No findings yet. Recommendations answer what the review found, so draw out the findings first:{' '}
            <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId: review.id, stage: 'analyse', view: 'findings' })}>go to Analyse: Findings</a>.
          </div>
        ) : (
          <p className="govuk-body" data-testid="recommend-summary">
            {countOf(recommendations.length, 'recommendation')}, answering {answered} of {countOf(file.findings.length, 'finding')}.{' '}
            Unanswered gaps and barriers: <strong>{unanswered.length}</strong>.{' '}
            {unanswered.length > 0 && <button type="button" className="govuk-link app-link-button" onClick={showCheck}>See which</button>}
          </p>
        )}
        {adding ? (
          <RecommendationForm key="new" {...formProps} initialFindingIds={adding.findingIds}
            onCancel={() => { setAdding(null); focusWhenReady(byId(ADD_BUTTON_ID)); }}
            onDone={(id) => { setAdding(null); setReveal(id); focusWhenReady(byId(focusTargetId(id))); }} />
        ) : (
          <Button id={ADD_BUTTON_ID} onClick={() => startAdding()}>Add a recommendation</Button>
        )}
        {recommendations.length === 0 ? (
          <p className="govuk-body" data-testid="no-recommendations">
            No recommendations yet. Add one for each gap and barrier the review found, with the agency that will lead it.
          </p>
        ) : (
          <ol className="app-recommendations" aria-label="Recommendations in number order">
            {recommendations.slice(0, drawn).map((r, i) => (
              <li key={r.id} id={focusTargetId(r.id)} tabIndex={-1} data-number={r.number} className="app-recommendation">
                {editing.has(r.id) ? (
                  <RecommendationForm {...formProps} recommendation={r}
                    onCancel={() => { setEditingOf(r.id, false); focusWhenReady(byId(buttonId(r.id, 'edit'))); }}
                    onDone={() => { setEditingOf(r.id, false); focusWhenReady(byId(focusTargetId(r.id))); }} />
                ) : (
                  <RecommendationCard reviewId={review.id} recommendation={r} findings={findings} agencies={agencies}
                    actionCount={actionCounts.get(r.id) ?? 0}
                    isFirst={i === 0} isLast={i === recommendations.length - 1}
                    onEdit={onEdit} onMove={onMove} onDelete={onDelete} />
                )}
              </li>
            ))}
          </ol>
        )}
        <ShowMore shown={Math.min(pages.shown, recommendations.length)} total={recommendations.length} items="recommendations" onMore={pages.showMore} />
      </section>
      <UnansweredPanel reviewId={review.id} unanswered={unanswered} gapsAndBarriers={gapsAndBarriers} themes={file.themes}
        onAnswer={adding ? undefined : (finding: Finding) => startAdding([finding.id])} />
    </>
  );
}
