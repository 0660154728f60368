import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compress } from 'snappyjs';
import { afterAll, describe, expect, it } from 'vitest';
import { blockEntries, logRecords, tablePayloads } from '../helpers/levelDb.ts';
import { phrasesIn, scanProfile } from '../helpers/profileScan.ts';

const text = (value: string) => new TextEncoder().encode(value);

function varint(value: number): number[] {
  const bytes: number[] = [];
  for (; value >= 0x80; value = Math.floor(value / 128)) bytes.push((value % 128) | 0x80);
  bytes.push(value);
  return bytes;
}

/** A block of entries, keys prefix-compressed against the previous one, one restart point. */
function block(entries: Array<[string, string]>): Uint8Array {
  const out: number[] = [];
  let previous = new Uint8Array(0);
  for (const [keyText, valueText] of entries) {
    const key = text(keyText);
    const value = text(valueText);
    let shared = 0;
    while (shared < previous.length && shared < key.length && previous[shared] === key[shared]) shared += 1;
    out.push(...varint(shared), ...varint(key.length - shared), ...varint(value.length), ...key.subarray(shared), ...value);
    previous = key;
  }
  out.push(0, 0, 0, 0, 1, 0, 0, 0); // restarts: [0], count 1
  return new Uint8Array(out);
}

/** A table: one Snappy data block, an index block, an empty meta-index block, and the footer. */
function table(entries: Array<[string, string]>): Uint8Array {
  const data = compress(block(entries));
  const parts: number[] = [...data, 1, 0, 0, 0, 0];
  const dataHandle = [...varint(0), ...varint(data.length)];
  const metaOffset = parts.length;
  const meta = block([]);
  parts.push(...meta, 0, 0, 0, 0, 0);
  const indexOffset = parts.length;
  const index = block([['zzz', String.fromCharCode(...dataHandle)]]);
  parts.push(...index, 0, 0, 0, 0, 0);
  const handles = [...varint(metaOffset), ...varint(meta.length), ...varint(indexOffset), ...varint(index.length)];
  const footer = [...handles, ...new Array<number>(40 - handles.length).fill(0), 0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb];
  return new Uint8Array([...parts, ...footer]);
}

/** A log of one record whose payload is split across the first 32 KiB block boundary. */
function splitLog(payload: Uint8Array): Uint8Array {
  const firstLength = 32 * 1024 - 7;
  const first = payload.subarray(0, firstLength);
  const last = payload.subarray(firstLength);
  const header = (length: number, type: number) => [0, 0, 0, 0, length & 0xff, length >> 8, type];
  return new Uint8Array([...header(first.length, 2), ...first, ...header(last.length, 4), ...last]);
}

const PHRASE = 'Kestrelwick harbour';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('LevelDB payloads', () => {
  it('finds text that only a decompressed Snappy block shows', () => {
    // The phrase's two words come first, so Snappy writes the phrase itself as copies.
    const file = table([['review-1', `Kestrelwick, then harbour: ${'padding '.repeat(8)}${PHRASE}.`]]);
    expect(phrasesIn(file, [PHRASE]), 'the compressed bytes do not show it').toEqual([]);
    expect(tablePayloads(file).some((payload) => phrasesIn(payload, [PHRASE]).length > 0)).toBe(true);
  });

  it('rebuilds keys from their shared prefixes', () => {
    const entries = blockEntries(block([['note: Kestrelwick quay', 'a'], [`note: ${PHRASE}`, 'b']]));
    expect(entries.map((entry) => new TextDecoder().decode(entry.key))).toEqual(['note: Kestrelwick quay', `note: ${PHRASE}`]);
  });

  it('reassembles a log record split across blocks', () => {
    const payload = text(`${'x'.repeat(32 * 1024 - 7 - 8)}${PHRASE} and more`);
    const log = splitLog(payload);
    expect(phrasesIn(log, [PHRASE]), 'the block header splits it in the raw bytes').toEqual([]);
    const records = logRecords(log);
    expect(records).toHaveLength(1);
    expect(phrasesIn(records[0]!, [PHRASE])).toEqual([{ phrase: PHRASE, encoding: 'utf-8' }]);
  });

  it('scans every file of a directory, raw and inside LevelDB files, as UTF-8 and UTF-16LE', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'Default', 'IndexedDB', 'x.leveldb'), { recursive: true });
    writeFileSync(path.join(dir, 'Default', 'IndexedDB', 'x.leveldb', '000005.ldb'), table([['k', `Kestrelwick, then harbour: ${PHRASE}`]]));
    writeFileSync(path.join(dir, 'Default', 'IndexedDB', 'x.leveldb', '000003.log'), splitLog(text(`${'y'.repeat(32 * 1024 - 12)}${PHRASE}`)));
    writeFileSync(path.join(dir, 'Default', 'Current Session'), Buffer.from(`title ${PHRASE}`, 'utf16le'));
    writeFileSync(path.join(dir, 'Local State'), '{"clean": true}');
    const result = scanProfile(dir, [PHRASE, 'never written']);
    expect(result).toMatchObject({ files: 4, tables: 1, logs: 1, unreadable: [] });
    expect(result.hits.map((hit) => `${hit.file} ${hit.where} ${hit.encoding}`).sort()).toEqual([
      'Default/Current Session raw utf-16le',
      'Default/IndexedDB/x.leveldb/000003.log log record utf-8',
      'Default/IndexedDB/x.leveldb/000005.ldb table block utf-8',
    ]);
  });
});
