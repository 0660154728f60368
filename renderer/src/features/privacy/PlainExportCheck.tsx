/** Asks before a plain review file with possible personal data is exported (see usePlainExportCheck). */
import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button.tsx';
import { PersonalDataList } from './PersonalDataList.tsx';
import type { PendingPlainExport } from './usePlainExportCheck.ts';
import { UserText } from '../../components/UserText.tsx';

export function PlainExportCheck({ pending, onExportAnyway, onCancel }: { pending: PendingPlainExport; onExportAnyway: () => void; onCancel: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pending]);
  const n = pending.hits.length;
  return (
    <section className="govuk-notification-banner" aria-labelledby="plain-export-check-heading">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="plain-export-check-heading" tabIndex={-1} ref={heading}>Personal data in this review file</h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">
          “<UserText text={pending.file.review.title} />” would be exported as a plain review file, which carries everything — notes and every
          passage included — and found {n === 1 ? 'an item' : `${n} items`} that may be personal data. Anyone who opens the
          file can read them. Change them at their place, or export anyway: the decision is recorded in the review.
        </p>
        <PersonalDataList file={pending.file} hits={pending.hits} idPrefix="plain-export" />
        <div className="govuk-button-group">
          <Button variant="warning" onClick={onExportAnyway}>Export anyway</Button>
          <Button variant="secondary" onClick={onCancel}>Cancel</Button>
        </div>
      </div>
    </section>
  );
}
