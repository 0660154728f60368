/** Adds an action under a recommendation, or changes one: what, who owns it, by when, and its status. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { messageOf } from '../../app/notices.tsx';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { db } from '../../db/index.ts';
import { addAction, updateAction } from '../../db/actionRepository.ts';
import type { Action, Agency, Recommendation } from '../../domain/reviewFile.ts';
import { actionFormValues, parseActionForm, type ActionFormErrors, type ActionFormValues } from './actionForms.ts';
import { DateInput } from './DateInput.tsx';
import { StatusSelect } from './StatusSelect.tsx';

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
  const { track } = useSaveStatus();
  const [values, setValues] = useState<ActionFormValues>(() => actionFormValues(action, recommendation.leadAgencyId));
  const [errors, setErrors] = useState<ActionFormErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => { first.current?.focus(); }, []);

  const prefix = `action-${action?.id ?? `new-${recommendation.id}`}`;
  const ids = { description: `${prefix}-description`, ownerAgencyId: `${prefix}-owner`, due: `${prefix}-due`, status: `${prefix}-status` };
  // Adding sits under a recommendation's h3; changing sits inside an action's card (h4).
  const Heading = action ? 'h5' : 'h4';
  const heading = action ? 'Change the action' : `Add an action to recommendation ${recommendation.number}`;
  const summary = [
    ...(problem ? [{ text: problem }] : []),
    ...Object.entries(errors).map(([field, text]) => ({ href: `#${ids[field as keyof ActionFormValues]}`, text })),
  ];
  const set = <K extends keyof ActionFormValues>(key: K) => (value: ActionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { details, errors: found } = parseActionForm(values, agencies.map((a) => a.id));
    setErrors(found);
    setProblem(undefined);
    if (!details) return;
    let savedId = action?.id ?? '';
    let failure: unknown;
    const write = async () => {
      if (action) await updateAction(db, action.id, details);
      else savedId = await addAction(db, reviewId, recommendation.id, details);
    };
    // The repository's reason (an owner no longer in scope, say) is worth showing in the form.
    const isSaved = await track(() => write().catch((error: unknown) => { failure = error; throw error; }));
    if (isSaved) onDone(savedId);
    else setProblem(`${action ? 'The changes could not be saved' : 'The action could not be added'}: ${messageOf(failure)}`);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`} className="app-action-form">
      <Heading className="govuk-heading-s" id={`${prefix}-heading`}>{heading}</Heading>
      <ErrorSummary errors={summary} />
      <Field id={ids.description} label="What will be done" error={errors.description}>
        {(describedBy) => (
          <textarea id={ids.description} ref={first} rows={3} spellCheck aria-describedby={describedBy} value={values.description}
            className={`govuk-textarea${errors.description ? ' govuk-textarea--error' : ''}`} onChange={(e) => set('description')(e.target.value)} />
        )}
      </Field>
      <Field id={ids.ownerAgencyId} label="Owner agency" hint="The agency in scope that answers for this action." error={errors.ownerAgencyId}>
        {(describedBy) => (
          <select id={ids.ownerAgencyId} className={`govuk-select${errors.ownerAgencyId ? ' govuk-select--error' : ''}`} aria-describedby={describedBy}
            value={values.ownerAgencyId} onChange={(e) => set('ownerAgencyId')(e.target.value)}>
            {!agencies.some((a) => a.id === values.ownerAgencyId) && <option value="">Choose an agency</option>}
            {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
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
