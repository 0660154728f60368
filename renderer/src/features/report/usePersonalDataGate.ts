/**
 * Holds the Word and Excel exports until the personal-data check is clear: each export is
 * allowed when it carries no hits, or when the reviewer has ticked "Export anyway" for the
 * hits as they are now (a tick lapses when the hits change). An export made anyway is
 * recorded in the review (personalDataAcknowledgements) before it starts.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { db } from '../../db/index.ts';
import { recordPersonalDataAcknowledgement } from '../../db/acknowledgementRepository.ts';
import { readNameRegister } from '../../db/nameRegisterRepository.ts';
import { exportReviewFile } from '../../db/reviewFileRepository.ts';
import { fieldsInScope } from '../../domain/privacy/fields.ts';
import { findPersonalData, type PersonalDataHit } from '../../domain/privacy/index.ts';
import { hitsSignature, usePersonalDataCheck } from '../privacy/usePersonalDataCheck.ts';
import { useReviewFile } from '../workspace/useReviewFile.ts';
import { carriedBy, hitsToJudge, type ReportExport } from './hitsToJudge.ts';

export type { ReportExport } from './hitsToJudge.ts';

export function usePersonalDataGate(reviewId: string) {
  const { notify } = useNotices();
  const check = usePersonalDataCheck(reviewId, 'reports');
  const [acknowledgedFor, setAcknowledgedFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped on each refusal, so the panel moves focus to "Export anyway" after the render.
  const [refusals, setRefusals] = useState(0);
  const checkboxRef = useRef<HTMLInputElement>(null);

  // The review as it is now, for the readiness checks beside the check (the same snapshot, read once).
  const file = useReviewFile(reviewId) ?? undefined;
  const byExport = useMemo(() => (check ? { carriedBy: (hit: PersonalDataHit) => carriedBy(check, hit) } : undefined), [check]);
  const signature = check ? hitsSignature(check.hits) : '';
  const isAcknowledged = acknowledgedFor !== null && acknowledgedFor === signature;

  const acknowledge = useCallback((ticked: boolean) => {
    setAcknowledgedFor(ticked ? signature : null);
    if (ticked) setError(null);
  }, [signature]);

  /**
   * True when `kind` may be exported now (recording an export made anyway); false shows why.
   * The live check above is used when it is ready and current (it follows every change);
   * before that, or while a re-check runs, the check runs on a fresh snapshot, so an early
   * click is judged, never waved through (see hitsToJudge).
   */
  const clear = useCallback(async (kind: ReportExport): Promise<boolean> => {
    try {
      const judged = hitsToJudge(check, kind);
      let all = judged?.all;
      let hits = judged?.carried.length;
      if (!all || hits === undefined) {
        const file = await exportReviewFile(db, reviewId);
        all = findPersonalData(file, { names: await readNameRegister(db, reviewId), scope: 'reports' });
        const carried = new Set(fieldsInScope(file, kind).map((f) => f.path));
        hits = all.filter((h) => carried.has(h.path)).length;
      }
      if (hits === 0) return true;
      if (acknowledgedFor !== hitsSignature(all)) {
        setError(`The ${kind === 'word' ? 'Word report' : 'Excel workbook'} would carry ${hits === 1 ? 'an item' : `${hits} items`} of possible personal data. Fix ${hits === 1 ? 'it' : 'them'}, or tick “Export anyway”.`);
        setRefusals((n) => n + 1);
        return false;
      }
      await recordPersonalDataAcknowledgement(db, reviewId, kind, hits);
      return true;
    } catch (failure) {
      notify({ kind: 'important', title: 'Could not run the personal-data check', text: messageOf(failure) });
      return false;
    }
  }, [acknowledgedFor, check, notify, reviewId]);

  return { file, check, byExport, isAcknowledged, acknowledge, error, refusals, clear, checkboxRef };
}

export type PersonalDataGate = ReturnType<typeof usePersonalDataGate>;
