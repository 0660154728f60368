/**
 * What the Report stage shows before export: the checks not yet met (the same ones as
 * the overview), each linked to its place, and the reviewer's own words for the report.
 */
import { useMemo } from 'react';
import { todayDate } from '../../domain/ids.ts';
import { readinessChecks, unmetChecks } from '../../domain/readiness.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { useReviewFile } from '../workspace/useReviewFile.ts';
import { ReadinessList } from './ReadinessList.tsx';
import { ReportWords } from './ReportWords.tsx';
import './overview.scss';

export function ReadinessPanel({ review }: { review: Review }) {
  const file = useReviewFile(review.id);
  const today = todayDate();
  const unmet = useMemo(() => (file ? unmetChecks(readinessChecks(file, today)) : undefined), [file, today]);
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
