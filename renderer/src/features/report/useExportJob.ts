/**
 * Runs one export at a time: reads a consistent snapshot of the review, builds the file
 * in a worker with progress, then saves it through the host (a native save dialog in
 * the desktop app, a download in a browser). Leaving the screen cancels a running job.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { db } from '../../db/index.ts';
import { exportReviewFile } from '../../db/reviewFileRepository.ts';
import { todayDate } from '../../domain/ids.ts';
import { isCancelled, runExport, type ExportJob } from '../../export/exportClient.ts';
import type { ExportProgress } from '../../export/options.ts';
import type { ExportKind, PlainExportOptions } from '../../export/protocol.ts';
import { getHost } from '../../host/index.ts';

export const EXPORT_NAMES: Record<ExportKind, { what: string; fileSuffix: string }> = {
  docx: { what: 'the Word report', fileSuffix: 'report' },
  xlsx: { what: 'the Excel workbook', fileSuffix: 'workbook' },
};

export interface RunningExport {
  kind: ExportKind;
  progress?: ExportProgress;
}

export function useExportJob(reviewId: string) {
  const { notify } = useNotices();
  const [running, setRunning] = useState<RunningExport | null>(null);
  const job = useRef<ExportJob | null>(null);
  const cancelled = useRef(false);

  useEffect(() => () => job.current?.cancel(), []);

  /** `mayStart`, when given, runs first with the progress shown (e.g. the personal-data check); false stops quietly. */
  const start = useCallback(async (kind: ExportKind, options: PlainExportOptions = {}, mayStart?: () => Promise<boolean>) => {
    const { what, fileSuffix } = EXPORT_NAMES[kind];
    cancelled.current = false;
    setRunning({ kind });
    try {
      if (mayStart && !(await mayStart())) {
        setRunning(null);
        return;
      }
      const file = await exportReviewFile(db, reviewId);
      if (cancelled.current) throw new DOMException('The export was cancelled.', 'AbortError');
      job.current = runExport(kind, file, { ...options, today: todayDate() }, (progress) => setRunning({ kind, progress }));
      const bytes = await job.current.result;
      setRunning(null);
      const outcome = await getHost().saveFile(`${file.review.title} ${fileSuffix}`, kind, bytes);
      if (outcome.status === 'saved') notify({ kind: 'success', text: `Saved ${what} as “${outcome.fileName}”.` });
      else notify({ kind: 'success', text: `${capitalise(what)} was not saved.` });
    } catch (error) {
      setRunning(null);
      if (isCancelled(error)) notify({ kind: 'success', text: `Cancelled ${what}. Nothing was saved.` });
      else notify({ kind: 'important', title: `Could not create ${what}`, text: messageOf(error) });
    } finally {
      job.current = null;
    }
  }, [notify, reviewId]);

  const cancel = useCallback(() => {
    cancelled.current = true;
    job.current?.cancel();
  }, []);

  return { running, start, cancel };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
