/**
 * The findings, theme by theme in the framework's order and in the reviewer's order
 * within each theme, each with its strength of evidence. Findings are added here from
 * scratch or in Evidence from ticked passages, and edited, reordered and deleted here.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { hrefFor, navigate, type WorkspaceRoute } from '../../../app/router.ts';
import { Button } from '../../../components/Button.tsx';
import { useFocusTarget } from '../../../components/useFocusTarget.ts';
import { strengthForAll } from '../../../domain/evidence.ts';
import { findingsByTheme } from '../../../domain/findingOrder.ts';
import { findingDefaults, passagesInOrder } from '../../../domain/passageFilter.ts';
import type { Review } from '../../../domain/reviewFile.ts';
import { useReviewFile } from '../../workspace/useReviewFile.ts';
import { passageLookups } from '../evidence/passageLookups.ts';
import { actionId, cardKey, FindingCard } from './FindingCard.tsx';
import { editorFieldId, FindingEditor } from './FindingEditor.tsx';
import { FindingForm } from './FindingForm.tsx';
import { focusSoon } from './focusSoon.ts';
import { useFindingActions } from './useFindingActions.ts';
import './findings.scss';
import { UserText } from '../../../components/UserText.tsx';
import { ShowMore, useShownPages } from '../../../components/ShowMore.tsx';
import { useDrawnInSlices } from '../../../components/drawnInSlices.ts';

const HEADING_ID = 'findings-heading';
const ADD_BUTTON_ID = 'add-finding';
/** Cards drawn in one task as the page opens (see drawnInSlices.ts): a card with its passages is tall. */
const CARDS_PER_SLICE = 10;


