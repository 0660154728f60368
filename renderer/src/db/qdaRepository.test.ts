import { afterEach, describe, expect, it } from 'vitest';
import { addCodebookThemes, removeCodebookThemes } from './qdaRepository.ts';
import { exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { parseQdc } from '../import/index.ts';
import { buildQdc } from '../export/index.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import type { LocalReviewDb } from './database.ts';

const open: LocalReviewDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.delete()));
});

describe('codebook themes', () => {
  it('adds a codebook’s codes as themes with their nesting, and Undo removes them while unused', async () => {
    const db = freshDb();
    open.push(db);
    const file = makeReviewFile();
    await importReviewFile(db, file);
    const themes = parseQdc(await buildQdc(file.themes));
    const ids = await addCodebookThemes(db, id(1), themes);
    const after = await exportReviewFile(db, id(1));
    expect(after.themes).toHaveLength(4);
    const child = after.themes.find((t) => t.id === ids[1]);
    expect(child).toMatchObject({ name: 'Exclusions', parentId: ids[0] });
    await removeCodebookThemes(db, id(1), ids);
    expect((await exportReviewFile(db, id(1))).themes).toEqual(file.themes);
  });

  it('keeps them when something now uses them', async () => {
    const db = freshDb();
    open.push(db);
    await importReviewFile(db, makeReviewFile());
    const ids = await addCodebookThemes(db, id(1), [{ id: id(500), name: 'New', order: 0 }]);
    await db.excerpts.update(id(40), { themeIds: [ids[0]!] });
    await expect(removeCodebookThemes(db, id(1), ids)).rejects.toThrow(/in use/);
    expect((await exportReviewFile(db, id(1))).themes).toHaveLength(3);
  });
});
