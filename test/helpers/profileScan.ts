/**
 * Looks for phrases in every file under a browser profile: the raw bytes, and the
 * payloads inside LevelDB tables (Snappy blocks decompressed) and logs (records
 * reassembled), each as UTF-8 and as UTF-16LE (how Chromium stores some strings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isLevelDbTable, logRecords, tablePayloads } from './levelDb.ts';

export interface PhraseHit {
  file: string;
  phrase: string;
  where: 'raw' | 'table block' | 'log record';
  encoding: 'utf-8' | 'utf-16le';
}

export interface ScanResult {
  hits: PhraseHit[];
  files: number;
  bytes: number;
  tables: number;
  logs: number;
  /** Files that looked like LevelDB but could not be parsed (their raw bytes were still scanned). */
  unreadable: string[];
}

/** The encodings a phrase is looked for in. */
function needles(phrase: string): Array<{ encoding: PhraseHit['encoding']; bytes: Buffer }> {
  return [
    { encoding: 'utf-8', bytes: Buffer.from(phrase, 'utf8') },
    { encoding: 'utf-16le', bytes: Buffer.from(phrase, 'utf16le') },
  ];
}

/** Which phrases occur in `bytes`, and in which encoding. */
export function phrasesIn(bytes: Uint8Array, phrases: readonly string[]): Array<{ phrase: string; encoding: PhraseHit['encoding'] }> {
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return phrases.flatMap((phrase) => needles(phrase)
    .filter((needle) => haystack.includes(needle.bytes))
    .map((needle) => ({ phrase, encoding: needle.encoding })));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.isFile() ? [full] : [];
  });
}

/** Scans every file under `dir` for `phrases`. */
export function scanProfile(dir: string, phrases: readonly string[]): ScanResult {
  const result: ScanResult = { hits: [], files: 0, bytes: 0, tables: 0, logs: 0, unreadable: [] };
  for (const file of filesUnder(dir)) {
    const bytes = new Uint8Array(readFileSync(file));
    const name = path.relative(dir, file);
    result.files += 1;
    result.bytes += bytes.length;
    const seen = new Set<string>();
    const record = (where: PhraseHit['where'], payload: Uint8Array) => {
      for (const hit of phrasesIn(payload, phrases)) {
        const key = `${where} ${hit.encoding} ${hit.phrase}`;
        if (!seen.has(key)) result.hits.push({ file: name, where, ...hit });
        seen.add(key);
      }
    };
    record('raw', bytes);
    try {
      if (/\.(ldb|sst)$/.test(file) && isLevelDbTable(bytes)) {
        result.tables += 1;
        for (const payload of tablePayloads(bytes)) record('table block', payload);
      } else if (/\.log$/.test(file)) {
        result.logs += 1;
        for (const payload of logRecords(bytes)) record('log record', payload);
      }
    } catch {
      result.unreadable.push(name);
    }
  }
  return result;
}
