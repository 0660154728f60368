import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, newPassphraseErrors, type Strength } from './passphraseRules.ts';

const strong: Strength = { score: 4, warning: undefined, suggestions: [] };
const weak: Strength = { score: 1, warning: 'This is similar to a commonly used password.', suggestions: ['Add more words.'] };

describe('newPassphraseErrors', () => {
  it('accepts a long, strong passphrase typed twice', () => {
    expect(newPassphraseErrors('quiet lanterns guard orchards', 'quiet lanterns guard orchards', strong)).toEqual({});
  });

  it('asks for a passphrase when there is none', () => {
    expect(newPassphraseErrors('', '', strong)).toEqual({ passphrase: 'Enter a passphrase' });
  });

  it('asks for more characters, counting characters not UTF-16 units', () => {
    const short = '😀'.repeat(MIN_PASSPHRASE_LENGTH - 1);
    expect(newPassphraseErrors(short, short, strong).passphrase).toMatch(/^Passphrase must be 12 characters or more/);
    const enough = '😀'.repeat(MIN_PASSPHRASE_LENGTH);
    expect(newPassphraseErrors(enough, enough, strong)).toEqual({});
  });

  it('refuses a guessable passphrase with the estimator’s advice, without a doubled full stop', () => {
    expect(newPassphraseErrors('password1234', 'password1234', weak).passphrase)
      .toBe('Passphrase is too easy to guess. This is similar to a commonly used password');
    expect(newPassphraseErrors('password1234', 'password1234', { ...weak, warning: undefined }).passphrase)
      .toBe('Passphrase is too easy to guess. Add more words');
  });

  it('judges length alone while the estimator loads', () => {
    expect(newPassphraseErrors('password1234', 'password1234', undefined)).toEqual({});
  });

  it('asks for the confirmation, then for a match', () => {
    expect(newPassphraseErrors('quiet lanterns guard orchards', '', strong).confirm).toBe('Enter the passphrase again to confirm it');
    expect(newPassphraseErrors('quiet lanterns guard orchards', 'quiet lanterns', strong).confirm).toBe('The passphrases do not match');
  });
});
