/** Narrows the action plan to one owner agency, one status and/or the overdue actions. */
import { Button } from '../../components/Button.tsx';
import { isFiltering, type ActionFilter } from '../../domain/actionPlan.ts';
import { ragOf, type ActionStatus } from '../../domain/rag.ts';
import { ACTION_STATUSES, type Agency } from '../../domain/reviewFile.ts';
import { visibleText } from '../../domain/words/index.ts';

export interface ActionFiltersProps {
  filter: ActionFilter;
  agencies: readonly Agency[];
  onChange: (filter: ActionFilter) => void;
}

export function ActionFilters({ filter, agencies, onChange }: ActionFiltersProps) {
  return (
    <div className="app-inline-actions app-plan-filters" role="group" aria-label="Filter the action plan">
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="plan-filter-owner">Owner agency</label>
        <select id="plan-filter-owner" className="govuk-select" value={filter.ownerAgencyId ?? ''}
          onChange={(e) => onChange({ ...filter, ownerAgencyId: e.target.value || undefined })}>
          <option value="">All agencies</option>
          {agencies.map((a) => <option key={a.id} value={a.id}>{visibleText(a.name)}</option>)}
        </select>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="plan-filter-status">Status</label>
        <select id="plan-filter-status" className="govuk-select" value={filter.status ?? ''}
          onChange={(e) => onChange({ ...filter, status: (e.target.value || undefined) as ActionStatus | undefined })}>
          <option value="">All statuses</option>
          {ACTION_STATUSES.map((s) => <option key={s} value={s}>{ragOf(s).label}</option>)}
        </select>
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id="plan-filter-overdue" type="checkbox" checked={filter.isOverdueOnly ?? false}
              onChange={(e) => onChange({ ...filter, isOverdueOnly: e.target.checked })} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="plan-filter-overdue">Overdue only</label>
          </div>
        </div>
      </div>
      {isFiltering(filter) && <Button variant="secondary" isSmall onClick={() => onChange({})}>Clear filters</Button>}
    </div>
  );
}
