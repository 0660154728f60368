/**
 * The Engage stage: the engagement timetable with agency coverage, or one engagement's
 * notes open for live capture (`#/reviews/<id>/engage/<engagementId>`). Sort, filter and
 * the add form live here, so they survive moving between the two and so the previous/next
 * shortcuts follow the timetable as the reviewer has arranged it.
 */
import { useEffect, useRef, useState } from 'react';
import { hrefFor, navigate, useRoute } from '../../app/router.ts';
import { DEFAULT_SORT, arrangeTimetable, neighbour, sortEngagements, type TimetableFilter, type TimetableSort } from '../../domain/engagementSort.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { useAgencies, useThemes } from '../workspace/useReviewData.ts';
import { KeyboardShortcutsHelp } from './KeyboardShortcutsHelp.tsx';
import { NotesView } from './NotesView.tsx';
import { TimetableView } from './TimetableView.tsx';
import { FIELD_IDS } from './engagementForm.ts';
import { useEngageShortcuts } from './useEngageShortcuts.ts';
import { useEngagements } from './useEngagements.ts';
import './engage.scss';
import { focusById } from '../../components/focus.ts';

export function EngageStage({ review }: { review: Review }) {
  const route = useRoute();
  const openId = route.page === 'workspace' ? route.engagementId : undefined;
  const engagements = useEngagements(review.id);
  const agencies = useAgencies(review.id);
  const themes = useThemes(review.id);
  const [arrangement, setArrangement] = useState<{ sort: TimetableSort; filter: TimetableFilter }>({ sort: DEFAULT_SORT, filter: {} });
  const [isAdding, setIsAdding] = useState(false);

  // The timetable as shown; the open engagement may be filtered out, so fall back to all of them.
  const shown = arrangeTimetable(engagements ?? [], arrangement.sort, arrangement.filter);
  const order = (openId && !shown.some((e) => e.id === openId) ? sortEngagements(engagements ?? [], arrangement.sort) : shown).map((e) => e.id);
  const open = (engagementId?: string) => navigate({ page: 'workspace', reviewId: review.id, stage: 'engage', ...(engagementId && { engagementId }) });
  const step = (direction: -1 | 1) => {
    const target = neighbour(order, openId, direction);
    if (target) open(target);
  };
  useEngageShortcuts({
    onAdd: () => {
      // Already adding: bring the reviewer back to the form's first field.
      if (isAdding && !openId) focusById(FIELD_IDS.kind, 'nearest');
      setIsAdding(true);
      if (openId) open();
    },
    onPrevious: () => step(-1),
    onNext: () => step(1),
  });

  // Back from the notes to the timetable, focus goes to its heading (the link that was focused has gone).
  const lastOpenId = useRef(openId);
  useEffect(() => {
    if (lastOpenId.current !== undefined && openId === undefined && !isAdding) focusById('timetable-heading', 'nearest');
    lastOpenId.current = openId;
  }, [openId, isAdding]);

  if (!engagements || !agencies || !themes) return <p className="govuk-body">Loading the engagements…</p>;
  const current = openId ? engagements.find((e) => e.id === openId) : undefined;
  const at = current ? order.indexOf(current.id) : -1;
  const byId = (id: string | undefined) => engagements.find((e) => e.id === id);
  return (
    <>
      {openId === undefined && (
        <TimetableView review={review} engagements={engagements} agencies={agencies} sort={arrangement.sort} filter={arrangement.filter}
          onArrange={(sort, filter) => setArrangement({ sort, filter })} isAdding={isAdding} onAddingChange={setIsAdding} onOpen={open} />
      )}
      {openId !== undefined && current && (
        <NotesView review={review} engagement={current} agencies={agencies} themes={themes}
          previous={at > 0 ? byId(order[at - 1]) : undefined} next={at >= 0 ? byId(order[at + 1]) : undefined} />
      )}
      {openId !== undefined && !current && (
        <p className="govuk-body">
          That engagement is no longer in this review. <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId: review.id, stage: 'engage' })}>Back to the timetable</a>
        </p>
      )}
      <KeyboardShortcutsHelp />
    </>
  );
}
