/**
 * Encryption at rest, checked from outside: what IndexedDB really holds, what happens
 * when those bytes are altered, moved or read with another key, and that transactions
 * that read then write stay open while Web Crypto works.
 */
import { describe, expect, it } from 'vitest';
import { exportReviewFile, importReviewFile, readReviewSnapshot } from './reviewFileRepository.ts';
import { IntegrityError, isSealedRow, KeySlot, LockedError, readUncachedIn, SEALED_FIELD } from './encryption.ts';
import { LocalReviewDb } from './database.ts';
import { makeReviewFile, id } from '../../../test/helpers/reviewFileBuilder.ts';
import { filledSlot, freshDb, plainDb, randomDataKey, uniqueDbName } from '../../../test/helpers/testDb.ts';

const SECRET_NOTES = 'Jayden Smith (14) said the man at Riverside flats gave him a phone.';
const SECRET_QUOTE = 'gave him a phone';
const REVIEWER = 'Priya Okonkwo-Harrington';

function secretFile() {
  const file = makeReviewFile();
  file.review.reviewers[0]!.name = REVIEWER;
  file.engagements[0]!.notes = SECRET_NOTES;
  const start = SECRET_NOTES.indexOf(SECRET_QUOTE);
  file.excerpts[0] = { ...file.excerpts[0]!, start, end: start + SECRET_QUOTE.length, text: SECRET_QUOTE };
  return file;
}

/** Every string and byte run in a stored value, bytes read as UTF-8 and as Latin-1. */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    out.push(new TextDecoder().decode(bytes), String.fromCharCode(...bytes));
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

/** A second connection to the same database with the same key and an empty cache. */
function reopen(db: LocalReviewDb, slot: KeySlot): LocalReviewDb {
  return new LocalReviewDb(db.name, { keys: slot });
}

async function setUp() {
  const key = await randomDataKey();
  const name = uniqueDbName('enc');
  const db = new LocalReviewDb(name, { keys: filledSlot(key) });
  const file = secretFile();
  await importReviewFile(db, file);
  db.close();
  return { key, name, file, raw: plainDb(name), fresh: () => new LocalReviewDb(name, { keys: filledSlot(key) }) };
}

async function readError(work: Promise<unknown>): Promise<Error> {
  return work.then(
    () => {
      throw new Error('expected the read to fail');
    },
    (error: Error) => error,
  );
}

