import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { parseReviewFile } from '../domain/reviewFile.ts';
import type { LocalReviewDb } from './database.ts';
import { recordPersonalDataAcknowledgement } from './acknowledgementRepository.ts';
import { exportReviewFile, importReviewFile, ReviewNotFoundError } from './reviewFileRepository.ts';

let db: LocalReviewDb;
beforeEach(async () => {
  db = freshDb();
  await importReviewFile(db, makeReviewFile());
});
afterEach(async () => {
  await db.delete();
});

describe('recordPersonalDataAcknowledgement', () => {
  it('appends each decision, newest last, in a valid review file', async () => {
    await recordPersonalDataAcknowledgement(db, id(1), 'word', 2);
    await recordPersonalDataAcknowledgement(db, id(1), 'excel', 3);
    const file = parseReviewFile(await exportReviewFile(db, id(1)));
    expect(file.review.personalDataAcknowledgements?.map((a) => [a.export, a.hits])).toEqual([['word', 2], ['excel', 3]]);
    expect(file.review.personalDataAcknowledgements?.[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses nothing to acknowledge and a review that has gone', async () => {
    await expect(recordPersonalDataAcknowledgement(db, id(1), 'word', 0)).rejects.toBeInstanceOf(RangeError);
    await expect(recordPersonalDataAcknowledgement(db, id(999), 'word', 1)).rejects.toBeInstanceOf(ReviewNotFoundError);
    expect((await db.reviews.get(id(1)))?.personalDataAcknowledgements).toBeUndefined();
  });
});
