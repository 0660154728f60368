/**
 * The visible form of a reviewer's short text (a title, a name): characters that would
 * steer the display rather than be read — bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) and C0/C1 control characters — are shown as a
 * marker such as ⟨U+202E⟩, never obeyed, so what is on screen is what is stored. Only the
 * screen uses this: exports keep the text exactly as stored.
 */

// C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F), the bidi embeddings and overrides, the bidi isolates.
// Matching control characters is this pattern's whole purpose.
// eslint-disable-next-line no-control-regex
const STEERING = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** The marker shown in place of one steering character, e.g. ⟨U+202E⟩. */
export function characterMarker(character: string): string {
  return `⟨U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** `text` with every steering character shown as its marker; the same string when there is none. */
export function visibleText(text: string): string {
  return text.replace(STEERING, characterMarker);
}

/** Whether `text` holds a character visibleText would mark. */
export function hasSteeringCharacters(text: string): boolean {
  STEERING.lastIndex = 0;
  const found = STEERING.test(text);
  STEERING.lastIndex = 0;
  return found;
}
