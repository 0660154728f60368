/**
 * The state of a form that adds an item or changes one: the values as typed, a message
 * per field from the form's own checks, a problem line when the write fails (with the
 * reason the repository gave, so a refused change says what to put right), and the
 * error summary's entries, each linking to its field.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { messageOf } from '../app/notices.tsx';
import { useSaveStatus } from '../app/saveStatus.tsx';

export type FieldErrors<V> = Partial<Record<keyof V, string>>;

export interface DetailsFormOptions<V, D> {
  initial: () => V;
  /** The form's checks: details only when there is no error. */
  parse: (values: V) => { details?: D; errors: FieldErrors<V> };
  /** Element ids of the fields, for the error summary's links. */
  fieldIds: Record<keyof V, string>;
  /** Writes the details; resolves with the id of the item added or changed. */
  save: (details: D) => Promise<string>;
  /** The first words of the problem line when the write fails, e.g. "The changes could not be saved." */
  failureText: string;
  onDone: (id: string) => void;
}

export function useDetailsForm<V extends object, D>({ initial, parse, fieldIds, save, failureText, onDone }: DetailsFormOptions<V, D>) {
  const { track } = useSaveStatus();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<V>>({});
  const [problem, setProblem] = useState<string | undefined>();
  // Failed submits so far: the error summary takes focus again on each one.
  const [attempt, setAttempt] = useState(0);
  const summary = useMemo(() => [
    ...(problem ? [{ text: problem }] : []),
    ...(Object.entries(errors) as Array<[keyof V, string]>).map(([field, text]) => ({ href: `#${fieldIds[field]}`, text })),
  ], [errors, problem, fieldIds]);

  const set = <K extends keyof V>(key: K) => (value: V[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { details, errors: found } = parse(values);
    setErrors(found);
    setProblem(undefined);
    if (details === undefined) {
      setAttempt((n) => n + 1);
      return;
    }
    let savedId = '';
    let failure: unknown;
    const isSaved = await track(async () => {
      try {
        savedId = await save(details);
      } catch (error) {
        failure = error;
        throw error;
      }
    });
    if (isSaved) onDone(savedId);
    else {
      setProblem(`${failureText} ${messageOf(failure)}`);
      setAttempt((n) => n + 1);
    }
  };
  return { values, set, errors, summary, attempt, submit };
}
