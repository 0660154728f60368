/**
 * Recognises what a reviewer picked to import: a plain review file, or an encrypted file
 * (a review file or a backup) that needs its password. Nothing is written here.
 */
import { isEnvelopeLike, openEnvelope, parseEnvelope, type Envelope } from '../../crypto/envelope.ts';
import { parseBackupText, type BackupFile } from '../../domain/backupFile.ts';
import { parseImportedReviewFile, parseReviewFileText, type ReviewFile } from '../../domain/reviewFile.ts';
import { readJsonFile } from '../../domain/reviewFileErrors.ts';

export type RecognisedFile = { kind: 'review-file'; file: ReviewFile } | { kind: 'encrypted'; envelope: Envelope };
export type OpenedFile = { kind: 'review-file'; file: ReviewFile } | { kind: 'backup'; backup: BackupFile };

/** Reads picked bytes: a valid plain review file, or a well-formed envelope still locked. */
export function recogniseFile(bytes: Uint8Array): RecognisedFile {
  const json = readJsonFile(bytes);
  if (isEnvelopeLike(json)) return { kind: 'encrypted', envelope: parseEnvelope(json) };
  return { kind: 'review-file', file: parseImportedReviewFile(json) };
}

/** Opens an envelope with the password and validates what it holds. */
export async function openEncryptedFile(envelope: Envelope, password: string): Promise<OpenedFile> {
  const { contents, plaintext } = await openEnvelope(envelope, password);
  return contents === 'backup'
    ? { kind: 'backup', backup: parseBackupText(plaintext) }
    : { kind: 'review-file', file: parseReviewFileText(plaintext) };
}
