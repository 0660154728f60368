/** A new passphrase, its confirmation and its strength: used to set, reset and change it. */
import { Field } from '../../components/Field.tsx';
import { MIN_PASSPHRASE_LENGTH, type NewPassphraseErrors, type Strength } from './passphraseRules.ts';
import { PassphraseInput } from './PassphraseInput.tsx';
import { StrengthMeter } from './StrengthMeter.tsx';

export interface NewPassphraseFieldsProps {
  idPrefix: string;
  passphrase: string;
  confirm: string;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
  strength: Strength | undefined;
  errors: NewPassphraseErrors;
  label?: string;
}

export function NewPassphraseFields({ idPrefix, passphrase, confirm, onPassphrase, onConfirm, strength, errors, label = 'Passphrase' }: NewPassphraseFieldsProps) {
  const strengthId = `${idPrefix}-strength`;
  return (
    <>
      <Field id={`${idPrefix}-passphrase`} label={label} error={errors.passphrase}
        hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. Three or four unrelated words are hard to guess and easy to remember.`}>
        {(describedBy) => (
          <>
            <PassphraseInput id={`${idPrefix}-passphrase`} value={passphrase} onChange={onPassphrase}
              describedBy={[describedBy, strengthId].filter(Boolean).join(' ')} hasError={!!errors.passphrase} />
            <StrengthMeter id={strengthId} strength={strength} />
          </>
        )}
      </Field>
      <Field id={`${idPrefix}-confirm`} label={`Confirm ${label.toLowerCase()}`} error={errors.confirm}>
        {(describedBy) => (
          <PassphraseInput id={`${idPrefix}-confirm`} value={confirm} onChange={onConfirm} describedBy={describedBy} hasError={!!errors.confirm} />
        )}
      </Field>
    </>
  );
}
