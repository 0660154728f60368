/** A labelled select of the review file's sectors. */
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { useOptimisticValue } from '../../components/useOptimistic.ts';
import { SECTORS, type Sector } from '../../domain/reviewFile.ts';

export function SectorSelect({ id, label, value, onChange, isLabelHidden = false }: { id: string; label: string; value: Sector; onChange: (sector: Sector) => void; isLabelHidden?: boolean }) {
  const [shown, setShown] = useOptimisticValue(value);
  return (
    <div className="govuk-form-group">
      <label className={isLabelHidden ? 'govuk-visually-hidden' : 'govuk-label'} htmlFor={id}>{label}</label>
      <select id={id} className="govuk-select" value={shown} onChange={(e) => { setShown(e.target.value as Sector); onChange(e.target.value as Sector); }}>
        {SECTORS.map((s) => <option key={s} value={s}>{SECTOR_LABELS[s]}</option>)}
      </select>
    </div>
  );
}
