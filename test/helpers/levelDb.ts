/**
 * Just enough of LevelDB's file formats to read what a Chromium profile keeps in its
 * IndexedDB and Web Storage: table files (.ldb/.sst) store records in blocks that are
 * usually Snappy-compressed, and log files (.log) split records across 32 KiB blocks. A
 * scan of raw bytes misses text in either; these return the payloads to scan instead.
 * Format: https://github.com/google/leveldb/blob/main/doc/table_format.md and log_format.md.
 */
import { uncompress } from 'snappyjs';

const TABLE_MAGIC = [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]; // 0xdb4775248b80fb57, little-endian
const FOOTER_BYTES = 48;
const BLOCK_TRAILER_BYTES = 5;
const LOG_BLOCK_BYTES = 32 * 1024;
const LOG_HEADER_BYTES = 7;

interface BlockHandle {
  offset: number;
  size: number;
}

/** Reads a varint (up to 64 bits, kept as a JS number) at `at`; returns it and the next offset. */
function varint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let shift = 0, i = at; i < bytes.length && shift < 64; i += 1, shift += 7) {
    value += (bytes[i]! & 0x7f) * 2 ** shift;
    if ((bytes[i]! & 0x80) === 0) return [value, i + 1];
  }
  throw new Error(`bad varint at ${at}`);
}

function blockHandle(bytes: Uint8Array, at: number): [BlockHandle, number] {
  const [offset, next] = varint(bytes, at);
  const [size, end] = varint(bytes, next);
  return [{ offset, size }, end];
}

/** A block's contents: decompressed when its trailer says Snappy (type 1). */
function readBlock(file: Uint8Array, handle: BlockHandle): Uint8Array {
  const raw = file.subarray(handle.offset, handle.offset + handle.size);
  const type = file[handle.offset + handle.size];
  return type === 1 ? uncompress(raw) : raw;
}

/** The key/value entries of a block, keys rebuilt from their shared prefixes. */
export function blockEntries(block: Uint8Array): Array<{ key: Uint8Array; value: Uint8Array }> {
  if (block.length < 4) return [];
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const restarts = view.getUint32(block.length - 4, true);
  const end = block.length - 4 - 4 * restarts;
  const entries: Array<{ key: Uint8Array; value: Uint8Array }> = [];
  let key = new Uint8Array(0);
  for (let at = 0; at < end;) {
    const [shared, a] = varint(block, at);
    const [unshared, b] = varint(block, a);
    const [valueLength, c] = varint(block, b);
    const next = new Uint8Array(shared + unshared);
    next.set(key.subarray(0, shared));
    next.set(block.subarray(c, c + unshared), shared);
    key = next;
    entries.push({ key, value: block.subarray(c + unshared, c + unshared + valueLength) });
    at = c + unshared + valueLength;
  }
  return entries;
}

/** True if `file` ends with a LevelDB table footer. */
export function isLevelDbTable(file: Uint8Array): boolean {
  if (file.length < FOOTER_BYTES) return false;
  return TABLE_MAGIC.every((byte, i) => file[file.length - 8 + i] === byte);
}

/**
 * Every block of a table file, decompressed (index, meta-index and data blocks), and each
 * data entry as key followed by value, so text split by prefix compression is whole again.
 */
export function tablePayloads(file: Uint8Array): Uint8Array[] {
  if (!isLevelDbTable(file)) throw new Error('not a LevelDB table (no footer magic)');
  const footer = file.length - FOOTER_BYTES;
  const [metaIndex, next] = blockHandle(file, footer);
  const [index] = blockHandle(file, next);
  const payloads: Uint8Array[] = [readBlock(file, metaIndex)];
  const indexBlock = readBlock(file, index);
  payloads.push(indexBlock);
  for (const { value } of blockEntries(indexBlock)) {
    const [handle] = blockHandle(value, 0);
    if (handle.offset + handle.size + BLOCK_TRAILER_BYTES > file.length) throw new Error('block handle past the end of the table');
    const data = readBlock(file, handle);
    payloads.push(data);
    for (const entry of blockEntries(data)) payloads.push(concat([entry.key, entry.value]));
  }
  return payloads;
}

/** The records of a log file, each reassembled from its fragments (FULL, or FIRST…MIDDLE…LAST). */
export function logRecords(file: Uint8Array): Uint8Array[] {
  const records: Uint8Array[] = [];
  let fragments: Uint8Array[] = [];
  for (let block = 0; block < file.length; block += LOG_BLOCK_BYTES) {
    const blockEnd = Math.min(block + LOG_BLOCK_BYTES, file.length);
    for (let at = block; at + LOG_HEADER_BYTES <= blockEnd;) {
      const length = file[at + 4]! | (file[at + 5]! << 8);
      const type = file[at + 6]!;
      const data = file.subarray(at + LOG_HEADER_BYTES, Math.min(at + LOG_HEADER_BYTES + length, blockEnd));
      at += LOG_HEADER_BYTES + length;
      if (type === 0) break; // zero padding: the rest of the block is empty
      if (type === 1) records.push(data);
      else if (type === 2) fragments = [data];
      else if (type === 3) fragments.push(data);
      else if (type === 4) {
        fragments.push(data);
        records.push(concat(fragments));
        fragments = [];
      }
    }
  }
  if (fragments.length > 0) records.push(concat(fragments)); // a record cut off by a crash
  return records;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
