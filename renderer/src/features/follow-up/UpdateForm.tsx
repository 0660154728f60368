/** Records a dated update on an action; its status becomes the action's current status. */
import { useEffect, useRef, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { db } from '../../db/index.ts';
import { addActionUpdate } from '../../db/actionRepository.ts';
import type { Action } from '../../domain/reviewFile.ts';
import { parseUpdateForm, updateFormValues, type UpdateFormValues } from './actionForms.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { StatusSelect } from './StatusSelect.tsx';
import { usePlanForm } from './usePlanForm.ts';

export interface UpdateFormProps {
  action: Action;
  /** What the update is about, for the form's heading. */
  title: string;
  today: string;
  onDone: () => void;
  onCancel: () => void;
}

export function UpdateForm({ action, title, today, onDone, onCancel }: UpdateFormProps) {
  const prefix = `update-${action.id}`;
  const ids = { date: `${prefix}-date`, note: `${prefix}-note`, status: `${prefix}-status` };
  const { values, set, errors, summary, attempt, showErrors, save } = usePlanForm<UpdateFormValues>(() => updateFormValues(action, today), ids);
  const note = useRef<HTMLTextAreaElement>(null);
  // The date is usually today, so the note is where the reviewer starts.
  useEffect(() => { note.current?.focus(); }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { update, errors: found } = parseUpdateForm(values, today);
    showErrors(found);
    if (!update) return;
    if (await save(() => addActionUpdate(db, action.id, update), 'The update could not be added')) onDone();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`} className="app-action-form">
      <h5 className="govuk-heading-s" id={`${prefix}-heading`}>Add an update<span className="govuk-visually-hidden"> to: {title}</span></h5>
      <ErrorSummary errors={summary} attempt={attempt} />
      <DateInput id={ids.date} legend="Date of the update" error={errors.date} value={values.date} onChange={set('date')} />
      <Field id={ids.note} label="What has happened" error={errors.note}>
        {(describedBy) => (
          <textarea autoComplete="off" id={ids.note} ref={note} rows={3} spellCheck aria-describedby={describedBy} value={values.note}
            className={`govuk-textarea${errors.note ? ' govuk-textarea--error' : ''}`} onChange={(e) => set('note')(e.target.value)} />
        )}
      </Field>
      <StatusSelect id={ids.status} label="Status now" hint="This becomes the action’s current status, unless the update is dated before its latest one." value={values.status} onChange={set('status')} />
      <div className="govuk-button-group">
        <Button type="submit">Add update</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
