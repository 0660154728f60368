/**
 * The personal-data check's findings as a table (what, the words, where, with a link to
 * the place) and the quotes that could identify their speaker. Shared by every export
 * that runs the check.
 */
import { hrefFor } from '../../app/router.ts';
import type { PersonalDataHit, QuoteRisk } from '../../domain/privacy/index.ts';
import { PERSONAL_DATA_KIND_LABELS, QUOTE_RISK_LABELS } from '../../domain/privacy/labels.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { placeOfHit } from './placeOfHit.ts';

/** Quote warnings listed in full up to this many; a long review says how many more. */
const MAX_RISKS_SHOWN = 25;

export interface PersonalDataListProps {
  file: ReviewFile;
  hits: readonly PersonalDataHit[];
  risks?: readonly QuoteRisk[];
  /** Which exports carry a hit, e.g. "Word, Excel"; a column appears when given. */
  carriedBy?: (hit: PersonalDataHit) => string;
  idPrefix: string;
}

export function PersonalDataList({ file, hits, risks = [], carriedBy, idPrefix }: PersonalDataListProps) {
  return (
    <>
      {hits.length > 0 && (
        <table className="govuk-table app-table--compact" id={`${idPrefix}-hits`}>
          <caption className="govuk-table__caption govuk-table__caption--s">Possible personal data</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">What</th>
              <th scope="col" className="govuk-table__header">Found</th>
              <th scope="col" className="govuk-table__header">Where</th>
              {carriedBy && <th scope="col" className="govuk-table__header">Goes into</th>}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {hits.map((hit) => {
              const place = placeOfHit(file, hit.path, hit.text);
              return (
                <tr className="govuk-table__row" key={`${hit.path}|${hit.kind}|${hit.text}`}>
                  <td className="govuk-table__cell">{PERSONAL_DATA_KIND_LABELS[hit.kind]}</td>
                  <td className="govuk-table__cell">{hit.text}</td>
                  <td className="govuk-table__cell"><a className="govuk-link" href={hrefFor(place.route)}>{place.label}</a></td>
                  {carriedBy && <td className="govuk-table__cell">{carriedBy(hit)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {risks.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Quotes that could identify who said them</h3>
          <p className="govuk-body">No name is printed with these, but a reader who knows who took part could work out the speaker. Check each, and untick “may be quoted” on any that point to a person.</p>
          <ul className="govuk-list govuk-list--spaced">
            {risks.slice(0, MAX_RISKS_SHOWN).map((risk) => (
              <li key={`${risk.excerptId}|${risk.reason}`}>
                <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId: file.review.id, stage: 'analyse', view: 'code', engagementId: risk.engagementId, focus: risk.excerptId })}>
                  “{risk.text.length > 120 ? `${risk.text.slice(0, 117)}…` : risk.text}”
                </a>
                <br /><span className="govuk-body-s">{QUOTE_RISK_LABELS[risk.reason]}</span>
              </li>
            ))}
          </ul>
          {risks.length > MAX_RISKS_SHOWN && <p className="govuk-body">And {risks.length - MAX_RISKS_SHOWN} more quotes like these.</p>}
        </>
      )}
    </>
  );
}
