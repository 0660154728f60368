/** Creates a review from a template: the four facts needed before the Scope stage opens. */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import type { ReviewTemplate } from '../../domain/template.ts';
import type { NewReviewInput } from '../../domain/newReview.ts';
import { MARKINGS, type ProtectiveMarking } from '../../domain/reviewFile.ts';

export interface NewReviewFormProps {
  templates: readonly ReviewTemplate[];
  onCreate: (templateId: string, input: NewReviewInput) => Promise<void>;
  onCancel: () => void;
}

export function NewReviewForm({ templates, onCreate, onCancel }: NewReviewFormProps) {
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [input, setInput] = useState<NewReviewInput>({ title: '', area: '', commissioner: '', protectiveMarking: 'OFFICIAL-SENSITIVE' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const set = (key: keyof NewReviewInput) => (value: string) => setInput((i) => ({ ...i, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!input.title.trim()) found['new-title'] = 'Enter a title for the review';
    if (!input.area.trim()) found['new-area'] = 'Enter the area being reviewed';
    if (!templateId) found['new-template'] = 'Choose a template';
    setErrors(found);
    if (Object.keys(found).length === 0) await onCreate(templateId, input);
    else setAttempt((n) => n + 1);
  };

  const text = (id: string, label: string, key: 'title' | 'area' | 'commissioner', hint?: string) => (
    <Field id={id} label={label} hint={hint} error={errors[id]}>
      {(describedBy) => (
        <input id={id} className={`govuk-input${errors[id] ? ' govuk-input--error' : ''}`} value={input[key]} aria-describedby={describedBy}
          onChange={(e) => set(key)(e.target.value)} autoComplete="off" />
      )}
    </Field>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-review-heading">
      <h2 className="govuk-heading-m" id="new-review-heading">Create a new review</h2>
      <ErrorSummary errors={Object.entries(errors).map(([id, text]) => ({ href: `#${id}`, text }))} attempt={attempt} />
      {text('new-title', 'Review title', 'title', 'For example, Local Review of serious youth violence in Eastbridge')}
      {text('new-area', 'Area', 'area', 'The borough, district or town being reviewed')}
      {text('new-commissioner', 'Commissioned by', 'commissioner', 'For example, the Community Safety Partnership or the PCC (optional)')}
      <Field id="new-template" label="Template" hint="Its themes start the review; its agencies and question guide are offered as you go" error={errors['new-template']}>
        {(describedBy) => (
          <select id="new-template" className="govuk-select" value={templateId} aria-describedby={describedBy} onChange={(e) => setTemplateId(e.target.value)}>
            {templates.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        )}
      </Field>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Protective marking</legend>
          <div className="govuk-radios govuk-radios--small govuk-radios--inline">
            {MARKINGS.map((m) => (
              <div className="govuk-radios__item" key={m}>
                <input className="govuk-radios__input" id={`new-marking-${m}`} type="radio" name="new-marking" value={m}
                  checked={input.protectiveMarking === m} onChange={() => setInput((i) => ({ ...i, protectiveMarking: m as ProtectiveMarking }))} />
                <label className="govuk-label govuk-radios__label" htmlFor={`new-marking-${m}`}>{m}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Create review</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
