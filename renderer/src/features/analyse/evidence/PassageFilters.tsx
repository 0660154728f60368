/** Narrows the coded passages by theme (with its sub-themes), kind, agency and sector. */
import type { ReactNode } from 'react';
import { KIND_LABELS } from '../../../domain/labels.ts';
import { SECTOR_LABELS } from '../../../domain/labels.ts';
import type { ExcerptKind, PassageFilter } from '../../../domain/passageFilter.ts';
import { EXCERPT_KINDS, type Agency, type Sector, type Theme } from '../../../domain/reviewFile.ts';
import { ThemeOptions } from './ThemeOptions.tsx';

export interface PassageFiltersProps {
  filter: PassageFilter;
  themes: readonly Theme[];
  agencies: readonly Agency[];
  sectors: readonly Sector[];
  onChange: (filter: PassageFilter) => void;
}

export function PassageFilters({ filter, themes, agencies, sectors, onChange }: PassageFiltersProps) {
  const isFiltered = Object.values(filter).some((v) => v !== undefined);
  const select = <K extends keyof PassageFilter>(key: K, label: string, all: string, options: ReactNode, hint?: string) => (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={`evidence-filter-${key}`}>{label}</label>
      {hint && <div className="govuk-hint" id={`evidence-filter-${key}-hint`}>{hint}</div>}
      <select id={`evidence-filter-${key}`} className="govuk-select" value={filter[key] ?? ''} aria-describedby={hint ? `evidence-filter-${key}-hint` : undefined}
        onChange={(e) => onChange({ ...filter, [key]: e.target.value || undefined })}>
        <option value="">{all}</option>
        {options}
      </select>
    </div>
  );
  return (
    <div className="app-inline-actions app-evidence-filters" role="group" aria-label="Filter the passages">
      {select('themeId', 'Theme', 'All themes', <ThemeOptions themes={themes} />, 'Includes its sub-themes')}
      {select('kind', 'Kind', 'All kinds', EXCERPT_KINDS.map((k: ExcerptKind) => <option key={k} value={k}>{KIND_LABELS[k]}</option>))}
      {select('agencyId', 'Agency', 'All agencies', agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>))}
      {select('sector', 'Sector', 'All sectors', sectors.map((s) => <option key={s} value={s}>{SECTOR_LABELS[s]}</option>))}
      {isFiltered && <button type="button" className="govuk-link app-link-button app-evidence-filters__clear" onClick={() => { onChange({}); document.getElementById('evidence-filter-themeId')?.focus(); }}>Clear filters</button>}
    </div>
  );
}
