/**
 * Shows what a backup holds and which of its reviews are already on this computer, and
 * asks what to do with those: import them as copies or skip them. Nothing is overwritten.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { Tag } from '../../components/Tag.tsx';
import type { PresentReviews } from '../../db/backupRepository.ts';
import type { BackupFile } from '../../domain/backupFile.ts';
import { UserText } from '../../components/UserText.tsx';

export interface RestoreBackupProps {
  fileName: string;
  backup: BackupFile;
  /** Ids of the backup's reviews already on this computer. */
  present: ReadonlySet<string>;
  onRestore: (present: PresentReviews) => Promise<void>;
  onCancel: () => void;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const when = (instant: string) => new Date(instant).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function RestoreBackup({ fileName, backup, present, onRestore, onCancel }: RestoreBackupProps) {
  const [choice, setChoice] = useState<PresentReviews>('skip');
  const [isRestoring, setRestoring] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);
  const total = backup.reviews.length;
  const count = choice === 'copy' ? total : total - present.size;

  const restore = async () => {
    setRestoring(true);
    try {
      await onRestore(choice);
    } finally {
      setRestoring(false);
    }
  };

  const radio = (value: PresentReviews, label: string, hint: string) => (
    <div className="govuk-radios__item">
      <input className="govuk-radios__input" id={`restore-${value}`} type="radio" name="restore-present" checked={choice === value}
        onChange={() => setChoice(value)} aria-describedby={`restore-${value}-hint`} />
      <label className="govuk-label govuk-radios__label" htmlFor={`restore-${value}`}>{label}</label>
      <div id={`restore-${value}-hint`} className="govuk-hint govuk-radios__hint">{hint}</div>
    </div>
  );

  return (
    <section className="govuk-inset-text" aria-labelledby="restore-heading">
      <h2 className="govuk-heading-m" id="restore-heading" tabIndex={-1} ref={heading}>Restore a backup</h2>
      <p className="govuk-body">{fileName} was saved on {when(backup.exportedAt)} and holds {plural(total, 'review')}. Restoring never changes the reviews already on this computer.</p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Reviews in this backup</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Review</th>
            <th scope="col" className="govuk-table__header">Area</th>
            <th scope="col" className="govuk-table__header">On this computer</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {backup.reviews.map(({ review }) => (
            <tr className="govuk-table__row" key={review.id}>
              <th scope="row" className="govuk-table__header"><UserText text={review.title} /></th>
              <td className="govuk-table__cell">{review.area}</td>
              <td className="govuk-table__cell">{present.has(review.id) ? <Tag text="Already here" colour="yellow" /> : <Tag text="New" colour="green" />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {present.size > 0 && (
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {plural(present.size, 'review')} {present.size === 1 ? 'is' : 'are'} already on this computer. What should happen to {present.size === 1 ? 'it' : 'them'}?
            </legend>
            <div className="govuk-radios govuk-radios--small">
              {radio('skip', 'Skip them', 'Keep only the reviews you have; the backup’s versions are left out.')}
              {radio('copy', 'Import them as copies', 'Each is added beside yours as a separate review; yours is not changed.')}
            </div>
          </fieldset>
        </div>
      )}
      <div className="govuk-button-group">
        <Button onClick={() => void restore()} disabled={isRestoring || count === 0}>{isRestoring ? 'Restoring…' : `Restore ${plural(count, 'review')}`}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel restore</Button>
      </div>
      {count === 0 && <p className="govuk-body">Every review in this backup is already on this computer. Choose “Import them as copies” to add them beside yours, or cancel.</p>}
    </section>
  );
}
