/**
 * Narrows the coded passages by theme (with its sub-themes), kind, the agency and sector
 * heard (or not attributed), whether a finding uses them yet, and words they contain.
 */
import type { ReactNode } from 'react';
import { KIND_LABELS } from '../../../domain/labels.ts';
import { SECTOR_LABELS } from '../../../domain/labels.ts';
import { UNATTRIBUTED, type ExcerptKind, type PassageFilter } from '../../../domain/passageFilter.ts';
import { EXCERPT_KINDS, type Agency, type Sector, type Theme } from '../../../domain/reviewFile.ts';
import { ThemeOptions } from './ThemeOptions.tsx';
import { visibleText } from '../../../domain/words/index.ts';

export interface PassageFiltersProps {
  filter: PassageFilter;
  themes: readonly Theme[];
  agencies: readonly Agency[];
  sectors: readonly Sector[];
  onChange: (filter: PassageFilter) => void;
}

type SelectKey = 'themeId' | 'kind' | 'agencyId' | 'sector';

export function PassageFilters({ filter, themes, agencies, sectors, onChange }: PassageFiltersProps) {
  const isFiltered = Object.values(filter).some((v) => v !== undefined && v !== false && v !== '');
  const select = (key: SelectKey, label: string, all: string, options: ReactNode, hint?: string) => (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={`evidence-filter-${key}`}>{label}</label>
      {hint && <div className="govuk-hint" id={`evidence-filter-${key}-hint`}>{hint}</div>}
      <select id={`evidence-filter-${key}`} className="govuk-select" value={filter[key] ?? ''} aria-describedby={hint ? `evidence-filter-${key}-hint` : undefined}
        onChange={(e) => onChange({ ...filter, [key]: e.target.value || undefined, ...(key === 'themeId' && { isThemeExact: undefined }) })}>
        <option value="">{all}</option>
        {options}
      </select>
    </div>
  );
  const notAttributed = <option value={UNATTRIBUTED}>Not attributed</option>;
  return (
    <div className="app-inline-actions app-evidence-filters" role="group" aria-label="Filter the passages">
      {select('themeId', 'Theme', 'All themes', <ThemeOptions themes={themes} />, filter.isThemeExact ? 'This theme only, as the coverage map counts' : 'Includes its sub-themes')}
      {select('kind', 'Kind', 'All kinds', EXCERPT_KINDS.map((k: ExcerptKind) => <option key={k} value={k}>{KIND_LABELS[k]}</option>))}
      {select('agencyId', 'Agency', 'All agencies', <>{agencies.map((a) => <option key={a.id} value={a.id}>{visibleText(a.name)}</option>)}{notAttributed}</>, 'Who said it')}
      {select('sector', 'Sector', 'All sectors', <>{sectors.map((s) => <option key={s} value={s}>{SECTOR_LABELS[s]}</option>)}{notAttributed}</>, 'Of who said it')}
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="evidence-filter-text">Words</label>
        <div className="govuk-hint" id="evidence-filter-text-hint">In the passage</div>
        <input className="govuk-input app-evidence-filters__text" id="evidence-filter-text" type="search" autoComplete="off" aria-describedby="evidence-filter-text-hint"
          value={filter.text ?? ''} onChange={(e) => onChange({ ...filter, text: e.target.value || undefined })} />
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id="evidence-filter-unused" type="checkbox" checked={filter.isUnused ?? false}
              onChange={(e) => onChange({ ...filter, isUnused: e.target.checked || undefined })} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="evidence-filter-unused">Not yet used in a finding</label>
          </div>
        </div>
      </div>
      {isFiltered && <button type="button" className="govuk-link app-link-button app-evidence-filters__clear" onClick={() => { onChange({}); document.getElementById('evidence-filter-themeId')?.focus(); }}>Clear filters</button>}
    </div>
  );
}
