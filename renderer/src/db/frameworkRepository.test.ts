import { afterEach, describe, expect, it } from 'vitest';
import { draftFramework } from '../domain/framework/index.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { generatedArea, sampleReview } from '../../../test/helpers/frameworkReviews.ts';
import type { LocalReviewDb } from './database.ts';
import { addFramework, deleteFramework, duplicateFramework, importFramework, restoreFramework, updateFramework } from './frameworkRepository.ts';

let db: LocalReviewDb;
afterEach(async () => { await db.delete(); });
const draft = () => draftFramework([sampleReview(), generatedArea(1, 'Eastmoor')], { title: 'Wessex framework', region: 'Wessex' });

describe('the frameworks table', () => {
  it('adds, changes, copies, deletes and restores a framework, sealed at rest like every row', async () => {
    db = freshDb();
    const file = draft();
    const id = await addFramework(db, file);
    const changed = await updateFramework(db, id, (f) => ({ ...f, framework: { ...f.framework, governance: 'The CSP board owns it.' } }));
    expect(changed.framework.governance).toBe('The CSP board owns it.');
    expect(changed.framework.updatedAt >= file.framework.updatedAt).toBe(true);
    const copy = await duplicateFramework(db, id);
    expect((await db.frameworks.get(copy))!.file.framework.title).toBe('Copy of Wessex framework');
    const deleted = await deleteFramework(db, id);
    expect(await db.frameworks.get(id)).toBeUndefined();
    await restoreFramework(db, deleted);
    expect((await db.frameworks.get(id))!.file.framework.governance).toBe('The CSP board owns it.');
  });

  it('refuses a change that would make the file invalid, changing nothing', async () => {
    db = freshDb();
    const id = await addFramework(db, draft());
    await expect(updateFramework(db, id, (f) => ({ ...f, framework: { ...f.framework, region: ' ' } }))).rejects.toThrow('framework.region: must not be empty');
    expect((await db.frameworks.get(id))!.file.framework.region).toBe('Wessex');
  });

  it('imports a framework already here as a copy, never over it', async () => {
    db = freshDb();
    const file = draft();
    await addFramework(db, file);
    const result = await importFramework(db, file);
    expect(result.asCopy).toBe(true);
    expect(await db.frameworks.count()).toBe(2);
  });
});
