/**
 * Opens an engagement's notes for live capture: first restores any draft a crash left
 * behind (and says so), then hands the text to the editor.
 */
import { useEffect, useState } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { db } from '../../db/index.ts';
import { recoverDraft, type OpenedNotes } from '../../db/draftRepository.ts';
import { NotesEditor } from './NotesEditor.tsx';
import { formatTime } from './format.ts';

export function NotesCapture({ engagementId, reviewId }: { engagementId: string; reviewId: string }) {
  const { notify } = useNotices();
  const [opened, setOpened] = useState<OpenedNotes | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    let isCurrent = true;
    recoverDraft(db, engagementId).then((result) => {
      // Told even if the reviewer has moved on: the restored text is saved either way.
      if (result.restoredFrom !== undefined) notify({ kind: 'success', text: `Restored notes you had not saved (from ${formatTime(result.restoredFrom)})` });
      if (isCurrent) setOpened(result);
    }, (error: unknown) => {
      if (isCurrent) setProblem(messageOf(error));
    });
    return () => { isCurrent = false; };
  }, [engagementId, notify]);

  if (problem) return <p className="govuk-error-message">The notes could not be opened: {problem}</p>;
  if (!opened) return <p className="govuk-body">Opening the notes…</p>;
  return <NotesEditor engagementId={engagementId} reviewId={reviewId} initial={opened.notes} />;
}
