/**
 * What the Report stage shows before export: the checks not yet met (the same ones as
 * the overview), each linked to its place, and the reviewer's own words for the report.
 */
import { useMemo } from 'react';
import { todayDate } from '../../domain/ids.ts';
import { unmetChecks } from '../../domain/readiness.ts';
import type { Review, ReviewFile } from '../../domain/reviewFile.ts';
import { ReadinessList } from './ReadinessList.tsx';
import { ReportWords } from './ReportWords.tsx';
import { useReadinessChecks } from './useReadinessChecks.ts';
import './overview.scss';

/**
 * `file` is the snapshot the Report stage already reads for its personal-data check
 * (undefined while loading), so the stage decrypts the whole review once per change, not twice.
 */
export function ReadinessPanel({ review, file }: { review: Review; file: ReviewFile | undefined }) {
  const today = todayDate();
  const checks = useReadinessChecks(file, today);
  const unmet = useMemo(() => (checks ? unmetChecks(checks) : undefined), [checks]);
  return (
    <>
      <section aria-labelledby="readiness-heading" data-testid="report-readiness">
        <h2 className="govuk-heading-m" id="readiness-heading">Before you create the report</h2>
        {unmet === undefined ? <p className="govuk-body">Checking the review…</p>
          : unmet.length === 0 ? <p className="govuk-body">Nothing is missing: every check is met.</p>
            : (
              <>
                <p className="govuk-body">You can create the report now, but {unmet.length === 1 ? 'this is' : `these ${unmet.length} things are`} not done yet:</p>
                <ReadinessList reviewId={review.id} checks={unmet} label="Not done yet" />
              </>
            )}
      </section>
      <ReportWords review={review} isReady={unmet !== undefined} />
    </>
  );
}
