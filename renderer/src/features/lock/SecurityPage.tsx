/** Security settings: when the app locks by itself, changing the passphrase, and a new recovery key. */
import { PageHeading } from '../../components/PageHeading.tsx';
import { ChangePassphraseForm } from './ChangePassphraseForm.tsx';
import { IdleLockForm } from './IdleLockForm.tsx';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm.tsx';
import { LOCK_SHORTCUT } from './lockShortcut.ts';

export function SecurityPage() {
  return (
    <>
      <PageHeading>Security</PageHeading>
      <h2 className="govuk-heading-m">Locking</h2>
      <p className="govuk-body">
        Locking closes your reviews and clears them from the screen until you enter your passphrase again. Lock
        Local Review with the Lock button at the top of every page, or with the keyboard:
        {' '}<kbd className="app-kbd">{LOCK_SHORTCUT.keys.join(' + ')}</kbd> (on a Mac,
        {' '}<kbd className="app-kbd">{LOCK_SHORTCUT.macKeys.join(' + ')}</kbd>).
      </p>
      <p className="govuk-body">The desktop app also locks when the computer locks its screen or goes to sleep.</p>
      <IdleLockForm />
      <ChangePassphraseForm />
      <NewRecoveryKeyForm />
    </>
  );
}
