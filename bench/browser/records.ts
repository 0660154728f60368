/**
 * The import floor's inputs: exactly the records the app's import writes, and the object
 * stores the app's Dexie schema declares, so the floor's raw IndexedDB write does the
 * same work as the app's write (same stores, keys, indexes, records) and nothing else.
 * records.test.ts checks both against what Dexie really writes and creates.
 */
import { withoutUndefined } from '../../renderer/src/domain/reviewCopy.ts';
import type { ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { CHILD_TABLES, SCHEMA_VERSIONS, type SchemaVersion } from '../../renderer/src/db/schema.ts';

export type StoreRecords = Record<string, object[]>;

/** What importReviewFile (renderer/src/db/reviewFileRepository.ts) writes, table by table. */
export function importRecords(file: ReviewFile): StoreRecords {
  const reviewId = file.review.id;
  const records: StoreRecords = { reviews: [withoutUndefined(file.review)] };
  for (const name of CHILD_TABLES) {
    records[name] = (file[name] as object[]).map((entity, seq) => ({ ...withoutUndefined(entity), reviewId, seq }));
  }
  records.networks = (file.networks ?? []).map((network) => ({ ...network, reviewId }));
  return records;
}

export interface IndexSpec { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }
export interface StoreSpec { name: string; keyPath: string | string[] | null; autoIncrement: boolean; indexes: IndexSpec[] }

/** Dexie's spec of one key ("id", "++id", "&code", "*tags", "[a+b]") as IndexedDB sees it. */
function parseKey(spec: string): { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean; auto: boolean } {
  const flags = /^(\+\+|&|\*)?(.*)$/.exec(spec.trim())!;
  const name = flags[2]!;
  const compound = /^\[(.*)\]$/.exec(name);
  return {
    name,
    keyPath: compound ? compound[1]!.split('+').map((part) => part.trim()) : name,
    unique: flags[1] === '&',
    multiEntry: flags[1] === '*',
    auto: flags[1] === '++',
  };
}

/**
 * The object stores a database built from these schema versions ends with: a later
 * version's spec replaces a store's, null deletes it (Dexie's rules). An empty primary
 * key ("++" or "") is an out-of-line key, which the app does not use.
 */
export function storeSpecs(versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): StoreSpec[] {
  const latest = new Map<string, string>();
  for (const version of versions) {
    for (const [name, spec] of Object.entries(version.stores)) {
      if (spec === null) latest.delete(name);
      else latest.set(name, spec);
    }
  }
  return [...latest].map(([name, spec]) => {
    const [primary, ...indexes] = spec.split(',').map(parseKey);
    if (!primary) throw new Error(`store ${name} has no primary key`);
    return {
      name,
      keyPath: primary.name === '' ? null : primary.keyPath,
      autoIncrement: primary.auto,
      indexes: indexes.map(({ name: index, keyPath, unique, multiEntry }) => ({ name: index, keyPath, unique, multiEntry })),
    };
  });
}
