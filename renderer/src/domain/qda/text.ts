/**
 * Text as REFI-QDA counts it. Other QDA tools count positions in characters (Unicode code
 * points) of the text with line endings normalised to LF; this app stores UTF-16 offsets
 * into the notes as typed. These helpers convert between the two, in linear time.
 */

/** The text with CRLF and lone CR read as LF, as REFI-QDA sources are counted. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * For each UTF-16 offset 0..notes.length into the original notes, the code-point offset
 * into the normalised text (a CR before LF, and a low surrogate, add nothing).
 */
export function codePointOffsets(notes: string): Int32Array {
  const at = new Int32Array(notes.length + 1);
  let cp = 0;
  for (let i = 0; i < notes.length; i += 1) {
    at[i] = cp;
    const c = notes.charCodeAt(i);
    const isCrBeforeLf = c === 13 && notes.charCodeAt(i + 1) === 10;
    const isLowHalf = c >= 0xdc00 && c <= 0xdfff && i > 0 && notes.charCodeAt(i - 1) >= 0xd800 && notes.charCodeAt(i - 1) <= 0xdbff;
    if (!isCrBeforeLf && !isLowHalf) cp += 1;
  }
  at[notes.length] = cp;
  return at;
}

/** For each code-point offset 0..n into `text`, its UTF-16 offset. */
export function utf16Offsets(text: string): number[] {
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    at.push(i);
    i += ch.length;
  }
  at.push(i);
  return at;
}

// XML 1.0 allows tab, LF, CR and U+0020 upwards, except lone surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML 1.0 forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe inside an XML element or attribute: markup characters escaped, characters
 * XML cannot hold replaced by U+FFFD (one code point for one, so positions still hold),
 * and CR written as a reference so no parser folds it away.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\r\n\t]/g, (c) => XML_ESCAPES[c]!);
}
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };
