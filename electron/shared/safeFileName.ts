/**
 * Turns renderer-supplied text into a bare file name for the save dialog. User text
 * must never become a path: folders, `..`, device names and characters that mean
 * something to a file system are removed before the dialog ever sees it.
 */
import type { FileKind } from './ipc-contract';
import { isWindowsReservedName } from './reservedNames';
import { FILE_KINDS } from './fileKinds';

/** The longest stem, in characters (code points), so names stay readable in a dialog. */
export const MAX_FILE_NAME_STEM = 100;
/**
 * The longest whole name in UTF-8 bytes: Linux and macOS allow 255 bytes, so 100 emoji
 * (400 bytes) would fail to save; the margin leaves room for a " (2)" a system adds.
 */
export const MAX_FILE_NAME_BYTES = 240;
export const FALLBACK_FILE_STEM = 'review';
/** Marks a title shortened to fit. */
const SHORTENED = '…';

// Control characters (C0, DEL, C1) and bidirectional overrides, which can make
// "report‮xcod.exe" display as "report.docx". Line breaks and tabs separate words, so
// they become spaces first.
const WORD_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters Windows forbids in names; / and \ are gone already.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
const EDGE_DOTS_AND_SPACES = /^[\s.]+|[\s.]+$/g;
// What a caller put after the title ("report", "(review file)"): kept whole when shortening.
const SUFFIX = /\s(\([^()]*\)|[^\s()]+)$/u;

const bytesOf = (text: string) => new TextEncoder().encode(text).length;
const fits = (stem: string, extension: string) => Array.from(stem).length <= MAX_FILE_NAME_STEM && bytesOf(stem + extension) <= MAX_FILE_NAME_BYTES;

/** The longest start of `text` that fits beside `rest`, cut after a whole word when one ends near the cut. */
function cutToFit(text: string, rest: string, extension: string): string {
  const chars = Array.from(text);
  // Start at the character limit and step back only while the bytes are over: at most ~100 steps.
  let length = Math.max(0, Math.min(chars.length, MAX_FILE_NAME_STEM - Array.from(rest).length));
  while (length > 0 && !fits(chars.slice(0, length).join('') + rest, extension)) length -= 1;
  const head = chars.slice(0, length).join('');
  const lastSpace = head.lastIndexOf(' ');
  // Cut at a space unless that would throw away more than a fifth of what fits.
  const atWord = lastSpace > 0 && chars[length] !== undefined && chars[length] !== ' ' && lastSpace >= head.length * 0.8 ? head.slice(0, lastSpace) : head;
  return atWord.replace(EDGE_DOTS_AND_SPACES, '');
}

/**
 * Shortens `stem` to fit by shortening the title, never what follows it: "<title> report"
 * keeps " report", so the Word, Excel and review files of one long title never share a name.
 */
function shorten(stem: string, extension: string): string {
  if (fits(stem, extension)) return stem;
  const suffix = SUFFIX.exec(stem)?.[0] ?? '';
  const title = stem.slice(0, stem.length - suffix.length);
  // A suffix that is most of the name is just more title: cut the whole.
  if (suffix && Array.from(suffix).length <= MAX_FILE_NAME_STEM / 3) {
    const head = cutToFit(title, SHORTENED + suffix, extension);
    if (head) return `${head}${SHORTENED}${suffix}`;
  }
  return `${cutToFit(stem, SHORTENED, extension)}${SHORTENED}`;
}

/**
 * A safe file name (no folders) for `suggestedName` (usually a title and what the file
 * is, such as "Northgate 2025/26 review report"), ending in the kind's extension. Every
 * word of the title is kept: a slash or backslash becomes a dash ("2025-26"), never a
 * folder; a name too long is shortened in its title, never in what follows the title or
 * in the extension. Applying it to its own result changes nothing.
 */
export function safeFileName(suggestedName: string, kind: FileKind): string {
  const extension = `.${FILE_KINDS[kind].extension}`;
  let stem = suggestedName.normalize('NFC').replace(WORD_BREAKS, ' ').replace(INVISIBLE, '');
  // Path separators join words; segments of dots alone ("..", ".") would only mean a folder.
  stem = stem.split(/[/\\]/).filter((part) => !/^[\s.]*$/.test(part)).map((part) => part.trim()).join('-');
  stem = stem.replace(WINDOWS_FORBIDDEN, '').replace(/\.{2,}/g, '.').replace(/ {2,}/g, ' ');
  if (stem.toLowerCase().endsWith(extension)) stem = stem.slice(0, -extension.length);
  stem = shorten(stem.replace(EDGE_DOTS_AND_SPACES, ''), extension).replace(EDGE_DOTS_AND_SPACES, '');
  if (isWindowsReservedName(stem)) stem = shorten(`${FALLBACK_FILE_STEM}-${stem}`, extension);
  if (stem === '') stem = FALLBACK_FILE_STEM;
  return `${stem}${extension}`;
}