describe('encryption at rest', () => {
  it('stores no note, quote or reviewer name in the clear, and keeps indexed fields plain', async () => {
    const { raw, file } = await setUp();
    let rows = 0;
    for (const table of raw.tables) {
      for (const stored of await table.toArray()) {
        rows += 1;
        expect(isSealedRow(stored), table.name).toBe(true);
        for (const text of texts(stored)) {
          for (const secret of [SECRET_NOTES, SECRET_QUOTE, REVIEWER, 'Jayden', 'Riverside', file.review.title, file.findings[0]!.title]) expect(text).not.toContain(secret);
        }
      }
    }
    expect(rows).toBeGreaterThan(8);
    const engagement = await raw.engagements.get(file.engagements[0]!.id);
    // Exactly the indexed fields, in the clear, and the sealed field.
    expect(Object.keys(engagement!).sort()).toEqual([SEALED_FIELD, 'agencyIds', 'date', 'id', 'kind', 'reviewId'].sort());
    expect(engagement).toMatchObject({ reviewId: file.review.id, agencyIds: file.engagements[0]!.agencyIds, kind: 'interview', date: '2026-02-03' });
    expect(await raw.excerpts.where('themeIds').equals(id(21)).count()).toBe(1);
  });

  it('reads back exactly what was written, through indexes and with a cold cache', async () => {
    const { fresh, file } = await setUp();
    const db = fresh();
    const exported = await exportReviewFile(db, file.review.id, file.exportedAt);
    expect(exported).toEqual(file);
    expect(await db.engagements.where('agencyIds').equals(id(11)).count()).toBe(1);
  });

  it('turns a flipped byte, a truncation or a bad format into an error naming the table', async () => {
    type Sealed = { v: number; iv: Uint8Array; ct: Uint8Array };
    const cases: Array<[string, (sealed: Sealed) => unknown]> = [
      ['flipped byte', (s) => ({ ...s, ct: s.ct.map((b, i) => (i === 3 ? b ^ 1 : b)) })],
      ['flipped tag', (s) => ({ ...s, ct: s.ct.map((b, i) => (i === s.ct.length - 1 ? b ^ 0x80 : b)) })],
      ['truncated', (s) => ({ ...s, ct: s.ct.slice(0, s.ct.length - 5) })],
      ['cut to nothing', (s) => ({ ...s, ct: new Uint8Array(0) })],
      ['other IV', (s) => ({ ...s, iv: s.iv.map((b) => b ^ 0xff) })],
      ['unknown format', (s) => ({ ...s, v: 2 })],
      ['not bytes', (s) => ({ ...s, ct: 'AAAA' })],
    ];
    for (const [what, alter] of cases) {
      const { raw, fresh, file } = await setUp();
      const stored = (await raw.engagements.get(file.engagements[0]!.id)) as unknown as Record<string, Sealed>;
      await raw.engagements.put({ ...stored, [SEALED_FIELD]: alter(stored[SEALED_FIELD]!) } as never);
      const db = fresh();
      const error = await readError(db.engagements.get(file.engagements[0]!.id));
      expect(error, what).toBeInstanceOf(IntegrityError);
      expect(error.message).toBe('A stored engagements row could not be read: it was altered or damaged.');
      // The same through a query and through the whole export.
      expect(await readError(db.engagements.where('reviewId').equals(file.review.id).toArray()), what).toBeInstanceOf(IntegrityError);
      expect((await readError(exportReviewFile(db, file.review.id))).message).toContain('engagements');
    }
  });

  it('refuses a row moved or swapped to another key, or a clear index field changed', async () => {
    const { raw, fresh, file } = await setUp();
    const [a, b] = file.agencies;
    const storedA = (await raw.agencies.get(a!.id)) as Record<string, unknown>;
    const storedB = (await raw.agencies.get(b!.id)) as Record<string, unknown>;
    await raw.agencies.put({ ...storedB, [SEALED_FIELD]: storedA[SEALED_FIELD] } as never);
    const db = fresh();
    expect((await readError(db.agencies.get(b!.id))).message).toBe('A stored agencies row could not be read: it was altered or damaged.');
    expect(await db.agencies.get(a!.id)).toMatchObject({ name: a!.name });

    // Copying a sealed row into another table fails too: the table is in the additional data.
    const review = (await raw.reviews.get(file.review.id)) as Record<string, unknown>;
    await raw.themes.put({ id: file.review.id, reviewId: file.review.id, [SEALED_FIELD]: review[SEALED_FIELD] } as never);
    expect(await readError(db.themes.get(file.review.id))).toBeInstanceOf(IntegrityError);

    // Moving a passage to another review by editing its clear reviewId is caught.
    const passage = (await raw.excerpts.get(file.excerpts[0]!.id)) as Record<string, unknown>;
    await raw.excerpts.put({ ...passage, reviewId: id(999) } as never);
    expect((await readError(db.excerpts.get(file.excerpts[0]!.id))).message).toContain('excerpts');
  });

  it('refuses a plain row once no migration is running', async () => {
    const { raw, fresh, file } = await setUp();
    await raw.themes.put({ id: id(77), reviewId: file.review.id, name: 'Planted', order: 9 } as never);
    const db = fresh();
    expect(await readError(db.themes.get(id(77)))).toBeInstanceOf(IntegrityError);
  });

  it('fails cleanly with another key', async () => {
    const { name, file } = await setUp();
    const other = new LocalReviewDb(name, { keys: filledSlot() });
    expect((await readError(other.reviews.get(file.review.id))).message).toBe('A stored reviews row could not be read: it was altered or damaged.');
    expect(await readError(other.reviews.toArray())).toBeInstanceOf(IntegrityError);
    // Counting needs no key, and nothing was changed by the failed reads.
    expect(await other.reviews.count()).toBe(1);
  });

  it('refuses reads and writes while the slot is empty', async () => {
    const { name, file } = await setUp();
    const db = new LocalReviewDb(name, { keys: new KeySlot() });
    expect(await readError(db.reviews.get(file.review.id))).toBeInstanceOf(LockedError);
    expect(await readError(db.themes.put({ id: id(5), reviewId: file.review.id, seq: 0, name: 'x', order: 0 }))).toBeInstanceOf(LockedError);
    const many = Array.from({ length: 350 }, (_, i) => ({ id: `t${i}`, reviewId: file.review.id, seq: i, name: 'x', order: i }));
    expect(await readError(db.themes.bulkPut(many))).toBeInstanceOf(LockedError);
  });

  it('keeps a read-then-write transaction open across Web Crypto, through every read path', async () => {
    const db = freshDb();
    const file = secretFile();
    await importReviewFile(db, file);
    const engagementId = file.engagements[0]!.id;
    const result = await db.transaction('rw', db.tables, async () => {
      const engagement = await db.engagements.get(engagementId);
      await db.engagements.put({ ...engagement!, title: 'Renamed' });
      const [agencies, themes] = await Promise.all([db.agencies.bulkGet(file.agencies.map((a) => a.id)), db.themes.where('reviewId').equals(file.review.id).toArray()]);
      await db.drafts.put({ engagementId, reviewId: file.review.id, notes: 'draft text', savedAt: 1 });
      const filtered = await db.engagements.where('reviewId').equals(file.review.id).filter((e) => e.title === 'Renamed').count();
      const each: string[] = [];
      await db.agencies.where('reviewId').equals(file.review.id).each((a) => each.push(a.name));
      await db.themes.where('reviewId').equals(file.review.id).modify((t) => void (t.name = `${t.name}!`));
      await db.reviews.update(file.review.id, { title: 'Updated' });
      const distinct = await db.excerpts.where('themeIds').anyOf([id(20), id(21)]).distinct().toArray();
      const firstAction = await db.actions.orderBy('dueDate').reverse().first();
      const keys = await db.findings.where('reviewId').equals(file.review.id).primaryKeys();
      await db.drafts.where('reviewId').equals(file.review.id).delete();
      const after = await db.themes.toArray();
      return { agencies, themes, filtered, each, distinct, firstAction, keys, after };
    });
    expect(result.agencies.map((a) => a!.name)).toEqual(file.agencies.map((a) => a.name));
    expect(result.themes).toHaveLength(2);
    expect(result.filtered).toBe(1);
    expect(result.each.sort()).toEqual(file.agencies.map((a) => a.name).sort());
    expect(result.distinct.map((e) => e.text)).toEqual([SECRET_QUOTE]);
    expect(result.firstAction!.description).toBe('Monthly report');
    expect(result.keys).toEqual([file.findings[0]!.id]);
    expect(result.after.map((t) => t.name).sort()).toEqual(['Education!', 'Exclusions!']);
    const cold = reopen(db, filledSlot(await Promise.resolve(db.keys!.key())));
    expect((await cold.engagements.get(engagementId))!.title).toBe('Renamed');
    expect((await cold.reviews.get(file.review.id))!.title).toBe('Updated');
    expect(await cold.drafts.count()).toBe(0);
  });

  it('writes a large bulk in sealed chunks, reporting a failure at its own position', async () => {
    const db = freshDb();
    const reviewId = id(1);
    await db.themes.add({ id: 'theme-180', reviewId, seq: 0, name: 'already here', order: 0 });
    const rows = Array.from({ length: 250 }, (_, i) => ({ id: `theme-${i}`, reviewId, seq: i, name: `Theme ${i}`, order: i }));
    const error = await readError(db.themes.bulkAdd(rows));
    expect(error.name).toBe('BulkError');
    expect(Object.keys((error as Error & { failuresByPos: object }).failuresByPos)).toEqual(['180']);
    expect(await db.themes.count()).toBe(250);
    expect((await db.themes.get('theme-249'))!.name).toBe('Theme 249');
    expect((await db.themes.get('theme-180'))!.name).toBe('already here');
    expect(await db.themes.bulkPut(rows.map((r) => ({ ...r, name: r.name.toUpperCase() })), { allKeys: true })).toHaveLength(250);
    expect((await db.themes.get('theme-180'))!.name).toBe('THEME 180');
  });

  it('serves repeated reads from the cache as fresh objects, and empties it with the key', async () => {
    const slot = filledSlot(randomDataKey(), 1_000_000);
    const db = new LocalReviewDb(uniqueDbName(), { keys: slot });
    const file = secretFile();
    await importReviewFile(db, file);
    expect(slot.cache.size).toBeGreaterThan(8);
    const first = await db.engagements.get(file.engagements[0]!.id);
    first!.notes = 'changed by a caller';
    expect((await db.engagements.get(file.engagements[0]!.id))!.notes).toBe(SECRET_NOTES);
    slot.empty();
    expect(slot.cache.size).toBe(0);
    expect(await readError(db.engagements.get(file.engagements[0]!.id))).toBeInstanceOf(LockedError);
  });

  it('keeps rows read in an uncached transaction (a snapshot’s first read) out of the cache', async () => {
    const { key, name, file } = await setUp();
    const slot = filledSlot(key, 1_000_000);
    const db = new LocalReviewDb(name, { keys: slot });
    const read = await db.transaction('r', db.engagements, (tx) => {
      readUncachedIn(tx.idbtrans);
      return db.engagements.toArray();
    });
    expect(read.map((e) => e.notes)).toEqual([SECRET_NOTES]);
    expect(slot.cache.size).toBe(0);
    // The snapshot's own read keeps none of the review's items either (only the review's
    // own row, read apart); an ordinary read of the same items does.
    expect((await readReviewSnapshot(db, file.review.id))!.file.engagements[0]!.notes).toBe(SECRET_NOTES);
    expect(slot.cache.size).toBe(1);
    await db.engagements.toArray();
    expect(slot.cache.size).toBe(2);
    db.close();
  });
});
