/** The timetable: add an engagement, sort and filter the table, and see agency coverage. */
import { Button } from '../../components/Button.tsx';
import { ShowMore, useShownPages } from '../../components/ShowMore.tsx';
import { arrangeTimetable, nextSort, type TimetableFilter, type TimetableSort } from '../../domain/engagementSort.ts';
import type { Agency, Engagement, Review } from '../../domain/reviewFile.ts';
import { AgencyCoveragePanel } from './AgencyCoveragePanel.tsx';
import { EngagementForm } from './EngagementForm.tsx';
import { EngagementTable } from './EngagementTable.tsx';
import { TimetableFilters } from './TimetableFilters.tsx';
import { useDeleteEngagement } from './useDeleteEngagement.ts';
import { plural } from '../../domain/words/index.ts';

export interface TimetableViewProps {
  review: Review;
  engagements: readonly Engagement[];
  agencies: readonly Agency[];
  sort: TimetableSort;
  filter: TimetableFilter;
  onArrange: (sort: TimetableSort, filter: TimetableFilter) => void;
  isAdding: boolean;
  onAddingChange: (isAdding: boolean) => void;
  /** Opens an engagement's notes (after adding one, for instance). */
  onOpen: (engagementId: string) => void;
}

export function TimetableView({ review, engagements, agencies, sort, filter, onArrange, isAdding, onAddingChange, onOpen }: TimetableViewProps) {
  const remove = useDeleteEngagement();
  const shown = arrangeTimetable(engagements, sort, filter);
  const pages = useShownPages(shown.length);
  return (
    <>
      <section aria-labelledby="timetable-heading">
        <h2 className="govuk-heading-m" id="timetable-heading" tabIndex={-1}>Engagement timetable</h2>
        {isAdding ? (
          <EngagementForm review={review} agencies={agencies} onCancel={() => onAddingChange(false)}
            onDone={(id) => { onAddingChange(false); onOpen(id); }} />
        ) : (
          <Button onClick={() => onAddingChange(true)}>Add an engagement</Button>
        )}
        {engagements.length === 0 ? (
          <p className="govuk-body">
            No engagements yet. Add the interviews, workshops and focus groups you have planned or held; you type each one’s notes here too.
          </p>
        ) : (
          <>
            <TimetableFilters filter={filter} agencies={agencies} onChange={(next) => onArrange(sort, next)} />
            <p className="govuk-body" role="status">
              {shown.length === engagements.length ? `${plural(engagements.length, 'engagement')}.` : `Showing ${shown.length} of ${engagements.length} engagements.`}
            </p>
            {shown.length > 0 && (
              <EngagementTable reviewId={review.id} engagements={shown.slice(0, pages.shown)} agencies={agencies} sort={sort}
                onSort={(key) => onArrange(nextSort(sort, key), filter)} onDelete={(e) => void remove(e)} />
            )}
            <ShowMore shown={pages.shown} total={shown.length} items="engagements" onMore={pages.showMore} />
          </>
        )}
      </section>
      <AgencyCoveragePanel reviewId={review.id} agencies={agencies} engagements={engagements} />
    </>
  );
}
