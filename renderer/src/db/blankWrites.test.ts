/**
 * The repositories write nothing the review file would refuse: a blank finding or
 * recommendation title or a blank action description never reaches the database, so an
 * exported file always imports again (issue 12).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalReviewDb } from './database.ts';
import { addAction, updateAction } from './actionRepository.ts';
import { addFinding, updateFinding } from './findingRepository.ts';
import { addRecommendation, updateRecommendation } from './recommendationRepository.ts';
import { exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { parseReviewFile } from '../domain/reviewFile.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

let db: LocalReviewDb;
const REVIEW = id(1);
afterEach(async () => { await db.delete(); });

describe('blank titles and descriptions are never written', () => {
  it('refuses them on add and on edit, leaving the review as it was and still valid', async () => {
    db = freshDb();
    const file = makeReviewFile();
    await importReviewFile(db, file);
    const finding = file.findings[0]!;
    const recommendation = file.recommendations[0]!;
    const action = file.actions[0]!;
    const { id: _f, order: _o, ...findingDetails } = finding;
    const { id: _r, number: _n, ...recommendationDetails } = recommendation;
    const actionDetails = { description: action.description, ownerAgencyId: action.ownerAgencyId, status: action.status };
    await expect(addFinding(db, REVIEW, { ...findingDetails, title: ' \n ' })).rejects.toThrow();
    await expect(updateFinding(db, finding.id, { title: '' })).rejects.toThrow();
    await expect(addRecommendation(db, REVIEW, { ...recommendationDetails, title: '  ' })).rejects.toThrow();
    await expect(updateRecommendation(db, recommendation.id, { ...recommendationDetails, title: '' })).rejects.toThrow();
    await expect(addAction(db, REVIEW, recommendation.id, { ...actionDetails, description: '\t' })).rejects.toThrow();
    await expect(updateAction(db, action.id, { ...actionDetails, description: '' })).rejects.toThrow();
    const after = parseReviewFile(await exportReviewFile(db, REVIEW, file.exportedAt));
    expect({ ...after, review: { ...after.review, updatedAt: file.review.updatedAt } }).toEqual(file);
  });
});
