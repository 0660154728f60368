/**
 * The fuzz properties over every file format the app reads, shared by the quick run in
 * `npm test` (test/fuzz/*.fuzz.test.ts) and the long run in `npm run bench`
 * (bench/fuzz.ts; FUZZ_RUNS sets the count). Each mutated file must be accepted or
 * refused with the format's own error, within a second; a refusal of a bad field names
 * its path; an accepted file must satisfy the rules in test/fuzz/invariants.ts. A failing
 * input is written to test/fixtures/bad-files/ for test/fuzz/corpus.test.ts to replay.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseEnvelope, type Envelope } from '../../renderer/src/crypto/envelope.ts';
import { parseBackupText } from '../../renderer/src/domain/backupFile.ts';
import { withFreshIds } from '../../renderer/src/domain/reviewCopy.ts';
import { parseReviewFileText } from '../../renderer/src/domain/reviewFile.ts';
import { readJsonFile, ReviewFileError } from '../../renderer/src/domain/reviewFileErrors.ts';
import { reviewFileArbitrary } from '../helpers/reviewFileArbitrary.ts';
import { backupBroken, reviewFileBroken } from './invariants.ts';
import { mutate, mutationArbitrary } from './mutate.ts';

export const FORMATS = ['review-file', 'backup', 'envelope'] as const;
export type Format = (typeof FORMATS)[number];

/** Where bad files found by the fuzzer are kept; the prefix of a name is its format. */
export const CORPUS = new URL('../fixtures/bad-files/', import.meta.url);
export const MAX_CALL_MS = 1000;

export interface FuzzCounts {
  format: Format;
  runs: number;
  accepted: number;
  refused: number;
  slowestMs: number;
}

/** Reads bytes as the app would for `format`, throwing its plain error. */
export function readAs(format: Format, bytes: Uint8Array): unknown {
  switch (format) {
    case 'review-file': return parseReviewFileText(bytes);
    case 'backup': return parseBackupText(bytes);
    case 'envelope': return parseEnvelope(readJsonFile(bytes));
  }
}

const PATH_MESSAGE: Record<Format, RegExp | undefined> = {
  'review-file': /^This review file has a problem at .+?: .+\.$/s,
  backup: /^This backup has a problem at .+?: .+\.$/s,
  // The envelope names no field to a reviewer: every fault is "damaged" or its own sentence.
  envelope: undefined,
};

/**
 * Reads `bytes` as `format` and returns what went wrong, or undefined when the outcome is
 * sound: refused with the format's error (a bad field named by its path), or accepted
 * and satisfying every invariant; either within MAX_CALL_MS.
 */
export function judge(format: Format, bytes: Uint8Array): { problem?: string; accepted: boolean; ms: number } {
  const started = performance.now();
  let result: unknown;
  let error: unknown;
  try {
    result = readAs(format, bytes);
  } catch (caught) {
    error = caught;
  }
  const ms = performance.now() - started;
  const slow = ms > MAX_CALL_MS ? `took ${ms.toFixed(0)} ms` : undefined;
  if (error !== undefined) {
    if (!(error instanceof ReviewFileError)) return { problem: `crashed: ${String(error)}`, accepted: false, ms };
    const pattern = PATH_MESSAGE[format];
    if (error.problem === 'invalid' && pattern && !pattern.test(error.message)) return { problem: `no path in "${error.message}"`, accepted: false, ms };
    return { problem: slow, accepted: false, ms };
  }
  const broken = format === 'review-file' ? reviewFileBroken(result as never) : format === 'backup' ? backupBroken(result as never) : envelopeBroken(result as Envelope);
  return { problem: broken ? `accepted a file with ${broken}` : slow, accepted: true, ms };
}

function envelopeBroken(envelope: Envelope): string | undefined {
  const { kdf, cipher } = envelope;
  if (!Number.isInteger(kdf.iterations) || kdf.iterations < 600_000 || kdf.iterations > 10_000_000) return 'iterations out of range';
  if (atob(kdf.salt).length !== 16 || atob(cipher.iv).length !== 12 || atob(envelope.ciphertext).length < 16) return 'wrong lengths';
  return undefined;
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const base64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));

/** Valid files of each format, before mutation. */
const seeds: Record<Format, fc.Arbitrary<unknown>> = {
  'review-file': reviewFileArbitrary,
  backup: fc.tuple(reviewFileArbitrary, reviewFileArbitrary, fc.boolean()).map(([a, b, withNames]) => ({
    format: 'local-review-backup', version: 1, exportedAt: '2026-06-01T09:00:00.000Z',
    reviews: [a, withFreshIds(b)], ...(withNames && { nameRegisters: [{ reviewId: a.review.id, names: ['A Name'] }] }),
  })),
  envelope: fc.record({
    salt: fc.array(fc.nat(255), { minLength: 16, maxLength: 16 }),
    iv: fc.array(fc.nat(255), { minLength: 12, maxLength: 12 }),
    ciphertext: fc.array(fc.nat(255), { minLength: 16, maxLength: 64 }),
    contents: fc.constantFrom('review-file', 'backup'),
  }).map(({ salt, iv, ciphertext, contents }) => ({
    format: 'local-review-encrypted', version: 1, contents,
    kdf: { name: 'PBKDF2-SHA256', iterations: 600_000, salt: base64(salt) },
    cipher: { name: 'AES-256-GCM', iv: base64(iv) },
    ciphertext: base64(ciphertext),
  })),
};

/** Keeps a failing input as a regression fixture, named by its format and content. */
export function keepBadFile(format: Format, bytes: Uint8Array): string {
  mkdirSync(CORPUS, { recursive: true });
  const name = `${format}.found-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.json`;
  writeFileSync(new URL(name, CORPUS), bytes);
  return name;
}

/**
 * Runs `runs` mutated files of `format` through judge(). Throws fast-check's report (seed,
 * shrunk counterexample) on the first unsound outcome, after keeping that input.
 */
export function fuzz(format: Format, runs: number, seed?: number): FuzzCounts {
  const counts: FuzzCounts = { format, runs, accepted: 0, refused: 0, slowestMs: 0 };
  let kept: string | undefined;
  fc.assert(
    fc.property(seeds[format], fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (file, mutations) => {
      const bytes = encode(mutate(file, mutations));
      const outcome = judge(format, bytes);
      counts.slowestMs = Math.max(counts.slowestMs, outcome.ms);
      if (outcome.accepted) counts.accepted += 1;
      else counts.refused += 1;
      if (outcome.problem) {
        kept = keepBadFile(format, bytes);
        throw new Error(`${outcome.problem} (kept as test/fixtures/bad-files/${kept})`);
      }
    }),
    { numRuns: runs, ...(seed !== undefined && { seed }), endOnFailure: true },
  );
  return counts;
}

/** The run count: FUZZ_RUNS when set (the long run), else `quick`. */
export function fuzzRuns(quick: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : quick;
}
