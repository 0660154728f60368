/**
 * The backup (format `local-review-backup`, version 1): every review on a computer as v1
 * review files, with each review's register of names. It holds names of people, so it
 * only ever travels inside an encrypted file. See docs/encrypted-file.md; its JSON
 * Schema, docs/backup-file.schema.json, is generated from this schema.
 */
import { z } from 'zod';
import { idSchema, instantSchema, reviewFileSchema, ReviewFileError, type ReviewFile } from './reviewFile.ts';
import { checkIntegrity } from './reviewFileIntegrity.ts';
import { assertFormat, assertNoPollutingKeys, describeZodIssue, formatPath, readJsonFile } from './reviewFileErrors.ts';

export const BACKUP_FORMAT = 'local-review-backup';

export const nameRegisterSchema = z.strictObject({
  reviewId: idSchema,
  /** Names of people mentioned in the review's notes, for the personal-data check. */
  names: z.array(z.string()),
});

export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: instantSchema,
  reviews: z.array(reviewFileSchema),
  nameRegisters: z.array(nameRegisterSchema).optional(),
});

export type BackupFile = z.infer<typeof backupFileSchema>;
export type NameRegisterEntry = z.infer<typeof nameRegisterSchema>;

/**
 * Validates parsed JSON as a v1 backup: its shape, every review as a review file
 * (references, dates, offsets), no review twice, and registers only for reviews it holds.
 * Throws a ReviewFileError naming the first bad field's path.
 */
export function parseBackupFile(input: unknown): BackupFile {
  assertNoPollutingKeys(input);
  const result = backupFileSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ReviewFileError(first ? describeZodIssue(first) : 'not a backup');
  }
  const backup = result.data;
  const ids = new Set<string>();
  backup.reviews.forEach((file, index) => {
    // The shape was checked above with the backup; the rules between records are checked here.
    const problem = checkIntegrity(file);
    if (problem) throw new ReviewFileError(`reviews[${index}].${problem.path}: ${problem.message}`);
    if (ids.has(file.review.id)) throw new ReviewFileError(`${formatPath(['reviews', index, 'review', 'id'])}: appears twice in the backup`);
    ids.add(file.review.id);
  });
  const registered = new Set<string>();
  backup.nameRegisters?.forEach((register, index) => {
    const path = formatPath(['nameRegisters', index, 'reviewId']);
    if (!ids.has(register.reviewId)) throw new ReviewFileError(`${path}: is not a review in the backup`);
    if (registered.has(register.reviewId)) throw new ReviewFileError(`${path}: has two registers of names`);
    registered.add(register.reviewId);
  });
  return backup;
}

/** Parses backup bytes for a restore, with the same plain sentences as a review file. */
export function parseBackupText(bytes: Uint8Array): BackupFile {
  const json = readJsonFile(bytes);
  assertFormat(json, BACKUP_FORMAT, 1);
  try {
    return parseBackupFile(json);
  } catch (error) {
    if (!(error instanceof ReviewFileError)) throw error;
    throw new ReviewFileError(`This backup has a problem at ${error.message}.`, 'invalid', { cause: error });
  }
}

/** A backup of `reviews` and their registers, serialised compactly as UTF-8 JSON. */
export function serialiseBackupFile(reviews: ReviewFile[], nameRegisters: NameRegisterEntry[], exportedAt: string): Uint8Array<ArrayBuffer> {
  const backup: BackupFile = { format: BACKUP_FORMAT, version: 1, exportedAt, reviews, nameRegisters };
  return new TextEncoder().encode(JSON.stringify(backup));
}
