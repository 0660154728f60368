/**
 * The steps of moving review files in and out on the Reviews list: asking how to export,
 * asking for a backup's password, recognising what was picked, unlocking it, resolving a
 * review that is already here, and choosing what to restore. One step shows at a time;
 * starting a new one clears the last one's banner, so no stale message lingers.
 */
import { useState, type ReactNode } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import type { Envelope } from '../../crypto/envelope.ts';
import { IdsInUseError, ReviewExistsError } from '../../db/reviewFileRepository.ts';
import type { BackupFile } from '../../domain/backupFile.ts';
import type { Review, ReviewFile } from '../../domain/reviewFile.ts';
import { ReviewFileError } from '../../domain/reviewFileErrors.ts';
import { ExportForm } from './ExportForm.tsx';
import { ImportConflict, type SharedRecords } from './ImportConflict.tsx';
import {
  backUpEverything, exportReview, ImportFailedError, importReview, pickImportFile, restore, reviewsAlreadyHere, undoRestore, unlockFile,
} from './reviewFileActions.ts';
import { importProgressText, type ImportProgress } from './reading/progressText.ts';
import type { ReadStep } from './reading/protocol.ts';
import { RestoreBackup } from './RestoreBackup.tsx';
import { UnlockForm } from './UnlockForm.tsx';

type Flow =
  | { step: 'idle' }
  | { step: 'export'; review: Review }
  | { step: 'backup' }
  | { step: 'unlock'; fileName: string; envelope: Envelope }
  | { step: 'conflict'; fileName: string; file: ReviewFile; existingTitle: string; shared?: SharedRecords }
  | { step: 'restore'; fileName: string; backup: BackupFile; present: Set<string> };

const IDLE: Flow = { step: 'idle' };

/**
 * `checkPlain` runs the personal-data check before a plain file leaves the laptop: it calls
 * its `run` at once when nothing is found, and otherwise asks the reviewer first.
 */
