/**
 * What makes a new passphrase acceptable, in plain English. The passphrase guards every
 * review on the computer, so it must be long and not guessable: at least
 * MIN_PASSPHRASE_LENGTH characters and a zxcvbn score of at least MIN_SCORE ("safely
 * unguessable": about 10^10 guesses, beyond an offline attack on PBKDF2 at 600,000 rounds
 * for a long time). Pure, so it is unit-tested without the estimator.
 */

export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_SCORE = 3;

/** zxcvbn's verdict on a passphrase: a score 0–4 and its advice. */
export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  warning: string | undefined;
  suggestions: readonly string[];
}

export const STRENGTH_LABELS: Record<Strength['score'], string> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
};

export interface NewPassphraseErrors {
  passphrase?: string;
  confirm?: string;
}

/**
 * The problems with a new passphrase and its confirmation; empty when it may be used.
 * `strength` is undefined while the estimator is still loading: then only length counts.
 */
export function newPassphraseErrors(passphrase: string, confirm: string, strength: Strength | undefined): NewPassphraseErrors {
  const errors: NewPassphraseErrors = {};
  if (passphrase.length === 0) errors.passphrase = 'Enter a passphrase';
  else if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    errors.passphrase = `Passphrase must be ${MIN_PASSPHRASE_LENGTH} characters or more. Try three or four unrelated words`;
  } else if (strength && strength.score < MIN_SCORE) {
    const advice = strength.warning ?? strength.suggestions[0] ?? 'Add another word or two that are not related';
    errors.passphrase = `Passphrase is too easy to guess. ${withoutFullStop(advice)}`;
  }
  if (passphrase.length > 0 && confirm !== passphrase) {
    errors.confirm = confirm.length === 0 ? 'Enter the passphrase again to confirm it' : 'The passphrases do not match';
  }
  return errors;
}

function withoutFullStop(text: string): string {
  return text.replace(/\.\s*$/, '');
}
