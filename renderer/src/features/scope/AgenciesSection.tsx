/** Agencies in scope: the partners the review means to hear from, each with its sector. */
import { useState } from 'react';
import { AddForm } from '../../components/AddForm.tsx';
import { AutosaveField } from '../../components/AutosaveField.tsx';
import { Button } from '../../components/Button.tsx';
import type { Command } from '../../app/commands.ts';
import { useCommand } from '../../app/useCommand.ts';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import type { Row } from '../../db/database.ts';
import { db } from '../../db/index.ts';
import { addAgencies, removeAgency, restoreAgency, updateAgency } from '../../db/agencyRepository.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { SECTORS, type Agency, type Sector } from '../../domain/reviewFile.ts';
import { SectorSelect } from './SectorSelect.tsx';
import { TemplateAgencyPicker } from './TemplateAgencyPicker.tsx';
import { useAgencies } from '../workspace/useReviewData.ts';
import { plural } from '../../domain/words/index.ts';
import { TableScroll } from '../../components/TableScroll.tsx';

const removeAgencyCommand: Command<Agency, Row<Agency>> = {
  failure: 'Could not remove the agency',
  run: (agency) => removeAgency(db, agency.id),
  describe: (_, agency) => `Removed ${agency.name} from the agencies in scope.`,
  undo: (row) => restoreAgency(db, row),
  focusAfter: () => 'agencies-heading',
  focusAfterUndo: (_, agency) => `agency-${agency.id}-name`,
};

export function AgenciesSection({ reviewId, templateId }: { reviewId: string; templateId: string }) {
  const agencies = useAgencies(reviewId);
  const { track } = useSaveStatus();
  const remove = useCommand(removeAgencyCommand);
  const [name, setName] = useState('');
  const [sector, setSector] = useState<Sector>('police');

  const add = async () => {
    if (!name.trim()) return 'Enter the agency’s name';
    if (!(await track(() => addAgencies(db, reviewId, [{ name: name.trim(), sector }])))) return 'The agency could not be added';
    setName('');
    return undefined;
  };

  if (!agencies) return null;
  const sectorsCovered = new Set(agencies.map((a) => a.sector)).size;
  return (
    <section aria-labelledby="agencies-heading">
      <h2 className="govuk-heading-m" id="agencies-heading">Agencies in scope</h2>
      <p className="govuk-body">{agencies.length === 0 ? 'No agencies in scope yet. Add them from the template list or add your own.' : `${plural(agencies.length, 'agency', 'agencies')} across ${plural(sectorsCovered, 'sector')}.`}</p>
      {agencies.length > 0 && (
        <TableScroll label="Agencies in scope">
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Agencies in scope</caption>
            <thead className="govuk-table__head"><tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Agency</th>
              <th scope="col" className="govuk-table__header">Sector</th>
              <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
            </tr></thead>
            <tbody className="govuk-table__body">
              {agencies.map((agency) => (
                <tr className="govuk-table__row" key={agency.id}>
                  <td className="govuk-table__cell">
                    <AutosaveField id={`agency-${agency.id}-name`} label={`Name of agency: ${agency.name}`} isLabelHidden value={agency.name} width="full"
                      validate={(v) => (v.trim() ? undefined : 'Enter the agency’s name')} onSave={(v) => updateAgency(db, { id: agency.id, name: v, sector: agency.sector })} />
                  </td>
                  <td className="govuk-table__cell">
                    <SectorSelect id={`agency-${agency.id}-sector`} label={`Sector of ${agency.name}`} isLabelHidden value={agency.sector}
                      onChange={(s) => void track(() => updateAgency(db, { id: agency.id, name: agency.name, sector: s }))} />
                  </td>
                  <td className="govuk-table__cell">
                    <Button variant="secondary" onClick={() => void remove(agency)} aria-label={`Remove ${agency.name}`}>Remove</Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <TemplateAgencyPicker reviewId={reviewId} templateId={templateId} existing={agencies} />
      <AddForm legend="Add another agency" submitLabel="Add agency" onAdd={add}>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="new-agency-name">Agency name</label>
          <input id="new-agency-name" className="govuk-input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
        <SectorSelect id="new-agency-sector" label="Sector" value={sector} onChange={setSector} />
      </AddForm>
      <p className="govuk-body-s govuk-hint">{SECTORS.length} sectors are available; “{SECTOR_LABELS.other}” covers anything else.</p>
    </section>
  );
}
