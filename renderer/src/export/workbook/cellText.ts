/**
 * What a reviewer typed must reach a spreadsheet as text and stay text. A cell value that
 * starts with `=`, `+`, `-` or `@` (or a tab or carriage return, which some programs skip
 * before reading a formula) becomes a live formula when the cell is edited, when the sheet
 * is saved as CSV and opened again, or in programs that guess types. So such text is
 * prefixed with an apostrophe, the mark spreadsheet users already read as "this is text".
 * Numbers and dates are never passed through here: they stay real numbers and dates.
 */

/** Characters that can start a formula (full-width forms too: some input methods type them). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Excel refuses a cell longer than this many characters and "repairs" the file. */
export const MAX_CELL_LENGTH = 32_767;

const SHORTENED = ' … [shortened: a spreadsheet cell holds at most 32,767 characters]';

/** True when a spreadsheet could read `text` as the start of a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * User text made safe for a cell: an apostrophe before anything that could start a
 * formula, and text longer than a cell can hold cut with a plain note saying so.
 */
export function cellText(text: string): string {
  const safe = looksLikeFormula(text) ? `'${text}` : text;
  if (safe.length <= MAX_CELL_LENGTH) return safe;
  let cut = MAX_CELL_LENGTH - SHORTENED.length;
  // Never split a surrogate pair, which would leave half a character behind.
  const code = safe.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${safe.slice(0, cut)}${SHORTENED}`;
}

/** A value for a cell: text is made safe, numbers and dates are left as they are. */
export type CellValue = string | number | Date | null;

/** Applies cellText to text and passes every other value through untouched. */
export function safeCell(value: CellValue): CellValue {
  return typeof value === 'string' ? cellText(value) : value;
}
