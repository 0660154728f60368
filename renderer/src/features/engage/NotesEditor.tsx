/**
 * The large plain-text notes field. It alone re-renders as the reviewer types. Notes stop
 * at NOTES_MAX_CHARACTERS: a key or a paste that would go past it is refused before it
 * lands (never cut short), with the count beside the field; near the limit the field
 * says how many characters are left.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { NOTES_MAX_CHARACTERS, notesTooLongMessage } from '../../domain/notesLimit.ts';
import { plural } from '../../domain/words/index.ts';
import { useNotesAutosave } from './useNotesAutosave.ts';

export interface NotesEditorProps {
  engagementId: string;
  reviewId: string;
  initial: string;
}

/** Below this many characters left, the field counts down. */
const COUNTDOWN_FROM = NOTES_MAX_CHARACTERS / 10;

/**
 * The length the field would have once `event` lands, or undefined for input that adds
 * nothing. `length` is the field's current length, known without reading `value` (which
 * copies the whole text on every key).
 */
function lengthAfter(field: HTMLTextAreaElement, length: number, event: InputEvent): number | undefined {
  const inserted = event.data ?? event.dataTransfer?.getData('text/plain')
    ?? (event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph' ? '\n' : undefined);
  if (inserted === undefined) return undefined;
  return length - (field.selectionEnd - field.selectionStart) + inserted.length;
}

export function NotesEditor({ engagementId, reviewId, initial }: NotesEditorProps) {
  const { text, change, flush } = useNotesAutosave(engagementId, reviewId, initial);
  const [refusal, setRefusal] = useState<string | undefined>();
  const field = useRef<HTMLTextAreaElement>(null);
  const length = useRef(text.length);
  useLayoutEffect(() => { length.current = text.length; }, [text]);
  // Opening an engagement puts the cursor at the end of its notes, ready to carry on typing.
  useEffect(() => {
    const textarea = field.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    textarea.scrollTop = textarea.scrollHeight;
  }, []);
  // Refused before the browser changes the text, so the caret and the text stay where they were.
  useEffect(() => {
    const textarea = field.current;
    if (!textarea) return undefined;
    const check = (event: InputEvent) => {
      const next = lengthAfter(textarea, length.current, event);
      if (next === undefined || next <= NOTES_MAX_CHARACTERS || next <= length.current) return;
      event.preventDefault();
      setRefusal(notesTooLongMessage(next));
    };
    textarea.addEventListener('beforeinput', check);
    return () => textarea.removeEventListener('beforeinput', check);
  }, []);

  const onChange = (value: string) => {
    // Anything beforeinput could not see (such as a drop from another program) is checked here too.
    if (value.length > NOTES_MAX_CHARACTERS && value.length > text.length) {
      setRefusal(notesTooLongMessage(value.length));
      return;
    }
    if (refusal) setRefusal(undefined);
    change(value);
  };
  const left = NOTES_MAX_CHARACTERS - text.length;
  const describedBy = ['engagement-notes-hint', left <= COUNTDOWN_FROM && 'engagement-notes-count', refusal && 'engagement-notes-error'].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${refusal ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--m" htmlFor="engagement-notes">Notes</label>
      <div className="govuk-hint" id="engagement-notes-hint">
        Type what is said as it is said. Attribute remarks to agencies and job roles, never to named people. Notes save on their own.
      </div>
      {refusal && <p className="govuk-error-message" id="engagement-notes-error" role="alert"><span className="govuk-visually-hidden">Error:</span> {refusal}</p>}
      <textarea autoComplete="off" id="engagement-notes" ref={field} className={`govuk-textarea app-notes${refusal ? ' govuk-textarea--error' : ''}`} rows={24} value={text} spellCheck
        aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} onBlur={flush} />
      {left <= COUNTDOWN_FROM && (
        <div className="govuk-hint govuk-character-count__message" id="engagement-notes-count">
          {left > 0 ? `You have ${plural(left, 'character')} left` : 'You have reached the limit for these notes'}
        </div>
      )}
    </div>
  );
}
