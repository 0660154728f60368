/** Narrows the timetable to one kind of engagement and/or one agency. */
import { ENGAGEMENT_KIND_LABELS, type EngagementKind } from '../../domain/engagementLabels.ts';
import type { TimetableFilter } from '../../domain/engagementSort.ts';
import { ENGAGEMENT_KINDS, type Agency } from '../../domain/reviewFile.ts';
import { visibleText } from '../../domain/words/index.ts';

export interface TimetableFiltersProps {
  filter: TimetableFilter;
  agencies: readonly Agency[];
  onChange: (filter: TimetableFilter) => void;
}

export function TimetableFilters({ filter, agencies, onChange }: TimetableFiltersProps) {
  return (
    <div className="app-inline-actions app-timetable-filters" role="group" aria-label="Filter the timetable">
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" className="govuk-select" value={filter.kind ?? ''}
          onChange={(e) => onChange({ ...filter, kind: (e.target.value || undefined) as EngagementKind | undefined })}>
          <option value="">All kinds</option>
          {ENGAGEMENT_KINDS.map((k) => <option key={k} value={k}>{ENGAGEMENT_KIND_LABELS[k]}</option>)}
        </select>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="filter-agency">Agency</label>
        <select id="filter-agency" className="govuk-select" value={filter.agencyId ?? ''}
          onChange={(e) => onChange({ ...filter, agencyId: e.target.value || undefined })}>
          <option value="">All agencies</option>
          {agencies.map((a) => <option key={a.id} value={a.id}>{visibleText(a.name)}</option>)}
        </select>
      </div>
    </div>
  );
}
