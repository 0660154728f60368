/** One framework: its exports, its contents, the evidence across areas, and its priorities and activities. Everything saves as it changes. */
import { useState } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { SaveStatusLine } from '../../app/saveStatus.tsx';
import { Button } from '../../components/Button.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { db } from '../../db/index.ts';
import { exportReviewFile } from '../../db/reviewFileRepository.ts';
import { highestMarking, type FrameworkFile } from '../../domain/framework/index.ts';
import { getHost, type SaveOutcome } from '../../host/index.ts';
import { FrameworkContents } from './FrameworkContents.tsx';
import { FrameworkEvidence } from './FrameworkEvidence.tsx';
import { fileNameOf, saveFrameworkFile } from './frameworkFiles.ts';
import { FrameworkPriorities } from './FrameworkPriorities.tsx';
import { useFramework } from './useFramework.ts';

/** The included reviews still on this computer, so the Word framework can say which changed since their snapshot. */
async function currentReviews(file: FrameworkFile) {
  const here = await db.reviews.bulkGet(file.reviews.map((r) => r.id));
  return Promise.all(here.flatMap((r) => (r ? [exportReviewFile(db, r.id)] : [])));
}

function Exports({ file }: { file: FrameworkFile }) {
  const { notify } = useNotices();
  const [busy, setBusy] = useState<string>();
  const run = async (what: string, work: () => Promise<SaveOutcome>) => {
    setBusy(what);
    try {
      const outcome = await work();
      if (outcome.status === 'saved') notify({ kind: 'success', text: `Saved ${outcome.fileName}.` });
    } catch (error) {
      notify({ kind: 'important', title: `Could not export the ${what}`, text: messageOf(error) });
    } finally {
      setBusy(undefined);
    }
  };
  const name = fileNameOf(file.framework.title);
  return (
    <section aria-labelledby="exports-heading">
      <h2 className="govuk-heading-m" id="exports-heading">Export</h2>
      <p className="govuk-body">Marked {highestMarking(file)}, the highest marking of the reviews it draws on.</p>
      <div className="govuk-button-group">
        <Button disabled={busy !== undefined} onClick={() => void run('Word framework', async () => {
          const { buildFrameworkDocx } = await import('../../export/framework/buildFrameworkDocx.ts');
          return getHost().saveFile(name, 'docx', await buildFrameworkDocx(file, await currentReviews(file)));
        })}>Word framework</Button>
        <Button disabled={busy !== undefined} onClick={() => void run('Excel workbook', async () => {
          const { buildFrameworkXlsx } = await import('../../export/framework/buildFrameworkXlsx.ts');
          return getHost().saveFile(name, 'xlsx', await buildFrameworkXlsx(file, await currentReviews(file)));
        })}>Excel workbook</Button>
        <Button variant="secondary" disabled={busy !== undefined} onClick={() => void run('framework file', () => saveFrameworkFile(file))}>Framework file</Button>
      </div>
      {busy && <p className="govuk-body" role="status">Building the {busy}…</p>}
    </section>
  );
}

export function FrameworkPage({ frameworkId }: { frameworkId: string }) {
  const { row, change } = useFramework(frameworkId);
  if (row === undefined) return <p className="govuk-body">Loading…</p>;
  if (row === null) {
    return (
      <>
        <PageHeading>Framework not found</PageHeading>
        <p className="govuk-body">This framework is no longer on this computer. <a className="govuk-link" href="#/frameworks">Back to frameworks</a></p>
      </>
    );
  }
  const { file } = row;
  return (
    <>
      <a className="govuk-back-link" href="#/frameworks">All frameworks</a>
      <PageHeading caption={`Strategic framework for ${file.framework.region}`}>{file.framework.title}</PageHeading>
      <SaveStatusLine />
      <p className="govuk-body">Drawn from {file.reviews.map((r) => r.area).join(', ')}.</p>
      <Exports file={file} />
      <FrameworkEvidence file={file} change={change} />
      <FrameworkPriorities file={file} change={change} />
      <FrameworkContents file={file} change={change} />
    </>
  );
}
