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
import { fieldsInScope } from '../../domain/privacy/fields.ts';
import type { PersonalDataHit } from '../../domain/privacy/index.ts';
import { hitsSignature, usePersonalDataCheck } from '../privacy/usePersonalDataCheck.ts';

export type ReportExport = 'word' | 'excel';

export function usePersonalDataGate(reviewId: string) {
  const { notify } = useNotices();
  const check = usePersonalDataCheck(reviewId, 'reports');
  const [acknowledgedFor, setAcknowledgedFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);

  const byExport = useMemo(() => {
    if (!check) return undefined;
    const word = new Set(fieldsInScope(check.file, 'word').map((f) => f.path));
    const excel = new Set(fieldsInScope(check.file, 'excel').map((f) => f.path));
    return {
      word: check.hits.filter((h) => word.has(h.path)),
      excel: check.hits.filter((h) => excel.has(h.path)),
      carriedBy: (hit: PersonalDataHit) => [word.has(hit.path) && 'Word report', excel.has(hit.path) && 'Excel workbook'].filter(Boolean).join(', '),
    };
  }, [check]);
  const signature = check ? hitsSignature(check.hits) : '';
  const isAcknowledged = acknowledgedFor !== null && acknowledgedFor === signature;

  const acknowledge = useCallback((ticked: boolean) => {
    setAcknowledgedFor(ticked ? signature : null);
    if (ticked) setError(null);
  }, [signature]);

  /** True when `kind` may be exported now (recording an export made anyway); false shows why. */
  const clear = useCallback(async (kind: ReportExport): Promise<boolean> => {
    if (!byExport) {
      setError('The personal-data check has not finished yet. Try again in a moment.');
      return false;
    }
    const hits = byExport[kind].length;
    if (hits === 0) return true;
    if (!isAcknowledged) {
      setError(`The ${kind === 'word' ? 'Word report' : 'Excel workbook'} would carry ${hits === 1 ? 'an item' : `${hits} items`} of possible personal data. Fix ${hits === 1 ? 'it' : 'them'}, or tick “Export anyway”.`);
      checkboxRef.current?.focus();
      return false;
    }
    try {
      await recordPersonalDataAcknowledgement(db, reviewId, kind, hits);
      return true;
    } catch (failure) {
      notify({ kind: 'important', title: 'Could not record the decision to export anyway', text: messageOf(failure) });
      return false;
    }
  }, [byExport, isAcknowledged, notify, reviewId]);

  return { check, byExport, isAcknowledged, acknowledge, error, clear, checkboxRef };
}

export type PersonalDataGate = ReturnType<typeof usePersonalDataGate>;
