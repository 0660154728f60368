/**
 * Frameworks, beside Reviews: a county or region's strategic framework drawn from several
 * area reviews. Create, open, duplicate, delete (with Undo), and import or export the
 * framework file.
 */
import { useState } from 'react';
import type { Command } from '../../app/commands.ts';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { hrefFor, navigate } from '../../app/router.ts';
import { useCommand } from '../../app/useCommand.ts';
import { Button } from '../../components/Button.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { db } from '../../db/index.ts';
import { addFramework, deleteFramework, duplicateFramework, importFramework, restoreFramework, type StoredFramework } from '../../db/frameworkRepository.ts';
import { exportReviewFile } from '../../db/reviewFileRepository.ts';
import { draftFramework } from '../../domain/framework/index.ts';
import { longDateTime, plural } from '../../domain/words/index.ts';
import { useSharedLiveQuery } from '../workspace/useSharedLiveQuery.ts';
import { openFrameworkFile, saveFrameworkFile } from './frameworkFiles.ts';
import { NewFrameworkForm, type NewFrameworkInput } from './NewFrameworkForm.tsx';

const deleteFrameworkCommand: Command<StoredFramework, StoredFramework> = {
  failure: 'Could not delete the framework',
  run: (row) => deleteFramework(db, row.id),
  describe: (_, row) => `Deleted the framework “${row.file.framework.title}”. The reviews it drew on are unchanged.`,
  undo: (row) => restoreFramework(db, row),
  focusAfter: () => 'frameworks-heading',
  focusAfterUndo: (_, row) => `open-${row.id}`,
};

export function FrameworksPage() {
  const frameworks = useSharedLiveQuery(() => db.frameworks.orderBy('updatedAt').reverse().toArray(), []);
  const { notify } = useNotices();
  const [creating, setCreating] = useState(false);
  const remove = useCommand(deleteFrameworkCommand);
  const attempt = (what: string, work: () => Promise<unknown>) => {
    work().catch((error: unknown) => notify({ kind: 'important', title: `Could not ${what}`, text: messageOf(error) }));
  };

  const create = async (input: NewFrameworkInput) => {
    try {
      // Reviews on this computer are read, never changed; files were read when added.
      const local = await Promise.all(input.reviewIds.map((id) => exportReviewFile(db, id)));
      const id = await addFramework(db, draftFramework([...local, ...input.files], { title: input.title, region: input.region }));
      navigate({ page: 'framework', frameworkId: id });
    } catch (error) {
      notify({ kind: 'important', title: 'Could not create the framework', text: messageOf(error) });
    }
  };

  const importOne = () => attempt('import the framework file', async () => {
    const file = await openFrameworkFile();
    if (!file) return;
    const { asCopy } = await importFramework(db, file);
    notify({ kind: 'success', text: asCopy ? `Imported “${file.framework.title}” as a copy: a framework with the same id is already on this computer.` : `Imported “${file.framework.title}”.` });
  });

  return (
    <>
      <PageHeading>Frameworks</PageHeading>
      <p className="govuk-body">A strategic framework draws several area reviews into one county or regional plan that the partnership adopts.</p>
      {creating ? <NewFrameworkForm onCancel={() => setCreating(false)} onCreate={create} /> : (
        <div className="govuk-button-group">
          <Button onClick={() => setCreating(true)}>New framework</Button>
          <Button variant="secondary" onClick={importOne}>Import a framework file</Button>
        </div>
      )}
      <h2 className="govuk-heading-m" id="frameworks-heading" tabIndex={-1}>Frameworks on this computer</h2>
      {frameworks === undefined ? <p className="govuk-body">Loading…</p> : frameworks.length === 0 ? <p className="govuk-body">There are no frameworks yet.</p> : (
        <TableScroll label="Frameworks">
          <table className="govuk-table">
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Framework</th>
                <th scope="col" className="govuk-table__header">Region</th>
                <th scope="col" className="govuk-table__header">Areas</th>
                <th scope="col" className="govuk-table__header">Last changed</th>
                <th scope="col" className="govuk-table__header">Actions</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {frameworks.map((row) => (
                <tr className="govuk-table__row" key={row.id}>
                  <td className="govuk-table__cell"><a className="govuk-link" id={`open-${row.id}`} href={hrefFor({ page: 'framework', frameworkId: row.id })}>{row.file.framework.title}</a></td>
                  <td className="govuk-table__cell">{row.file.framework.region}</td>
                  <td className="govuk-table__cell">{plural(row.file.reviews.length, 'area')}: {row.file.reviews.map((r) => r.area).join(', ')}</td>
                  <td className="govuk-table__cell">{longDateTime(row.updatedAt)}</td>
                  <td className="govuk-table__cell">
                    <div className="govuk-button-group app-row-actions">
                      <Button variant="secondary" isSmall onClick={() => attempt('copy the framework', async () => { await duplicateFramework(db, row.id); notify({ kind: 'success', text: `Made a copy of “${row.file.framework.title}”.` }); })}>Duplicate<span className="govuk-visually-hidden"> {row.file.framework.title}</span></Button>
                      <Button variant="secondary" isSmall onClick={() => attempt('export the framework file', () => saveFrameworkFile(row.file))}>Export<span className="govuk-visually-hidden"> {row.file.framework.title}</span></Button>
                      <Button variant="warning" isSmall onClick={() => void remove(row)}>Delete<span className="govuk-visually-hidden"> {row.file.framework.title}</span></Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
