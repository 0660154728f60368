/**
 * Opens a database fixture of every schema version with today's code. Reviewers' laptops
 * hold databases at every earlier version, so each must open and export a valid file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { LocalReviewDb } from './database.ts';
import { CHILD_TABLES, LATEST_VERSION, SCHEMA_VERSIONS } from './schema.ts';
import { exportReviewFile } from './reviewFileRepository.ts';
import { isSealedRow } from './encryption.ts';
import { parseReviewFile } from '../domain/reviewFile.ts';
import { plainDb } from '../../../test/helpers/testDb.ts';
import { testVault } from '../../../test/helpers/testVault.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/db');

interface DbFixture {
  version: number;
  tables: Record<string, Array<Record<string, unknown>>>;
}

const fixtures = readdirSync(FIXTURES)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as DbFixture);

/** Writes a fixture's rows with the code of its own schema version, before encryption existed. */
async function writeFixture(fixture: DbFixture, name = `migration-v${fixture.version}-${Math.random()}`): Promise<string> {
  const old = plainDb(name, fixture.version);
  await old.open();
  expect(old.verno).toBe(fixture.version);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

async function exportAll(db: LocalReviewDb): Promise<unknown[]> {
  const reviews = await db.reviews.orderBy('id').toArray();
  return Promise.all(reviews.map((review) => exportReviewFile(db, review.id, '2026-01-01T00:00:00.000Z')));
}

describe('database migrations', () => {
  it('has a fixture for every schema version', () => {
    expect(fixtures.map((f) => f.version).sort((a, b) => a - b)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it('never edits a shipped version (append-only)', () => {
    const lock = JSON.parse(readFileSync(join(FIXTURES, 'schema-lock.json'), 'utf8')) as { versions: Record<string, Record<string, string>> };
    for (const step of SCHEMA_VERSIONS) {
      expect(step.stores, `version ${step.version} differs from the lock file`).toEqual(lock.versions[String(step.version)]);
    }
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it.each(fixtures.map((f) => [f.version, f] as const))('opens a version %i database with today’s code and exports valid files', async (_v, fixture) => {
    const name = await writeFixture(fixture);
    const today = plainDb(name);
    await today.open();
    expect(today.verno).toBe(LATEST_VERSION);
    const reviews = await today.reviews.toArray();
    expect(reviews.length).toBe(fixture.tables.reviews!.length);
    // Tables outside the review file (e.g. notes drafts) must keep every row too.
    for (const [table, rows] of Object.entries(fixture.tables)) expect(await today.table(table).count(), table).toBe(rows.length);
    const fileTables: readonly string[] = CHILD_TABLES;
    for (const review of reviews) {
      const file = parseReviewFile(await exportReviewFile(today, review.id));
      for (const table of Object.keys(fixture.tables).filter((t) => fileTables.includes(t))) {
        const expected = fixture.tables[table]!.filter((row) => row.reviewId === review.id).length;
        expect((file as unknown as Record<string, unknown[]>)[table]).toHaveLength(expected);
      }
    }
    today.close();
    await Dexie.delete(name);
  });
});

describe('plain to encrypted migration', () => {
  it.each(fixtures.map((f) => [f.version, f] as const))('encrypts a version %i database in place, losing nothing', async (_v, fixture) => {
    const name = await writeFixture(fixture);
    const plain = plainDb(name);
    const expected = await exportAll(plain);
    const expectedDrafts = await plain.table('drafts').toArray();
    plain.close();

    const t = testVault({ names: { db: name, keyring: `${name}-keys` } });
    const progress: Array<[number, number]> = [];
    await t.vault.createVault('fixture passphrase', (done, total) => progress.push([done, total]));
    const total = Object.values(fixture.tables).reduce((n, rows) => n + rows.length, 0);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(await exportAll(t.db)).toEqual(expected);
    expect(await t.db.table('drafts').toArray()).toEqual(expectedDrafts);
    for (const file of await exportAll(t.db)) parseReviewFile(file);
    t.vault.lock();

    // Every row of every table is now sealed.
    const raw = plainDb(name);
    for (const table of raw.tables) for (const row of await table.toArray()) expect(isSealedRow(row), table.name).toBe(true);
    raw.close();
    await Dexie.delete(name);
  });
});
