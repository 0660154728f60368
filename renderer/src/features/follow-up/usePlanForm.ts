/**
 * What the action and update forms share: the typed values, one message per field, the
 * GOV.UK error summary linking to each field, and a save that runs through the
 * save-status line and, when the repository refuses, shows its plain-words reason.
 */
import { useState } from 'react';
import { messageOf } from '../../app/notices.tsx';
import { useSaveStatus } from '../../app/saveStatus.tsx';

export function usePlanForm<V extends object>(initial: () => V, ids: Record<keyof V, string>) {
  const { track } = useSaveStatus();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V, string>>>({});
  const [problem, setProblem] = useState<string | undefined>();
  // Failed submits so far: the error summary takes focus again on each one.
  const [attempt, setAttempt] = useState(0);

  const set = <K extends keyof V>(key: K) => (value: V[K]) => setValues((v) => ({ ...v, [key]: value }));
  const fieldErrors = (Object.keys(ids) as Array<keyof V>).flatMap((field) => {
    const text = errors[field];
    return text ? [{ href: `#${ids[field]}`, text }] : [];
  });
  const summary = [...(problem ? [{ text: problem }] : []), ...fieldErrors];

  /** Shows what the checks found (and clears an earlier save problem). */
  const showErrors = (found: Partial<Record<keyof V, string>>) => {
    setErrors(found);
    setProblem(undefined);
    if (Object.keys(found).length > 0) setAttempt((n) => n + 1);
  };

  /** Runs the write; resolves false after showing "<failed>: <reason>" when it fails. */
  const save = async (write: () => Promise<unknown>, failed: string): Promise<boolean> => {
    let failure: unknown;
    const isSaved = await track(() => write().catch((error: unknown) => { failure = error; throw error; }));
    if (!isSaved) {
      setProblem(`${failed}: ${messageOf(failure)}`);
      setAttempt((n) => n + 1);
    }
    return isSaved;
  };

  return { values, set, errors, summary, attempt, showErrors, save };
}
