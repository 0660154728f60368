/** Asks what to do when an imported file's review is already on this computer. */
import { Button } from '../../components/Button.tsx';

export interface ImportConflictProps {
  fileName: string;
  existingTitle: string;
  onCopy: () => void;
  onCancel: () => void;
}

export function ImportConflict({ fileName, existingTitle, onCopy, onCancel }: ImportConflictProps) {
  return (
    <div className="govuk-inset-text" role="alertdialog" aria-labelledby="conflict-heading" aria-describedby="conflict-text">
      <h2 className="govuk-heading-s" id="conflict-heading">This review is already on this computer</h2>
      <p className="govuk-body" id="conflict-text">
        {fileName} holds “{existingTitle}”, which you already have. Importing never overwrites it: you can add the file as a separate copy, or cancel.
      </p>
      <div className="govuk-button-group">
        <Button onClick={onCopy}>Import as a copy</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel import</Button>
      </div>
    </div>
  );
}
