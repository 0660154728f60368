/** A labelled select of the review file's sectors. */
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { SECTORS, type Sector } from '../../domain/reviewFile.ts';

export function SectorSelect({ id, label, value, onChange, isLabelHidden = false }: { id: string; label: string; value: Sector; onChange: (sector: Sector) => void; isLabelHidden?: boolean }) {
  return (
    <div className="govuk-form-group">
      <label className={isLabelHidden ? 'govuk-visually-hidden' : 'govuk-label'} htmlFor={id}>{label}</label>
      <select id={id} className="govuk-select" value={value} onChange={(e) => onChange(e.target.value as Sector)}>
        {SECTORS.map((s) => <option key={s} value={s}>{SECTOR_LABELS[s]}</option>)}
      </select>
    </div>
  );
}