export function FindingsView({ review, route }: { review: Review; route: WorkspaceRoute }) {
  const file = useReviewFile(review.id);
  const lookups = useMemo(() => (file ? passageLookups(file) : undefined), [file]);
  const [isAdding, setIsAdding] = useState(false);
  const [editing, setEditing] = useState<{ findingId: string; focusId: string } | null>(null);
  // Only the editor lists every passage: sorting 45,000 of them waits until a card is edited.
  const isEditingAny = editing !== null;
  const passages = useMemo(() => (file && isEditingAny ? passagesInOrder(file) : []), [file, isEditingAny]);
  const onDeleted = useCallback(() => document.getElementById(HEADING_ID)?.focus(), []);
  const { move, remove } = useFindingActions(file?.findings, onDeleted);
  useFocusTarget(route.focus, Boolean(file));
  const editingRef = useRef(editing);
  useEffect(() => { editingRef.current = editing; });
  const stopEditing = useCallback((findingId: string) => {
    setEditing(null);
    // The Edit button is in the same card, which stays: wait for it to redraw as "Edit".
    focusSoon(actionId(findingId, 'edit'));
  }, []);
  const toggleEditing = useCallback((findingId: string) => {
    if (editingRef.current?.findingId === findingId) stopEditing(findingId);
    else setEditing({ findingId, focusId: editorFieldId(findingId, 'title') });
  }, [stopEditing]);
  const onMove = useCallback((findingId: string, direction: -1 | 1) => void move(findingId, direction), [move]);
  const onDelete = useCallback((findingId: string) => void remove(findingId), [remove]);
  const groups = useMemo(() => (file ? findingsByTheme(file.themes, file.findings) : []), [file]);
  const focusIndex = useMemo(() => (route.focus ? groups.flatMap((g) => g.findings).findIndex((f) => f.id === route.focus) : -1), [groups, route.focus]);
  const pages = useShownPages(file?.findings.length ?? 0, focusIndex);
  // The page's cards are drawn a slice at a time (a card a link asks for in the first).
  const drawnCards = useDrawnInSlices(pages.shown, { slice: CARDS_PER_SLICE, mustDraw: focusIndex + 1 });
  // Worked out once per snapshot's lists (and shared with the Overview), not again as each slice of cards is drawn.
  const evidence = useMemo(() => {
    if (!file) return undefined;
    const strengths = strengthForAll(file);
    return { strengths, singleVoices: file.findings.filter((f) => strengths.get(f.id)!.isSingleVoice).length };
  }, [file]);

  if (!file || !lookups || !evidence) return <p className="govuk-body">Loading the findings…</p>;
  // Pages run across the themes: each theme's findings are drawn until the page is full.
  const drawnGroups: Array<(typeof groups)[number] & { drawn: typeof file.findings }> = [];
  for (let room = drawnCards, i = 0; room > 0 && i < groups.length; i++) {
    const drawn = groups[i]!.findings.slice(0, room);
    room -= drawn.length;
    drawnGroups.push({ ...groups[i]!, drawn });
  }
  const { strengths, singleVoices } = evidence;
  const withFindings = new Set(groups.map((g) => g.theme.id));
  const themesWithout = lookups.themesInOrder.filter((t) => !withFindings.has(t.id));
  const evidenceHref = hrefFor({ page: 'workspace', reviewId: review.id, stage: 'analyse', view: 'evidence' });

  return (
    <section aria-labelledby={HEADING_ID}>
      <h2 className="govuk-heading-m" id={HEADING_ID} tabIndex={-1}>Findings</h2>
      <p className="govuk-body">
        {file.findings.length === 0
          ? 'No findings yet. '
          : `${file.findings.length} finding${file.findings.length === 1 ? '' : 's'} under ${groups.length} theme${groups.length === 1 ? '' : 's'}${singleVoices ? `; ${singleVoices} rest${singleVoices === 1 ? 's' : ''} on a single voice` : ''}. `}
        Draw findings from <a className="govuk-link" href={evidenceHref}>ticked passages in Evidence</a>, or add one here and choose its evidence.
      </p>
      {isAdding ? (
        <FindingForm reviewId={review.id} lookups={lookups} evidence={[]} initial={findingDefaults([], file.themes)}
          onCancel={() => { setIsAdding(false); focusSoon(ADD_BUTTON_ID); }}
          onDone={(findingId) => { setIsAdding(false); navigate({ ...route, focus: findingId }); }} />
      ) : (
        <Button id={ADD_BUTTON_ID} onClick={() => setIsAdding(true)}>Add a finding</Button>
      )}
      {drawnGroups.map(({ theme, depth, findings, drawn }) => {
        const parent = theme.parentId ? lookups.themeById.get(theme.parentId) : undefined;
        return (
          <section key={theme.id} className="app-finding-theme" aria-labelledby={`finding-theme-${theme.id}`}>
            <h3 className="govuk-heading-m" id={`finding-theme-${theme.id}`}>
              {depth > 0 && parent && <span className="govuk-caption-m"><UserText text={parent.name} /></span>}
              <UserText text={theme.name} />
            </h3>
            {drawn.map((finding, i) => {
              const isEditing = editing?.findingId === finding.id;
              const strength = strengths.get(finding.id)!;
              return (
                <FindingCard key={finding.id} reviewId={review.id} finding={finding} strength={strength} lookups={lookups} cardKey={cardKey(finding, strength, lookups)}
                  isFirst={i === 0} isLast={i === findings.length - 1} isEditing={isEditing} onEdit={toggleEditing} onMove={onMove} onDelete={onDelete}>
                  {isEditing && (
                    <FindingEditor reviewId={review.id} finding={finding} passages={passages} themes={file.themes} lookups={lookups} focusId={editing.focusId}
                      onThemeChange={() => setEditing({ findingId: finding.id, focusId: editorFieldId(finding.id, 'theme') })}
                      onDone={() => stopEditing(finding.id)} />
                  )}
                </FindingCard>
              );
            })}
          </section>
        );
      })}
      <ShowMore shown={pages.shown} total={file.findings.length} items="findings" onMore={pages.showMore} />
      {themesWithout.length > 0 && file.findings.length > 0 && (
        <p className="govuk-body-s">No findings yet under: {themesWithout.map((t) => t.name).join(', ')}.</p>
      )}
    </section>
  );
}
