/**
 * Asks what to do when an imported file's review is already on this computer, or when
 * some of its records already belong to another review here (a copy of that review saved
 * under a new review id): either way it can only come in as a copy with new ids.
 */
import { Button } from '../../components/Button.tsx';
import { count } from '../../domain/words/index.ts';

/** How many of the file's records are already here, and in which review. */
export interface SharedRecords {
  count: number;
  otherTitle?: string;
}

export interface ImportConflictProps {
  fileName: string;
  /** The review already here; with `shared`, the title of the file's own review. */
  existingTitle: string;
  shared?: SharedRecords;
  onCopy: () => void;
  onCancel: () => void;
}

export function ImportConflict({ fileName, existingTitle, shared, onCopy, onCancel }: ImportConflictProps) {
  const other = shared?.otherTitle ? `“${shared.otherTitle}”` : 'another review';
  return (
    <div className="govuk-inset-text" role="alertdialog" aria-labelledby="conflict-heading" aria-describedby="conflict-text">
      <h2 className="govuk-heading-s" id="conflict-heading">
        {shared ? 'Part of this review is already on this computer' : 'This review is already on this computer'}
      </h2>
      {shared ? (
        <p className="govuk-body" id="conflict-text">
          {fileName} holds “{existingTitle}”, but {shared.count === 1 ? 'one of its records already belongs' : `${count(shared.count)} of its records already belong`} to {other} on
          this computer, so it is probably a copy of that review. Importing never changes a review you have: you can add the file as a separate copy, with
          new identifiers throughout, or cancel.
        </p>
      ) : (
        <p className="govuk-body" id="conflict-text">
          {fileName} holds “{existingTitle}”, which you already have. Importing never overwrites it: you can add the file as a separate copy, or cancel.
        </p>
      )}
      <div className="govuk-button-group">
        <Button onClick={onCopy}>Import as a copy</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel import</Button>
      </div>
    </div>
  );
}
