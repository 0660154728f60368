/**
 * A GOV.UK date input that saves itself (see useAutosave): the date is saved shortly
 * after the reviewer stops typing, when focus leaves the three boxes, and when the page
 * is hidden. A half-typed date is not an error while the reviewer is still in the boxes
 * (the message they came in with stays until they leave); once they leave, what is wrong
 * shows beside the field and nothing is saved.
 */
import { useState } from 'react';
import { dateParts, parseDateParts, type DateParts } from '../domain/words/index.ts';
import { DateInput } from './DateInput.tsx';
import { useAutosave } from './useAutosave.ts';

export interface AutosaveDateInputProps {
  id: string;
  legend: string;
  /** Replaces the standard example hint (say what an empty field means, say). */
  hint?: string;
  /** The stored YYYY-MM-DD date, or '' when there is none. */
  value: string;
  /** Saves a real date, or '' when the reviewer has emptied the boxes. */
  onSave: (date: string) => Promise<unknown>;
  /** A further check on a real date (e.g. the end not before the start). */
  validate?: (date: string) => string | undefined;
}

// useAutosave keeps one string; the three boxes travel through it as JSON.
const toDraft = (parts: DateParts) => JSON.stringify(parts);
const fromDraft = (draft: string) => JSON.parse(draft) as DateParts;

export function AutosaveDateInput({ id, legend, hint, value, onSave, validate }: AutosaveDateInputProps) {
  const [isInside, setIsInside] = useState(false);
  const [errorOnEntry, setErrorOnEntry] = useState<string | undefined>();
  const read = (draft: string) => parseDateParts(fromDraft(draft), legend);
  const check = (draft: string) => {
    const parsed = read(draft);
    return parsed.error ?? (parsed.date ? validate?.(parsed.date) : undefined);
  };
  const { draft, error, change, flush } = useAutosave(toDraft(dateParts(value || undefined)), (d) => onSave(read(d).date ?? ''), check);
  return (
    <DateInput id={id} legend={legend} {...(hint !== undefined && { hint })} value={fromDraft(draft)} error={isInside ? errorOnEntry : error}
      onChange={(parts) => change(toDraft(parts))} onFocus={() => { if (!isInside) { setIsInside(true); setErrorOnEntry(error); } }}
      onLeave={() => { setIsInside(false); flush(); }} />
  );
}
