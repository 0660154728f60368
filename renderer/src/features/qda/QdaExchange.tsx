/**
 * On a review's overview: exchange with QDA programs. Export the review as a REFI-QDA
 * project (.qdpx, after the personal-data check, as it carries every note) or its themes
 * as a codebook (.qdc), and add a codebook's codes to the theme framework (with Undo).
 */
import { messageOf, useNotices } from '../../app/notices.tsx';
import { useCommand } from '../../app/useCommand.ts';
import { Button } from '../../components/Button.tsx';
import type { Review } from '../../domain/reviewFile.ts';
import { PlainExportCheck } from '../privacy/PlainExportCheck.tsx';
import { usePlainExportCheck } from '../privacy/usePlainExportCheck.ts';
import { exportQdc, exportQdpx, importCodebookCommand, pickCodebook } from './qdaActions.ts';

export function QdaExchange({ review }: { review: Review }) {
  const { notify, clear } = useNotices();
  const check = usePlainExportCheck();
  const importCodebook = useCommand(importCodebookCommand);
  const attempt = (title: string, work: () => Promise<void>) => () => {
    clear();
    work().catch((error: unknown) => notify({ kind: 'important', title, text: `${messageOf(error)} Nothing was changed.` }));
  };
  const saved = (what: string) => (outcome: Awaited<ReturnType<typeof exportQdpx>>) => {
    if (outcome.status === 'saved') notify({ kind: 'success', text: `Exported ${what} as ${outcome.fileName}.` });
  };

  const project = attempt('Could not export the project', () => check.check(review.id, () => exportQdpx(review.id).then(saved('the review for QDA programs'))));
  const codebook = attempt('Could not export the codebook', () => exportQdc(review.id).then(saved('the theme framework')));
  const addCodebook = attempt('Could not import the codebook', async () => {
    const picked = await pickCodebook();
    if (picked) await importCodebook({ reviewId: review.id, ...picked });
  });

  return (
    <section className="app-merge" aria-labelledby="qda-heading">
      <h2 className="govuk-heading-m" id="qda-heading" tabIndex={-1}>Exchange with QDA programs</h2>
      <p className="govuk-body">
        NVivo, ATLAS.ti, MAXQDA and QualCoder read and write REFI-QDA files. A project carries the engagements’ notes, the themes as codes and every coded passage; a codebook carries the themes alone.
      </p>
      {check.pending && <PlainExportCheck pending={check.pending} onCancel={check.cancel} onExportAnyway={attempt('Could not export the project', check.exportAnyway)} />}
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={project}>Export as a REFI-QDA project (.qdpx)</Button>
        <Button variant="secondary" onClick={codebook}>Export the codebook (.qdc)</Button>
        <Button variant="secondary" onClick={addCodebook}>Add themes from a codebook (.qdc)</Button>
      </div>
    </section>
  );
}
