/** Errors for review-file validation, worded for a reviewer and naming the bad field's path. */
import type { z } from 'zod';

/**
 * Why a file could not be read: `invalid` is a bad field (the message starts with its
 * path); the others are whole-file problems with a sentence of their own.
 */
export type FileProblem = 'invalid' | 'damaged' | 'not-a-review-file' | 'newer-version' | 'not-encrypted' | 'wrong-password' | 'iterations';

/** Thrown when a review file (plain, encrypted or a backup) is rejected. */
export class ReviewFileError extends Error {
  override readonly name = 'ReviewFileError';
  constructor(message: string, readonly problem: FileProblem = 'invalid', options?: ErrorOptions) {
    super(message, options);
  }
}

/** The sentences a reviewer sees for whole-file problems, in one place. */
export const FILE_MESSAGES = {
  wrongPassword: 'The password is wrong, or the file was changed after it was saved.',
  damaged: 'This file is damaged or incomplete: it may have been cut short or changed in copying. Ask for the file again.',
  newerVersion: 'This file was made by a newer version of Local Review. Update Local Review on this computer to open it.',
  notReviewFile: 'This is not a review file. Local Review opens the review files and encrypted files it saves.',
  notEncrypted: 'This review file is not encrypted, so it needs no password.',
} as const;

/**
 * Reads bytes or text as JSON. Text that is not JSON is either ours cut short (it starts
 * like a JSON object) or not a file of ours at all; neither message quotes the parser.
 */
export function readJsonFile(textOrBytes: string | Uint8Array): unknown {
  let text: string;
  try {
    text = typeof textOrBytes === 'string' ? textOrBytes : new TextDecoder('utf-8', { fatal: true }).decode(textOrBytes);
  } catch (error) {
    throw new ReviewFileError(FILE_MESSAGES.notReviewFile, 'not-a-review-file', { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const isOurs = text.trimStart().startsWith('{');
    throw new ReviewFileError(isOurs ? FILE_MESSAGES.damaged : FILE_MESSAGES.notReviewFile, isOurs ? 'damaged' : 'not-a-review-file', { cause: error });
  }
}

/** The value of `key` when `value` is a plain object, else undefined. */
export function fieldOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Refuses JSON that is not a `format` file of version `version` or below, before any
 * field is checked, so a stranger's file or a newer file gets a sentence, not a path.
 */
export function assertFormat(json: unknown, format: string, version: number): void {
  if (fieldOf(json, 'format') !== format) throw new ReviewFileError(FILE_MESSAGES.notReviewFile, 'not-a-review-file');
  const claimed = fieldOf(json, 'version');
  if (typeof claimed === 'number' && claimed > version) throw new ReviewFileError(FILE_MESSAGES.newerVersion, 'newer-version');
}

/** Formats a path like `engagements[3].agencyIds[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

// Issues carry `input` only when parsing with `reportInput: true`.
const isMissing = (issue: z.core.$ZodIssue) => 'input' in issue && issue.input === undefined && issue.path.length > 0;

/** Turns the first zod issue into `path: message` in plain words. */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue) ? `${path}: is required` : `${path}: expected ${issue.expected}`;
    case 'invalid_value':
      return isMissing(issue) ? `${path}: is required` : `${path}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `${formatPath([...issue.path, issue.keys[0] ?? ''])}: is not a field of a version 1 review file`;
    default:
      return `${path}: ${issue.message}`;
  }
}

const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How deep and how big parsed JSON may be before any field is looked at. A review file is
 * 5 levels deep and a backup 7, so 32 leaves room for optional fields and still stops a
 * hostile file long before anything recursive could run out of stack. The XL review
 * (3,000 engagements) holds about 1.2 million values; 20 million is far beyond any real
 * laptop's reviews and still validates in seconds, not minutes.
 */
export const MAX_JSON_DEPTH = 32;
export const MAX_JSON_VALUES = 20_000_000;

/** One object or array waiting to be looked at; the parent chain rebuilds its path only when something is wrong. */
interface Pending {
  value: object;
  key: PropertyKey;
  parent: Pending | undefined;
  depth: number;
}

function pathOf(at: Pending | undefined, prefix: readonly PropertyKey[], ...tail: PropertyKey[]): string {
  const parts: PropertyKey[] = [];
  for (let node = at; node?.parent !== undefined; node = node.parent) parts.push(node.key);
  return formatPath([...prefix, ...parts.reverse(), ...tail]);
}

/**
 * Checks parsed JSON before any schema sees it, in one pass with an explicit stack (never
 * recursion, so no depth of nesting can exhaust the call stack), in time linear in its
 * size: no key that could pollute prototypes if the data were ever merged into other
 * objects (JSON.parse creates `__proto__` as an own key, so it must be looked for), no
 * nesting deeper than MAX_JSON_DEPTH and no more than MAX_JSON_VALUES values. Throws a
 * ReviewFileError whose message starts with the path of the first offending value.
 */
export function assertNoPollutingKeys(value: unknown, path: readonly PropertyKey[] = []): void {
  if (value === null || typeof value !== 'object') return;
  const stack: Pending[] = [{ value, key: '', parent: undefined, depth: 0 }];
  let values = 1;
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at.depth > MAX_JSON_DEPTH) throw new ReviewFileError(`${pathOf(at, path)}: is nested too deeply (more than ${MAX_JSON_DEPTH} levels)`);
    const isArray = Array.isArray(at.value);
    const keys = isArray ? undefined : Object.keys(at.value);
    const count = isArray ? (at.value as unknown[]).length : keys!.length;
    values += count;
    if (values > MAX_JSON_VALUES) throw new ReviewFileError(`${pathOf(at, path)}: the file holds more than ${MAX_JSON_VALUES.toLocaleString('en-GB')} values, more than any review`);
    const forbidden = keys?.find((key) => POLLUTING_KEYS.has(key));
    if (forbidden !== undefined) throw new ReviewFileError(`${pathOf(at, path, forbidden)}: forbidden key`);
    // Pushed last to first, so children are looked at in file order.
    for (let i = count - 1; i >= 0; i -= 1) {
      const key = isArray ? i : keys![i]!;
      const child = (at.value as Record<PropertyKey, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, key, parent: at, depth: at.depth + 1 });
    }
  }
}
