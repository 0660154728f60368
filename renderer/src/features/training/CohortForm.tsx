/** Starts a facilitated cohort: a label for the session and the modules it covers. */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { focusAfter } from '../../components/focus.ts';
import { db } from '../../db/index.ts';
import { createCohort } from '../../db/trainingRepository.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { messageOf } from '../../app/notices.tsx';

export function CohortForm({ course }: { course: Course }) {
  const [name, setName] = useState('');
  const [modules, setModules] = useState<string[]>(course.modules.map((m) => m.id));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [tries, setTries] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found['cohort-name'] = 'Enter a name for the cohort, such as the date and place of the session';
    else if (name.trim().length > 120) found['cohort-name'] = 'A cohort name must be 120 characters or fewer';
    if (modules.length === 0) found['cohort-modules'] = 'Select at least one module';
    setErrors(found);
    setTries((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      const ordered = course.modules.map((m) => m.id).filter((id) => modules.includes(id));
      const cohort = await createCohort(db, course, name.trim(), ordered);
      setName('');
      void focusAfter(`cohort-${cohort.id}`);
    } catch (e) {
      setErrors({ 'cohort-name': messageOf(e) });
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }))} attempt={tries} />
      <Field id="cohort-name" label="Cohort name" hint="The session, such as “Workshop, 3 March, Northgate”. Not people’s names." error={errors['cohort-name']}>
        {(describedBy) => <input autoComplete="off" className="govuk-input govuk-!-width-two-thirds" id="cohort-name" value={name} onChange={(e) => setName(e.target.value)} aria-describedby={describedBy} />}
      </Field>
      {errors['cohort-modules'] && <p className="govuk-error-message"><span className="govuk-visually-hidden">Error:</span> {errors['cohort-modules']}</p>}
      <CheckboxGroup id="cohort-modules" legend="Modules this cohort takes" options={course.modules.map((m) => ({ value: m.id, label: m.title }))}
        chosen={modules} onChange={setModules} emptyText="This course has no modules." />
      <Button type="submit">Start cohort</Button>
    </form>
  );
}
