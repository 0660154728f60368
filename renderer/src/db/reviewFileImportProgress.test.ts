import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { generateReview } from '../../../test/generate/generateReview.ts';
import type { LocalReviewDb } from './database.ts';
import { exportReviewFile, IMPORT_SLICE, importReviewFile } from './reviewFileRepository.ts';

let db: LocalReviewDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

// More passages than one slice, so the write is split and reports progress between slices.
const file = generateReview({ engagements: 60, passagesPerEngagement: 20, seed: 7 });
const total = file.agencies.length + file.themes.length + file.engagements.length + file.excerpts.length
  + file.findings.length + file.recommendations.length + file.actions.length + (file.networks?.length ?? 0);

describe('importReviewFile in slices', () => {
  it('reports saved items from 0 to the total, rising, and stores every row in order', async () => {
    expect(file.excerpts.length).toBeGreaterThan(IMPORT_SLICE);
    const seen: Array<[number, number]> = [];
    await importReviewFile(db, file, { onProgress: (saved, of) => seen.push([saved, of]) });
    expect(seen[0]).toEqual([0, total]);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([saved], i) => i === 0 || saved >= seen[i - 1]![0])).toBe(true);
    expect(seen.every(([saved], i) => i === 0 || saved - seen[i - 1]![0] <= IMPORT_SLICE)).toBe(true);
    const { exportedAt: _a, ...back } = await exportReviewFile(db, file.review.id);
    const { exportedAt: _b, ...original } = file;
    expect(back).toEqual(original);
  });

  it('stays all-or-nothing: a failure after some slices were written leaves nothing behind', async () => {
    const failing = importReviewFile(db, file, {
      onProgress: (saved) => {
        if (saved > IMPORT_SLICE) throw new Error('stopped half way');
      },
    });
    await expect(failing).rejects.toThrow('stopped half way');
    expect(await db.reviews.count()).toBe(0);
    expect(await db.excerpts.count()).toBe(0);
    expect(await db.agencies.count()).toBe(0);
  });
});
