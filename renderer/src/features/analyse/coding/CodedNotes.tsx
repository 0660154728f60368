/**
 * An engagement's notes, read-only, with every coded passage highlighted. It is a
 * contentEditable textbox whose every edit is refused, so the reviewer gets a caret and
 * can select with the mouse or with Shift and the arrow keys. Its text is exactly the
 * notes (see selectionOffsets.ts); what each highlight is lives outside it, in hidden
 * descriptions the highlights point at.
 */
import { memo, useEffect, useState, type RefObject } from 'react';
import type { NotesSegment } from '../../../domain/passages.ts';

export interface CodedNotesProps {
  notes: string;
  segments: readonly NotesSegment[];
  /** A description of each highlighted passage, e.g. "Coded passage 2: Gap — Education". */
  descriptions: ReadonlyArray<{ id: string; text: string }>;
  rootRef: RefObject<HTMLDivElement | null>;
  describedBy: string;
}

export const descriptionId = (passageId: string) => `passage-description-${passageId}`;

const REFUSED = ['beforeinput', 'paste', 'drop', 'cut'] as const;

export const CodedNotes = memo(function CodedNotes({ notes, segments, descriptions, rootRef, describedBy }: CodedNotesProps) {
  // Bumped if the browser changed the text anyway (an input method's composition cannot
  // be cancelled): the element is then rebuilt from the notes.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const refuse = (event: Event) => event.preventDefault();
    const rebuild = () => setVersion((v) => v + 1);
    REFUSED.forEach((type) => root.addEventListener(type, refuse));
    root.addEventListener('input', rebuild);
    return () => {
      REFUSED.forEach((type) => root.removeEventListener(type, refuse));
      root.removeEventListener('input', rebuild);
    };
  }, [rootRef, version]);

  return (
    <>
      <div key={version} id="coding-notes" ref={rootRef} className="app-coded-notes" role="textbox" aria-readonly="true" aria-multiline="true"
        aria-labelledby="coding-notes-label" aria-describedby={describedBy} contentEditable suppressContentEditableWarning spellCheck={false}
        translate="no">
        {segments.map((s) => {
          const text = notes.slice(s.start, s.end);
          if (s.passageIds.length === 0) return <span key={s.start}>{text}</span>;
          return (
            <mark key={s.start} className={`app-coded-passage${s.passageIds.length > 1 ? ' app-coded-passage--overlap' : ''}`}
              aria-describedby={s.passageIds.map(descriptionId).join(' ')}>{text}</mark>
          );
        })}
      </div>
      <div hidden>
        {descriptions.map((d) => <span key={d.id} id={descriptionId(d.id)}>{d.text}</span>)}
      </div>
    </>
  );
});
