/**
 * The coverage map: how many coded passages were heard from each sector in scope on each
 * theme. Its empty cells are the point — the themes a sector has not spoken to yet are
 * whom to ask next.
 */
import { hrefFor, type WorkspaceRoute } from '../../../app/router.ts';
import { coverageMatrix } from '../../../domain/coverage.ts';
import { SECTOR_LABELS } from '../../../domain/labels.ts';
import type { Review } from '../../../domain/reviewFile.ts';
import { useReviewFile } from '../../workspace/useReviewFile.ts';
import { CoverageTable } from './CoverageTable.tsx';

export function CoverageView({ review }: { review: Review; route: WorkspaceRoute }) {
  const file = useReviewFile(review.id);
  if (!file) return <p className="govuk-body">Loading the coverage map…</p>;
  const matrix = coverageMatrix(file);
  const scopeHref = hrefFor({ page: 'workspace', reviewId: review.id, stage: 'scope' });
  const cells = matrix.rows.length * matrix.sectors.length;
  const silent = matrix.sectors.filter((_, c) => matrix.columnTotals[c] === 0).map((s) => SECTOR_LABELS[s]);

  let body;
  if (matrix.rows.length === 0) {
    body = <p className="govuk-body">There are no themes in scope yet, so there is nothing to map. <a className="govuk-link" href={scopeHref}>Add themes in the Scope stage</a>.</p>;
  } else if (matrix.sectors.length === 0) {
    body = <p className="govuk-body">There are no agencies in scope yet, so there are no sectors to map. <a className="govuk-link" href={scopeHref}>Add agencies in the Scope stage</a>.</p>;
  } else {
    body = (
      <>
        <p className="govuk-body" data-testid="coverage-map-summary">
          {matrix.grandTotal} coded passage{matrix.grandTotal === 1 ? '' : 's'} across {matrix.rows.length} theme{matrix.rows.length === 1 ? '' : 's'} and {matrix.sectors.length} sector{matrix.sectors.length === 1 ? '' : 's'} in scope.{' '}
          {matrix.emptyCells.length === 0 ? 'Every sector has spoken to every theme.' : `${matrix.emptyCells.length} of ${cells} cells are empty.`}
        </p>
        {silent.length > 0 && <p className="govuk-body">Nothing coded yet from: {silent.join(', ')}.</p>}
        <p className="govuk-body">An empty cell is a theme that nobody from that sector has spoken to yet. Use the map to decide whom to ask next, or which themes the evidence cannot yet support.</p>
        <CoverageTable reviewId={review.id} matrix={matrix} />
        <p className="govuk-body-s">
          A passage counts once under each of its themes, in the sector of the agency that said it: the speaker recorded when it was coded, or the engagement’s only agency.
          A passage from a session with several agencies (or none) whose speaker was not recorded counts under “Not attributed”, never under every sector in the room.
          Choose a count to see its passages.
        </p>
      </>
    );
  }
  return (
    <section aria-labelledby="coverage-map-heading">
      <h2 className="govuk-heading-m" id="coverage-map-heading">Coverage map</h2>
      {body}
    </section>
  );
}
