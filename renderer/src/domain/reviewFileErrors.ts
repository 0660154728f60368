/** Errors for review-file validation, worded for a reviewer and naming the bad field's path. */
import type { z } from 'zod';

/** Thrown when a review file is rejected; the message starts with the bad field's path. */
export class ReviewFileError extends Error {
  override readonly name = 'ReviewFileError';
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
 * Rejects keys that could pollute prototypes if the data were ever merged into other
 * objects. JSON.parse creates `__proto__` as an own key, so it must be looked for.
 */
export function assertNoPollutingKeys(value: unknown, path: PropertyKey[] = []): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertNoPollutingKeys(item, [...path, index]));
    return;
  }
  for (const key of Object.keys(value)) {
    if (POLLUTING_KEYS.has(key)) throw new ReviewFileError(`${formatPath([...path, key])}: forbidden key`);
    assertNoPollutingKeys((value as Record<string, unknown>)[key], [...path, key]);
  }
}
