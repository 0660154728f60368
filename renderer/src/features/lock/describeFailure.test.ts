import { describe, expect, it } from 'vitest';
import { RecoveryKeyTypoError, TooSoonError, WrongSecretError } from '../../security/vault.ts';
import { describeFailure } from './useRetryCountdown.ts';

describe('describeFailure', () => {
  it('says a wrong secret plainly, beside its field, with the vault’s wait', () => {
    expect(describeFailure(new WrongSecretError('wrong', 2_000), 'passphrase', 'Could not unlock'))
      .toEqual({ message: 'The passphrase is not right. Check it and try again', waitMs: 2_000, isAboutSecret: true });
    expect(describeFailure(new WrongSecretError('wrong', 0), 'recovery key', 'Could not reset').message).toMatch(/^The recovery key is not right/);
  });

  it('passes on the checksum’s word on a typo, with no wait', () => {
    expect(describeFailure(new RecoveryKeyTypoError('This recovery key has a typo', 0), 'recovery key', 'x'))
      .toEqual({ message: 'This recovery key has a typo', waitMs: 0, isAboutSecret: true });
  });

  it('counts the wait in whole seconds when a try comes too soon', () => {
    expect(describeFailure(new TooSoonError(2_500), 'passphrase', 'x')).toEqual({ message: 'Wait 3 seconds before trying again', waitMs: 2_500, isAboutSecret: true });
    expect(describeFailure(new TooSoonError(900), 'passphrase', 'x').message).toBe('Wait 1 second before trying again');
  });

  it('reports anything else after the caller’s words, not as a wrong secret', () => {
    expect(describeFailure(new Error('disk full'), 'passphrase', 'The passphrase could not be changed'))
      .toEqual({ message: 'The passphrase could not be changed: disk full', waitMs: 0, isAboutSecret: false });
  });
});
