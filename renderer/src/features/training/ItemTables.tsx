/** Item analysis (the items most often missed) and the choices made at each scenario step. */
import { TableScroll } from '../../components/TableScroll.tsx';
import type { ItemAnalysis, ScenarioChoiceCount } from '../../domain/training/analysis.ts';

const MOST_MISSED = 10;

export function ItemTables({ items, choices }: { items: ItemAnalysis[]; choices: ScenarioChoiceCount[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Most often missed</h2>
      {items.length === 0 ? <p className="govuk-body">No answers yet.</p> : (
        <TableScroll label="Most often missed">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Questions and scenarios, most often missed first</caption>
            <thead className="govuk-table__head"><tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Question or scenario</th><th scope="col" className="govuk-table__header">Module</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Answered</th><th scope="col" className="govuk-table__header govuk-table__header--numeric">Missed</th>
            </tr></thead>
            <tbody className="govuk-table__body">
              {items.slice(0, MOST_MISSED).map((i) => (
                <tr className="govuk-table__row" key={i.itemId}>
                  <td className="govuk-table__cell">{i.text}</td><td className="govuk-table__cell">{i.moduleTitle}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{i.answered}</td><td className="govuk-table__cell govuk-table__cell--numeric">{i.missed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2 className="govuk-heading-m">Scenario choices</h2>
      {choices.length === 0 ? <p className="govuk-body">No scenario has been answered yet.</p> : (
        <TableScroll label="Scenario choices">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">How often each choice was made</caption>
            <thead className="govuk-table__head"><tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Scenario and step</th><th scope="col" className="govuk-table__header">Choice</th>
              <th scope="col" className="govuk-table__header">Best</th><th scope="col" className="govuk-table__header govuk-table__header--numeric">Chosen</th>
            </tr></thead>
            <tbody className="govuk-table__body">
              {choices.map((c, i) => (
                <tr className="govuk-table__row" key={i}>
                  <td className="govuk-table__cell">{c.scenarioTitle}, step {c.stepIndex}</td><td className="govuk-table__cell">{c.choice}</td>
                  <td className="govuk-table__cell">{c.best ? 'Yes' : 'No'}</td><td className="govuk-table__cell govuk-table__cell--numeric">{c.chosen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
