/**
 * Encryption at rest: a Dexie DBCore middleware that seals every stored row with
 * AES-256-GCM under the data key, except the fields its table indexes, which IndexedDB
 * must read. The indexed fields come from the schema itself (primary key and every
 * index, multi-entry and compound included), so every present and future table is
 * covered without listing fields.
 *
 * A stored row is its indexed fields in the clear plus SEALED_FIELD = { v, iv, ct }:
 * `ct` seals the JSON of the WHOLE row (indexed fields too), with a fresh 96-bit IV, and
 * additional data binding table, primary key and format version, so a row cannot be
 * moved to another key or table. On read the clear indexed fields must equal the sealed
 * ones, so editing a clear field (say, moving a passage to another review) is caught too.
 * Anything that does not open is an IntegrityError naming the table, never garbage.
 *
 * The middleware sits at the bottom of Dexie's stack (level -10), so Dexie's hooks,
 * live queries and caches only ever see plain rows.
 */
import Dexie, { type DBCore, type DBCoreCursor, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTableSchema, type Middleware } from 'dexie';
import { open, seal } from '../crypto/aesGcm.ts';
import { keepAlive } from './keepAlive.ts';
import { RowCache } from './rowCache.ts';

export const SEALED_FIELD = '_sealed';
/** Format of a sealed row; part of the additional data, so an old format cannot be replayed as a new one. */
export const ROW_FORMAT = 1;

interface SealedField {
  v: number;
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

/** A stored row that does not open: altered, truncated, moved, or sealed under another key. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
  constructor(readonly table: string) {
    super(`A stored ${table} row could not be read: it was altered or damaged.`);
  }
}

/** A read or write reached the encrypted database while it was locked. */
export class LockedError extends Error {
  override readonly name = 'LockedError';
  constructor() {
    super('Your reviews are locked. Unlock them to carry on.');
  }
}

/**
 * Holds the data key while unlocked, and whatever else lives only as long as the key:
 * the cache of opened rows and the flag that accepts plain rows during a migration.
 * One slot per database; the vault fills and empties it.
 */
export class KeySlot {
  #key: Promise<CryptoKey> | null = null;
  /** True only while a plain → encrypted migration is unfinished (see encryptInPlace.ts). */
  acceptPlainRows = false;
  readonly cache: RowCache;

  constructor(cacheChars?: number) {
    this.cache = new RowCache(cacheChars);
  }

  /** A promise is accepted so a test database can take a key that is still being made. */
  fill(key: CryptoKey | Promise<CryptoKey>): void {
    this.#key = Promise.resolve(key);
  }

  /** Drops the key and every opened row. */
  empty(): void {
    this.#key = null;
    this.acceptPlainRows = false;
    this.cache.clear();
  }

  get isFilled(): boolean {
    return this.#key !== null;
  }

