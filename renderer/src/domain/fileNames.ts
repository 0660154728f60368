/**
 * Safe names for downloaded files. User text (a review's title) only ever suggests a
 * name: it is stripped of anything that could act as a path or a device name.
 */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name built from user text, always ending in `extension`. */
export function safeDownloadName(suggested: string, extension: string, fallback = 'review'): string {
  const withoutExt = suggested.toLowerCase().endsWith(extension) ? suggested.slice(0, -extension.length) : suggested;
  let stem = withoutExt
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120)
    .trim();
  if (!stem || RESERVED.test(stem)) stem = fallback;
  return `${stem}${extension}`;
}
