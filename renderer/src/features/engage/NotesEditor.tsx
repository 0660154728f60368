/** The large plain-text notes field. It alone re-renders as the reviewer types. */
import { useEffect, useRef } from 'react';
import { useNotesAutosave } from './useNotesAutosave.ts';

export interface NotesEditorProps {
  engagementId: string;
  reviewId: string;
  initial: string;
}

export function NotesEditor({ engagementId, reviewId, initial }: NotesEditorProps) {
  const { text, change, flush } = useNotesAutosave(engagementId, reviewId, initial);
  const field = useRef<HTMLTextAreaElement>(null);
  // Opening an engagement puts the cursor at the end of its notes, ready to carry on typing.
  useEffect(() => {
    const textarea = field.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    textarea.scrollTop = textarea.scrollHeight;
  }, []);
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--m" htmlFor="engagement-notes">Notes</label>
      <div className="govuk-hint" id="engagement-notes-hint">
        Type what is said as it is said. Attribute remarks to agencies and job roles, never to named people. Notes save on their own.
      </div>
      <textarea autoComplete="off" id="engagement-notes" ref={field} className="govuk-textarea app-notes" rows={24} value={text} spellCheck
        aria-describedby="engagement-notes-hint" onChange={(e) => change(e.target.value)} onBlur={flush} />
    </div>
  );
}
