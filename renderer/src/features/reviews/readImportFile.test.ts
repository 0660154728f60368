import { describe, expect, it } from 'vitest';
import { encryptFile } from '../../crypto/envelope.ts';
import { serialiseBackupFile } from '../../domain/backupFile.ts';
import { serialiseReviewFile } from '../../domain/reviewFile.ts';
import { makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';
import { openEncryptedFile, recogniseFile } from './readImportFile.ts';

const PASSWORD = 'one password for the tests';
const file = makeReviewFile();

describe('recognising an imported file', () => {
  it('takes a plain review file as it is', () => {
    expect(recogniseFile(serialiseReviewFile(file))).toEqual({ kind: 'review-file', file });
  });

  it('opens an encrypted review file and an encrypted backup with their password', async () => {
    const single = recogniseFile(await encryptFile(new Uint8Array(serialiseReviewFile(file)), PASSWORD, 'review-file'));
    if (single.kind !== 'encrypted') throw new Error('expected an envelope');
    expect(single.envelope.contents).toBe('review-file');
    expect(await openEncryptedFile(single.envelope, PASSWORD)).toEqual({ kind: 'review-file', file });

    const registers = [{ reviewId: file.review.id, names: ['Jordan Smith'] }];
    const backup = recogniseFile(await encryptFile(serialiseBackupFile([file], registers, file.exportedAt), PASSWORD, 'backup'));
    if (backup.kind !== 'encrypted') throw new Error('expected an envelope');
    await expect(openEncryptedFile(backup.envelope, 'not the password')).rejects.toMatchObject({ problem: 'wrong-password' });
    expect(await openEncryptedFile(backup.envelope, PASSWORD)).toMatchObject({ kind: 'backup', backup: { reviews: [file], nameRegisters: registers } });
  });

  it('refuses a sealed file whose contents are not a valid review file, in plain words', async () => {
    const broken = { ...file, review: { ...file.review, stage: 'finished' } };
    const sealed = recogniseFile(await encryptFile(new TextEncoder().encode(JSON.stringify(broken)), PASSWORD, 'review-file'));
    if (sealed.kind !== 'encrypted') throw new Error('expected an envelope');
    await expect(openEncryptedFile(sealed.envelope, PASSWORD)).rejects.toThrow(/^This review file has a problem at review\.stage: expected/);
  });
});