  key(): Promise<CryptoKey> {
    if (!this.#key) throw new LockedError();
    return this.#key;
  }
}

/** Transactions whose reads return rows exactly as stored (the migration reads with this). */
const rawReads = new WeakSet<object>();

/** Makes every read in `trans` (a Dexie transaction's idbtrans) return stored rows as they are. */
export function readRawIn(trans: object): void {
  rawReads.add(trans);
}

/**
 * Transactions whose opened rows are not kept in the row cache: a review snapshot's first
 * read (reviewFileRepository.ts) keeps every row itself, and at 3,000 engagements its
 * 60,000 texts would only push everything else out of the cache and leave old garbage to
 * collect. Rows already cached are still taken from it.
 */
const uncachedReads = new WeakSet<object>();

/** Keeps the rows `trans` (a Dexie transaction's idbtrans) opens out of the row cache. */
export function readUncachedIn(trans: object): void {
  uncachedReads.add(trans);
}

export function isSealedRow(stored: unknown): boolean {
  return typeof stored === 'object' && stored !== null && SEALED_FIELD in stored;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function bytesOf(value: unknown): Uint8Array<ArrayBuffer> | null {
  if (!ArrayBuffer.isView(value) || !(value.buffer instanceof ArrayBuffer)) return null;
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

/**
 * A row still being opened by Web Crypto. A class of our own rather than `instanceof
 * Promise`: inside a transaction Dexie swaps the global Promise for its zone-aware one,
 * so that test would fail for the native promises of async functions.
 */
class Pending {
  constructor(readonly row: Promise<unknown>) {}
}

/** The bytes as a string of char codes: a cheap, exact Map key (a loop: spreading is slower). */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

/** Equality of two index key values (strings, numbers, arrays of them; anything else by JSON). */
function sameKey(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameKey(x, b[i]));
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/** Every key path the table's IndexedDB store reads: primary key and each index's parts. */
function indexedPaths(schema: DBCoreTableSchema): string[] {
  const paths = new Set<string>();
  for (const index of [schema.primaryKey, ...schema.indexes]) {
    const keyPath = index.keyPath;
    for (const path of Array.isArray(keyPath) ? keyPath : keyPath ? [keyPath] : []) paths.add(path);
  }
  return [...paths];
}

function tableCodec(tableName: string, schema: DBCoreTableSchema, slot: KeySlot) {
  if (schema.primaryKey.outbound || schema.primaryKey.autoIncrement) {
    // The additional data binds each row to its key, so the key must be known before writing.
    throw new Error(`Table ${tableName} needs an inbound primary key set by the app to be encrypted.`);
  }
  const paths = indexedPaths(schema);
  const extractKey = schema.primaryKey.extractKey!;
  const additionalData = (primaryKey: unknown) => encoder.encode(`local-review-row\u0000v${ROW_FORMAT}\u0000${tableName}\u0000${JSON.stringify(primaryKey)}`);
  const cacheKey = (primaryKey: unknown, sealed: SealedField) => `${tableName}\u0000${JSON.stringify(primaryKey)}\u0000${latin1(sealed.iv)}${latin1(sealed.ct.subarray(-16))}`;

  const clearFieldsAgree = (row: unknown, stored: object) =>
    typeof row === 'object' && row !== null && paths.every((path) => sameKey(Dexie.getByKeyPath(row, path), Dexie.getByKeyPath(stored, path)));

  const parse = (text: string, stored: object): unknown => {
    const row: unknown = JSON.parse(text);
    if (!clearFieldsAgree(row, stored)) throw new IntegrityError(tableName);
    return row;
  };

  async function sealRow(value: unknown): Promise<object> {
    if (typeof value !== 'object' || value === null || SEALED_FIELD in value) throw new Error(`A ${tableName} row must be a plain object without a ${SEALED_FIELD} field.`);
    const primaryKey: unknown = extractKey(value);
    const text = JSON.stringify(value);
    const key = await slot.key();
    const { iv, ciphertext } = await seal(key, encoder.encode(text), additionalData(primaryKey));
    const stored: Record<string, unknown> = {};
    for (const path of paths) {
      const field: unknown = Dexie.getByKeyPath(value, path);
      if (field !== undefined) Dexie.setByKeyPath(stored, path, field);
    }
    const sealed: SealedField = { v: ROW_FORMAT, iv, ct: ciphertext };
    stored[SEALED_FIELD] = sealed;
    // Written rows are read back at once by live queries: keep the text we just sealed.
    slot.cache.set(cacheKey(primaryKey, sealed), text);
    return stored;
  }

  /** Opens one stored row: synchronously from the cache, else through Web Crypto (caching it unless `keep` is false). */
  function openRow(stored: unknown, raw: boolean, keep = true): unknown {
    if (stored === undefined || stored === null || raw) return stored;
    if (typeof stored !== 'object') throw new IntegrityError(tableName);
    const field = (stored as Record<string, unknown>)[SEALED_FIELD] as Partial<SealedField> | undefined;
    if (field === undefined) {
      if (slot.acceptPlainRows) return stored;
      throw new IntegrityError(tableName);
    }
    const iv = bytesOf(field?.iv);
    const ct = bytesOf(field?.ct);
    if (field?.v !== ROW_FORMAT || !iv || !ct || ct.length < 16) throw new IntegrityError(tableName);
    const sealed = { v: ROW_FORMAT, iv, ct };
    const primaryKey: unknown = extractKey(stored);
    const cached = slot.isFilled ? slot.cache.get(cacheKey(primaryKey, sealed)) : undefined;
    if (cached !== undefined) return parse(cached, stored);
    return new Pending((async () => {
      const key = await slot.key();
      let text: string;
      try {
        text = decoder.decode(await open(key, { iv, ciphertext: ct }, additionalData(primaryKey)));
      } catch {
        throw new IntegrityError(tableName);
      }
      const row = parse(text, stored);
      if (keep) slot.cache.set(cacheKey(primaryKey, sealed), text);
      return row;
    })());
  }

  return { sealRow, openRow };
}

/** Opens many rows: one wait (and one kept-alive transaction) for all of them. */
function openAll(trans: unknown, tableName: string, rows: readonly unknown[], openRow: (stored: unknown, raw: boolean, keep: boolean) => unknown): unknown[] | Promise<unknown[]> {
  const raw = rawReads.has(trans as object);
  const keep = !uncachedReads.has(trans as object);
  const opened = rows.map((row) => openRow(row, raw, keep));
  if (!opened.some((row) => row instanceof Pending)) return opened;
  return keepAlive(trans, tableName, Promise.all(opened.map((row) => (row instanceof Pending ? row.row : row))));
}

function decryptingCursor(cursor: DBCoreCursor, open: (stored: unknown) => unknown, hold: <T>(work: Promise<T>) => Promise<T>): DBCoreCursor {
  let value: unknown;
  const wrapped: DBCoreCursor = {
    get trans() { return cursor.trans; },
    get key(): unknown { return cursor.key; },
    get primaryKey(): unknown { return cursor.primaryKey; },
    get value() { return value; },
    get done() { return cursor.done; },
    continue: (key?: unknown) => cursor.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => cursor.advance(count),
    stop: (result?: unknown) => cursor.stop(result),
    fail: (error: Error) => cursor.fail(error),
    // Each position is opened before Dexie's callback sees it; the callback then moves
    // the cursor from inside a kept-alive success callback.
    start: (onNext: () => void) =>
      cursor.start(() => {
        try {
          const opened = open(cursor.value);
          if (!(opened instanceof Pending)) {
            value = opened;
            onNext();
            return;
          }
          hold(opened.row).then(
            (row) => {
              value = row;
              try {
                onNext();
              } catch (error) {
                cursor.fail(error as Error);
              }
            },
            (error: unknown) => cursor.fail(error as Error),
          );
        } catch (error) {
          cursor.fail(error as Error);
        }
      }),
    next() {
      let gotOne = 1;
      return this.start(() => (gotOne-- ? this.continue() : this.stop())).then(() => this);
    },
  };
  value = undefined;
  return wrapped;
}

/** Rows sealed per write request: small enough to overlap sealing with writing. */
const WRITE_CHUNK = 100;

/** One response for a write split into chunks, with failures at their place in the whole. */
function mergeResponses(responses: DBCoreMutateResponse[]): DBCoreMutateResponse {
  if (responses.length === 1) return responses[0]!;
  const merged: DBCoreMutateResponse = { numFailures: 0, failures: {}, results: [], lastResult: undefined };
  responses.forEach((response, i) => {
    merged.numFailures += response.numFailures;
    for (const [at, error] of Object.entries(response.failures)) merged.failures[i * WRITE_CHUNK + Number(at)] = error;
    merged.results!.push(...(response.results ?? []));
    merged.lastResult = response.lastResult;
  });
  return merged;
}

function encryptingTable(table: DBCoreTable, slot: KeySlot): DBCoreTable {
  const name = table.name;
  const { sealRow, openRow } = tableCodec(name, table.schema, slot);
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      // Every row's sealing starts now; each chunk is written as soon as it is sealed,
      // so IndexedDB writes one chunk while Web Crypto seals the next.
      const sealing: Array<Promise<object[]>> = [];
      for (let at = 0; at < req.values.length; at += WRITE_CHUNK) sealing.push(Promise.all(req.values.slice(at, at + WRITE_CHUNK).map(sealRow)));
      // A chunk that fails after an earlier one already failed is not awaited; its error is the same.
      for (const chunk of sealing) chunk.catch(() => undefined);
      const writes: Array<Promise<DBCoreMutateResponse>> = [];
      for (const [i, chunk] of sealing.entries()) {
        const values = await keepAlive(req.trans, name, chunk);
        const at = i * WRITE_CHUNK;
        writes.push(table.mutate({ ...req, values, ...(req.keys ? { keys: req.keys.slice(at, at + WRITE_CHUNK) } : {}) }));
      }
      return mergeResponses(await Promise.all(writes));
    },
    get: (req) => table.get(req).then((stored: unknown) => openAll(req.trans, name, [stored], openRow)).then((rows) => rows[0]),
    getMany: (req) => table.getMany(req).then((rows) => openAll(req.trans, name, rows, openRow)),
    query: (req) =>
      table.query(req).then((response) => {
        if (!req.values) return response;
        const rows = openAll(req.trans, name, response.result, openRow);
        return Array.isArray(rows) ? { result: rows } : rows.then((result) => ({ result }));
      }),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => {
        if (!cursor || !req.values || rawReads.has(req.trans as object)) return cursor;
        return decryptingCursor(cursor, (stored) => openRow(stored, false), (work) => keepAlive(req.trans, name, work));
      }),
  };
}

/** The middleware for one database, reading its key from `slot`. */
export function encryptionMiddleware(slot: KeySlot): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'encryption-at-rest',
    // Below Dexie's own middlewares (the lowest is -1): they all see plain rows.
    level: -10,
    create(down) {
      const tables = new Map<string, DBCoreTable>();
      return {
        ...down,
        table(tableName: string) {
          let table = tables.get(tableName);
          if (!table) {
            table = encryptingTable(down.table(tableName), slot);
            tables.set(tableName, table);
          }
          return table;
        },
      };
    },
  };
}
