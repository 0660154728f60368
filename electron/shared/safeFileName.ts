/**
 * Turns renderer-supplied text into a bare file name for the save dialog. User text
 * must never become a path: folders, `..`, device names and characters that mean
 * something to a file system are removed before the dialog ever sees it.
 */
import type { FileKind } from './ipc-contract';
import { isWindowsReservedName } from './reservedNames';
import { FILE_KINDS } from './fileKinds';

export const MAX_FILE_NAME_STEM = 100;
export const FALLBACK_FILE_STEM = 'review';

// Control characters (C0, DEL, C1) and bidirectional overrides, which can make
// "report‮xcod.exe" display as "report.docx".
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters Windows forbids in names; / and \ are gone already.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
const EDGE_DOTS_AND_SPACES = /^[\s.]+|[\s.]+$/g;

/** A safe file name (no folders) for `suggestedName`, ending in the kind's extension. */
export function safeFileName(suggestedName: string, kind: FileKind): string {
  const extension = `.${FILE_KINDS[kind].extension}`;
  // Only the last path component survives, whichever separator was used.
  let stem = suggestedName.normalize('NFC').split(/[/\\]/).at(-1) ?? '';
  stem = stem.replace(INVISIBLE, '').replace(WINDOWS_FORBIDDEN, '').replace(/\.{2,}/g, '.');
  if (stem.toLowerCase().endsWith(extension)) stem = stem.slice(0, -extension.length);
  stem = stem.replace(EDGE_DOTS_AND_SPACES, '');
  // Cap by code points so a surrogate pair is never split.
  stem = Array.from(stem).slice(0, MAX_FILE_NAME_STEM).join('').replace(EDGE_DOTS_AND_SPACES, '');
  if (isWindowsReservedName(stem)) stem = `${FALLBACK_FILE_STEM}-${stem}`;
  if (stem === '') stem = FALLBACK_FILE_STEM;
  return `${stem}${extension}`;
}
