/** Sectors engaged against the sectors of the agencies in scope, with the gaps in words. */
import { hrefFor } from '../../app/router.ts';
import { Tag } from '../../components/Tag.tsx';
import { agencyCoverage } from '../../domain/agencyCoverage.ts';
import type { Agency, Engagement } from '../../domain/reviewFile.ts';
import { TableScroll } from '../../components/TableScroll.tsx';

export interface AgencyCoveragePanelProps {
  reviewId: string;
  agencies: readonly Agency[];
  engagements: readonly Pick<Engagement, 'agencyIds'>[];
}

export function AgencyCoveragePanel({ reviewId, agencies, engagements }: AgencyCoveragePanelProps) {
  const coverage = agencyCoverage(agencies, engagements);
  const engaged = coverage.sectors.filter((s) => s.isEngaged).length;
  return (
    <section aria-labelledby="coverage-heading" className="app-coverage">
      <h2 className="govuk-heading-m" id="coverage-heading">Agency coverage</h2>
      {agencies.length === 0 ? (
        <p className="govuk-body">
          No agencies in scope yet, so there is nothing to cover. <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'scope' })}>Add agencies in the Scope stage</a>.
        </p>
      ) : (
        <>
          <p className="govuk-body" data-testid="coverage-summary">{engaged} of {coverage.sectors.length} {coverage.sectors.length === 1 ? 'sector' : 'sectors'} in scope engaged so far.</p>
          {coverage.gaps.length > 0 ? (
            <>
              <h3 className="govuk-heading-s">Gaps</h3>
              <ul className="govuk-list govuk-list--bullet" aria-label="Gaps in agency coverage">
                {coverage.gaps.map((gap) => <li key={gap}>{gap}</li>)}
              </ul>
            </>
          ) : (
            <p className="govuk-body">Every sector in scope has been engaged.</p>
          )}
          <TableScroll label="Sectors in scope">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">Sectors in scope</caption>
              <thead className="govuk-table__head"><tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Sector</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Agencies engaged</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Engagements</th>
                <th scope="col" className="govuk-table__header">Status</th>
              </tr></thead>
              <tbody className="govuk-table__body">
                {coverage.sectors.map((s) => (
                  <tr className="govuk-table__row" key={s.sector}>
                    <th scope="row" className="govuk-table__header">{s.label}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{s.agenciesEngaged} of {s.agencies}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{s.engagements}</td>
                    <td className="govuk-table__cell">{s.isEngaged ? <Tag text="Engaged" colour="green" /> : <Tag text="Not yet engaged" colour="yellow" />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {coverage.agenciesNotEngaged.length > 0 && (
            <p className="govuk-body-s">Agencies in scope not yet engaged: {coverage.agenciesNotEngaged.map((a) => a.name).join(', ')}.</p>
          )}
        </>
      )}
    </section>
  );
}
