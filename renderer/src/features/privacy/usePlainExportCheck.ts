/**
 * The personal-data check before a plain review file leaves the laptop. A plain file
 * carries everything, notes and every passage included, so it is scanned in full (scope
 * 'review-file'). With nothing found the export goes ahead at once; otherwise the hits
 * wait in `pending` until the reviewer exports anyway (recorded in the review) or cancels.
 */
import { useCallback, useState } from 'react';
import { db } from '../../db/index.ts';
import { recordPersonalDataAcknowledgement } from '../../db/acknowledgementRepository.ts';
import { readNameRegister } from '../../db/nameRegisterRepository.ts';
import { exportReviewFile } from '../../db/reviewFileRepository.ts';
import { findPersonalData, type PersonalDataHit } from '../../domain/privacy/index.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';

export interface PendingPlainExport {
  file: ReviewFile;
  hits: PersonalDataHit[];
  /** Runs the export itself once the reviewer has decided. */
  run: () => Promise<void>;
}

export function usePlainExportCheck() {
  const [pending, setPending] = useState<PendingPlainExport | null>(null);

  /** Checks the review, then runs `run` at once when clean; otherwise asks first. */
  const check = useCallback(async (reviewId: string, run: () => Promise<void>) => {
    const file = await exportReviewFile(db, reviewId);
    const hits = findPersonalData(file, { names: await readNameRegister(db, reviewId), scope: 'review-file' });
    if (hits.length === 0) await run();
    else setPending({ file, hits, run });
  }, []);

  /** The reviewer exports anyway: recorded in the review, then exported. */
  const exportAnyway = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    await recordPersonalDataAcknowledgement(db, pending.file.review.id, 'review-file', pending.hits.length);
    await pending.run();
  }, [pending]);

  const cancel = useCallback(() => setPending(null), []);
  return { pending, check, exportAnyway, cancel };
}