export function useReviewFileFlow(reviewCount: number, checkPlain?: (reviewId: string, run: () => Promise<void>) => Promise<void>) {
  const { notify, clear } = useNotices();
  const [flow, setFlow] = useState<Flow>(IDLE);
  // The import's progress line; null when no import is under way.
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const track = <T,>(work: Promise<T>) => work.finally(() => setProgress(null));
  const onReadStep = (step: ReadStep) => setProgress({ step });
  const onSaved = (saved: number, total: number) => setProgress({ step: 'saving', saved, total });
  const fail = (title: string, error: unknown) => notify({ kind: 'important', title, text: messageOf(error) });

  const begin = (next: Flow) => {
    clear();
    setFlow(next);
  };

  // A file whose review (or some of whose records) is already here is never overwritten: ask, then copy or cancel.
  const importFile = async (file: ReviewFile, fileName: string, asCopy: boolean) => {
    try {
      await track(importReview(file, { asCopy, validated: true, onProgress: onSaved }));
    } catch (error) {
      if (error instanceof ReviewExistsError) setFlow({ step: 'conflict', fileName, file, existingTitle: error.existing.title });
      else if (error instanceof IdsInUseError) setFlow({ step: 'conflict', fileName, file, existingTitle: file.review.title, shared: { count: error.count, otherTitle: error.other?.title } });
      else throw error;
      return;
    }
    setFlow(IDLE);
    notify({ kind: 'success', text: `Imported “${file.review.title}” from ${fileName}${asCopy ? ' as a copy' : ''}.` });
  };

  const startImport = () => {
    begin(IDLE);
    void (async () => {
      const picked = await track(pickImportFile(onReadStep));
      if (!picked) return;
      if (picked.recognised.kind === 'encrypted') setFlow({ step: 'unlock', fileName: picked.fileName, envelope: picked.recognised.envelope });
      else await importFile(picked.recognised.file, picked.fileName, false);
    })().catch((error: unknown) => fail('Could not import the file', error));
  };

  // A wrong password stays beside the field; any other failure ends the import with a banner.
  const unlock = (fileName: string, envelope: Envelope) => async (password: string) => {
    let opened;
    try {
      opened = await track(unlockFile(envelope, password, onReadStep));
    } catch (error) {
      if (error instanceof ReviewFileError && error.problem === 'wrong-password') throw error;
      setFlow(IDLE);
      fail('Could not import the file', new ImportFailedError(fileName, error));
      return;
    }
    try {
      if (opened.kind === 'backup') setFlow({ step: 'restore', fileName, backup: opened.backup, present: await reviewsAlreadyHere(opened.backup) });
      else await importFile(opened.file, fileName, false);
    } catch (error) {
      fail('Could not import the file', error);
    }
  };

  const restoreBackup = (fileName: string, backup: BackupFile) => async (present: 'copy' | 'skip') => {
    try {
      const outcome = await restore(backup, present);
      setFlow(IDLE);
      const details = [`${outcome.added} new`, outcome.copied > 0 && `${outcome.copied} as copies`, outcome.skipped > 0 && `${outcome.skipped} skipped`].filter(Boolean).join(', ');
      notify({ kind: 'success', text: `Restored ${outcome.restoredIds.length} of ${backup.reviews.length} reviews from ${fileName} (${details}).`, undo: () => undoRestore(outcome) });
    } catch (error) {
      fail('Could not restore the backup', `${messageOf(error)} Nothing was changed.`);
    }
  };

  const exportOne = (review: Review) => async (choice: Parameters<typeof exportReview>[1]) => {
    const save = async () => {
      const outcome = await exportReview(review.id, choice);
      setFlow(IDLE);
      if (outcome.status === 'saved') notify({ kind: 'success', text: `Exported “${review.title}” as ${outcome.fileName}${choice.kind === 'encrypted' ? ', encrypted with your password' : ''}.` });
    };
    try {
      if (choice.kind === 'plain' && checkPlain) {
        setFlow(IDLE);
        await checkPlain(review.id, save);
      } else {
        await save();
      }
    } catch (error) {
      fail('Could not export the review', error);
    }
  };

  const backUp = async (choice: Parameters<typeof exportReview>[1]) => {
    if (choice.kind !== 'encrypted') return;
    try {
      const outcome = await backUpEverything(choice.password);
      setFlow(IDLE);
      if (outcome.status === 'saved') notify({ kind: 'success', text: `Backed up ${outcome.count} ${outcome.count === 1 ? 'review' : 'reviews'} to ${outcome.fileName}, encrypted with your password.` });
    } catch (error) {
      fail('Could not back up the reviews', error);
    }
  };

  const cancel = () => setFlow(IDLE);
  let panel: ReactNode = null;
  switch (flow.step) {
    case 'export':
      panel = <ExportForm key={flow.review.id} heading={`Export “${flow.review.title}”`} canBePlain saveLabel="Save encrypted file" onSave={exportOne(flow.review)} onCancel={cancel} />;
      break;
    case 'backup':
      panel = (
        <ExportForm heading="Back up everything" canBePlain={false} saveLabel="Save encrypted backup" onSave={backUp} onCancel={cancel}
          intro={<p className="govuk-body">One encrypted file with all {reviewCount} {reviewCount === 1 ? 'review' : 'reviews'} on this computer and their registers of names. Keep the password safe: without it the backup cannot be opened.</p>} />
      );
      break;
    case 'unlock':
      panel = <UnlockForm fileName={flow.fileName} contents={flow.envelope.contents} onUnlock={unlock(flow.fileName, flow.envelope)} onCancel={cancel} />;
      break;
    case 'conflict':
      panel = <ImportConflict fileName={flow.fileName} existingTitle={flow.existingTitle} shared={flow.shared} onCancel={cancel}
        onCopy={() => void importFile(flow.file, flow.fileName, true).catch((error: unknown) => fail('Could not import the file', error))} />;
      break;
    case 'restore':
      panel = <RestoreBackup fileName={flow.fileName} backup={flow.backup} present={flow.present} onRestore={restoreBackup(flow.fileName, flow.backup)} onCancel={cancel} />;
      break;
  }

  return {
    panel: (
      <>
        {/* Always present, so assistive technology announces each new progress line. */}
        <div role="status" aria-live="polite" className="app-import-progress">
          {progress && <p className="govuk-body">{importProgressText(progress)}</p>}
        </div>
        {panel}
      </>
    ),
    startImport,
    startExport: (review: Review) => begin({ step: 'export', review }),
    startBackup: () => begin({ step: 'backup' }),
  };
}
