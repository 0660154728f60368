/**
 * Opens a database fixture of every schema version with today's code. Reviewers' laptops
 * hold databases at every earlier version, so each must open and export a valid file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { LocalReviewDb } from './database.ts';
import { CHILD_TABLES, LATEST_VERSION, SCHEMA_VERSIONS } from './schema.ts';
import { exportReviewFile } from './reviewFileRepository.ts';
import { parseReviewFile } from '../domain/reviewFile.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/db');

interface DbFixture {
  version: number;
  tables: Record<string, Array<Record<string, unknown>>>;
}

const fixtures = readdirSync(FIXTURES)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as DbFixture);

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
    const name = `migration-v${fixture.version}-${Math.random()}`;
    const old = new LocalReviewDb(name, fixture.version);
    await old.open();
    expect(old.verno).toBe(fixture.version);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();

    const today = new LocalReviewDb(name);
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
