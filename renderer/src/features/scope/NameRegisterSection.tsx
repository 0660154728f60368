/**
 * The register of names: people mentioned in notes (young people, family members,
 * practitioners) whom no export may name. The personal-data check looks for each of them
 * before any file leaves. Added and removed names save at once; removal can be undone.
 */
import { useState } from 'react';
import { AddForm } from '../../components/AddForm.tsx';
import { Button } from '../../components/Button.tsx';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { db } from '../../db/index.ts';
import { addRegisteredName, MAX_NAME_LENGTH, NameRegisterError, removeRegisteredName, restoreRegisteredName } from '../../db/nameRegisterRepository.ts';
import { useNameRegister } from '../privacy/usePersonalDataCheck.ts';

export function NameRegisterSection({ reviewId }: { reviewId: string }) {
  const { track } = useSaveStatus();
  const { notify } = useNotices();
  const names = useNameRegister(reviewId);
  const [name, setName] = useState('');

  const add = async () => {
    let refused: string | undefined;
    const ok = await track(async () => {
      try {
        await addRegisteredName(db, reviewId, name);
      } catch (error) {
        if (!(error instanceof NameRegisterError)) throw error;
        refused = error.message;
      }
    });
    if (refused) return refused;
    if (!ok) return 'The name could not be added';
    setName('');
    return undefined;
  };

  const remove = async (removed: string) => {
    try {
      const index = await removeRegisteredName(db, reviewId, removed);
      notify({ kind: 'success', text: `Removed “${removed}” from the register of names.`, undo: () => restoreRegisteredName(db, reviewId, removed, index) });
    } catch (error) {
      notify({ kind: 'important', title: 'Could not remove the name', text: messageOf(error) });
    }
  };

  return (
    <section aria-labelledby="names-heading">
      <h2 className="govuk-heading-m" id="names-heading">Register of names</h2>
      <p className="govuk-body">
        Add the names of people mentioned in your notes — young people, family members, practitioners — so the personal-data
        check can find them before anything is exported. A first name or surname written alone is found too.
      </p>
      <div className="govuk-inset-text">
        This register never leaves this laptop, except inside an encrypted backup. It is not in the report, the workbook or a
        plain review file.
      </div>
      {names !== undefined && names.length === 0 && <p className="govuk-body govuk-hint">No names in the register yet.</p>}
      {names !== undefined && names.length > 0 && (
        <ul className="govuk-list" aria-label="Names in the register">
          {names.map((registered) => (
            <li key={registered} className="app-inline-actions">
              <span className="govuk-body govuk-!-margin-bottom-0">{registered}</span>
              <Button variant="secondary" isSmall onClick={() => void remove(registered)} aria-label={`Remove ${registered} from the register`}>Remove</Button>
            </li>
          ))}
        </ul>
      )}
      <AddForm legend="Add a name to the register" submitLabel="Add name" onAdd={add}>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="new-register-name">Name to look for</label>
          {/* No spellcheck: the spellchecker would offer to learn the name, keeping it in plain text. */}
          <input id="new-register-name" className="govuk-input" value={name} maxLength={MAX_NAME_LENGTH}
            onChange={(e) => setName(e.target.value)} autoComplete="off" spellCheck={false} />
        </div>
      </AddForm>
    </section>
  );
}
