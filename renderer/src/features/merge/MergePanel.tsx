/**
 * "Merge a colleague's file" on a review: pick their review file (plain or encrypted),
 * see the preview, decide, apply. A file of another review is never merged: the
 * reviewer is offered to import it as a copy instead.
 */
import { useState } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { useCommand } from '../../app/useCommand.ts';
import { Button } from '../../components/Button.tsx';
import { focusAfter } from '../../components/focus.ts';
import type { Envelope } from '../../crypto/envelope.ts';
import type { MergePlan } from '../../domain/merge/index.ts';
import type { Review, ReviewFile } from '../../domain/reviewFile.ts';
import { getHost } from '../../host/index.ts';
import { openEncryptedFile, recogniseFile } from '../reviews/readImportFile.ts';
import { importReview } from '../reviews/reviewFileActions.ts';
import { UnlockForm } from '../reviews/UnlockForm.tsx';
import { MergeLog } from './MergeLog.tsx';
import { MergePreview } from './MergePreview.tsx';
import { mergeCommand, prepareMerge } from './mergeActions.ts';
import './merge.scss';

type Flow =
  | { step: 'idle' }
  | { step: 'unlock'; fileName: string; envelope: Envelope }
  | { step: 'other-review'; fileName: string; file: ReviewFile }
  | { step: 'preview'; fileName: string; plan: MergePlan };

const IDLE: Flow = { step: 'idle' };

export function MergePanel({ review }: { review: Review }) {
  const { notify, clear } = useNotices();
  const [flow, setFlow] = useState<Flow>(IDLE);
  const merge = useCommand(mergeCommand);
  const fail = (error: unknown) => {
    setFlow(IDLE);
    notify({ kind: 'important', title: 'Could not merge the file', text: `${messageOf(error)} Nothing was changed.` });
  };

  const compare = async (file: ReviewFile, fileName: string) => {
    if (file.review.id !== review.id) {
      setFlow({ step: 'other-review', fileName, file });
      return;
    }
    setFlow({ step: 'preview', fileName, plan: await prepareMerge(review.id, file) });
    focusAfter('merge-preview-heading');
  };

  const start = () => {
    clear();
    setFlow(IDLE);
    void (async () => {
      const picked = await getHost().openFile('review-file');
      if (picked.status === 'cancelled') return;
      const recognised = recogniseFile(picked.bytes);
      if (recognised.kind === 'encrypted') setFlow({ step: 'unlock', fileName: picked.fileName, envelope: recognised.envelope });
      else await compare(recognised.file, picked.fileName);
    })().catch(fail);
  };

  const unlock = (fileName: string, envelope: Envelope) => async (password: string) => {
    const opened = await openEncryptedFile(envelope, password); // a wrong password stays beside the field
    if (opened.kind === 'backup') throw new Error('This is a backup of many reviews, not one review file. Choose a review file.');
    await compare(opened.file, fileName).catch(fail);
  };

  const importAsCopy = (file: ReviewFile, fileName: string) => {
    void importReview(file, { asCopy: true, validated: true }).then(() => {
      setFlow(IDLE);
      notify({ kind: 'success', text: `Imported “${file.review.title}” from ${fileName} as a copy. It is on the Reviews list.` });
    }, fail);
  };

  let body;
  switch (flow.step) {
    case 'idle':
      body = <Button variant="secondary" onClick={start}>Merge a colleague’s file</Button>;
      break;
    case 'unlock':
      body = <UnlockForm fileName={flow.fileName} contents={flow.envelope.contents} onUnlock={unlock(flow.fileName, flow.envelope)} onCancel={() => setFlow(IDLE)} />;
      break;
    case 'other-review':
      body = (
        <div className="govuk-inset-text" role="alertdialog" aria-labelledby="merge-other-heading" aria-describedby="merge-other-text">
          <h3 className="govuk-heading-s" id="merge-other-heading">This file is of another review</h3>
          <p className="govuk-body" id="merge-other-text">
            {flow.fileName} holds “{flow.file.review.title}”, not this review, so it cannot be merged into it. You can import it as a separate copy instead.
          </p>
          <div className="govuk-button-group">
            <Button onClick={() => importAsCopy(flow.file, flow.fileName)}>Import as a copy instead</Button>
            <Button variant="secondary" onClick={() => setFlow(IDLE)}>Cancel</Button>
          </div>
        </div>
      );
      break;
    case 'preview':
      body = (
        <MergePreview plan={flow.plan} fileName={flow.fileName} onCancel={() => setFlow(IDLE)}
          onApply={async (choices, from) => {
            if (await merge({ plan: flow.plan, fileName: flow.fileName, choices, from })) setFlow(IDLE);
          }} />
      );
      break;
  }

  return (
    <section className="app-merge" aria-labelledby="merge-heading">
      <h2 className="govuk-heading-m" id="merge-heading" tabIndex={-1}>Team work</h2>
      <p className="govuk-body">
        Reviewers working on separate computers each export their review file; merging a colleague’s file brings their engagements, passages and edits into this review. You see everything before it changes, and can undo it.
      </p>
      {body}
      <MergeLog entries={review.mergeLog ?? []} />
    </section>
  );
}
