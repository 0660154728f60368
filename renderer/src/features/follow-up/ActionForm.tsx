/** Adds an action under a recommendation, or changes one: what, who owns it, by when, and its status. */
import { useEffect, useRef, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { db } from '../../db/index.ts';
import { addAction, updateAction } from '../../db/actionRepository.ts';
import type { Action, Agency, Recommendation } from '../../domain/reviewFile.ts';
import { actionFormValues, parseActionForm, type ActionFormValues } from './actionForms.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { StatusSelect } from './StatusSelect.tsx';
import { usePlanForm } from './usePlanForm.ts';
import { visibleText } from '../../domain/words/index.ts';

export interface ActionFormProps {
  reviewId: string;
  recommendation: Recommendation;
  agencies: readonly Agency[];
  /** The action to change; absent to add a new one. */
  action?: Action;
  /** Called with the action's id once saved. */
  onDone: (actionId: string) => void;
  onCancel: () => void;
}

export function ActionForm({ reviewId, recommendation, agencies, action, onDone, onCancel }: ActionFormProps) {
  const prefix = `action-${action?.id ?? `new-${recommendation.id}`}`;
  const ids = { description: `${prefix}-description`, ownerAgencyId: `${prefix}-owner`, due: `${prefix}-due`, status: `${prefix}-status` };
  const { values, set, errors, summary, attempt, showErrors, save } = usePlanForm<ActionFormValues>(() => actionFormValues(action, recommendation.leadAgencyId), ids);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => { first.current?.focus(); }, []);
  // Adding sits under a recommendation's h3; changing sits inside an action's card (h4).
  const Heading = action ? 'h5' : 'h4';
  const heading = action ? 'Change the action' : `Add an action to recommendation ${recommendation.number}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { details, errors: found } = parseActionForm(values, agencies.map((a) => a.id));
    showErrors(found);
    if (!details) return;
    let savedId = action?.id ?? '';
    const isSaved = await save(async () => {
      if (action) await updateAction(db, action.id, details);
      else savedId = await addAction(db, reviewId, recommendation.id, details);
    }, action ? 'The changes could not be saved' : 'The action could not be added');
    if (isSaved) onDone(savedId);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`} className="app-action-form">
      <Heading className="govuk-heading-s" id={`${prefix}-heading`}>{heading}</Heading>
      <ErrorSummary errors={summary} attempt={attempt} />
      <Field id={ids.description} label="What will be done" error={errors.description}>
        {(describedBy) => (
          <textarea autoComplete="off" id={ids.description} ref={first} rows={3} spellCheck aria-describedby={describedBy} value={values.description}
            className={`govuk-textarea${errors.description ? ' govuk-textarea--error' : ''}`} onChange={(e) => set('description')(e.target.value)} />
        )}
      </Field>
      <Field id={ids.ownerAgencyId} label="Owner agency" hint="The agency in scope that answers for this action." error={errors.ownerAgencyId}>
        {(describedBy) => (
          <select id={ids.ownerAgencyId} className={`govuk-select${errors.ownerAgencyId ? ' govuk-select--error' : ''}`} aria-describedby={describedBy}
            value={values.ownerAgencyId} onChange={(e) => set('ownerAgencyId')(e.target.value)}>
            {!agencies.some((a) => a.id === values.ownerAgencyId) && <option value="">Choose an agency</option>}
            {agencies.map((a) => <option key={a.id} value={a.id}>{visibleText(a.name)}</option>)}
          </select>
        )}
      </Field>
      <DateInput id={ids.due} legend="Due date (optional)" hint="For example, 27 3 2026. Leave it blank if no date is agreed yet." error={errors.due}
        value={values.due} onChange={set('due')} />
      <StatusSelect id={ids.status} label="Status" value={values.status} onChange={set('status')} />
      <div className="govuk-button-group">
        <Button type="submit">{action ? 'Save action' : 'Add action'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
