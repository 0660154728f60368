/**
 * Windows treats some names as devices in every folder (writing "CON.docx" opens the
 * console, not a file), so both the file-name cleaner and the app:// resolver refuse them.
 */

const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** True when Windows would read `name` (with or without an extension) as a device. */
export function isWindowsReservedName(name: string): boolean {
  const stem = name.split('.')[0] ?? '';
  return RESERVED.test(stem.replace(/[ .]+$/, ''));
}
