/**
 * Detectors of personal data in one piece of text. Each is tuned to miss ordinary review
 * prose: dates alone, years, recommendation and finding numbers, a lone "Mr", agency
 * names. Where a check digit or a fixed shape exists (NHS numbers, National Insurance
 * numbers, postcodes, UK phone numbers) it is used, so a hit is worth a reviewer's look.
 */

export const PERSONAL_DATA_KINDS = [
  'phone', 'email', 'postcode', 'ni-number', 'nhs-number', 'date-of-birth', 'address', 'person-name',
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** One detection in a text: its kind, the words found and where they are. */
export interface TextMatch {
  kind: PersonalDataKind;
  text: string;
  start: number;
  end: number;
}

// A UK number: +44 / 0044 (optionally "(0)") or a leading 0, then digits with spaces,
// hyphens or brackets between them. The digits are checked after matching.
const PHONE = /(?<![\w+])(?:(?:\+|00)44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d(?:[\s-]?\)?[\s-]?\d){8,9}(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Full postcodes only (an outward code such as "SE15" names a district, not a home).
// The inward code's letters never include C, I, K, M, O or V.
const POSTCODE = /(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g;
// Two prefix letters (D, F, I, Q, U, V never; O never second; some pairs never issued),
// six digits, a suffix A–D.
const NI_NUMBER = /(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;
// 3-3-4 digits not starting with 0 (a leading 0 is a phone number); checked by modulus 11.
const NHS_NUMBER = /(?<![\w.,])[1-9]\d{2}[ -]?\d{3}[ -]?\d{4}(?![\w]|[.,]\d)/g;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
// A full date, or a month and year: a year alone is not a date of birth.
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|(?:${ORDINAL}\\s+(?:of\\s+)?)?${MONTH}\\.?(?:\\s+${ORDINAL},?)?\\s+\\d{4})`;
const BIRTH_WORD = '(?:D\\.?O\\.?B\\.?|date\\s+of\\s+birth|born(?:\\s+(?:on|in))?|birthday(?:\\s+(?:is|was))?)';
// "DOB 12/03/2009", "born on 3rd March 2009", or "12/03/2009 (DOB)". A date on its own is not matched.
const DATE_OF_BIRTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${BIRTH_WORD}[\\s:,-]*(?:is\\s+|was\\s+)?${DATE}|${DATE}\\s*\\(\\s*${BIRTH_WORD}\\s*\\))(?![\\p{L}\\p{N}])`, 'giu',
);

const STREET = '(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court|Place|Gardens|Terrace|Grove|Rise|Walk|Square|Mews|Row|Hill|View|Green)';
// A house number and a named street: "14 Acacia Avenue", "3a Mill Lane".
const ADDRESS = new RegExp(`(?<![\\w/.,])\\d{1,4}[a-z]?,?\\s+(?:[A-Z][a-z'’]+\\s+){1,3}${STREET}\\b`, 'g');

const HONORIFIC = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Reverend|Cllr|Councillor|PC|PCSO|DC|DS|DI|DCI|Sgt|Sergeant|Insp|Inspector)';
const SURNAME = "(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
// A title and a capitalised surname, with an initial or first name allowed between.
// Case-sensitive on purpose: "Mr" alone, "dr" in prose and "miss a day" do not match.
const TITLED_NAME = new RegExp(`\\b${HONORIFIC}\\.?\\s+(?:[A-Z]\\.?\\s+|[A-Z][a-z]+\\s+(?=[A-Z]))?${SURNAME}\\b`, 'g');
// A title followed by one of these is an institution's name ("Sir John Cass School"), not a person.
const INSTITUTION = /^\s+(?:School|Academy|College|Hospital|Trust|Centre|Center|Foundation|House|Primary|High|Road|Street|Court|Unit|Ward)\b/;

/** True when a 10-digit NHS number passes its modulus 11 check. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** True when the digits (with any +44 already turned into 0) make a UK number. */
function isUkPhone(raw: string): boolean {
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0044')) digits = digits.slice(4);
  else if (digits.startsWith('44') && raw.trimStart().startsWith('+')) digits = digits.slice(2);
  if (!digits.startsWith('0')) digits = `0${digits}`;
  if (digits.startsWith('00')) digits = digits.slice(1); // "+44 (0)20…" keeps one 0
  if (!/^0[1235789]/.test(digits)) return false;
  if (digits.startsWith('07')) return digits.length === 11;
  return digits.length === 10 || digits.length === 11;
}

function matchesOf(kind: PersonalDataKind, pattern: RegExp, text: string, keep: (found: string, at: number) => boolean = () => true): TextMatch[] {
  const out: TextMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    if (keep(m[0], m.index)) out.push({ kind, text: m[0].trim(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for a register of names: each name as entered, and each of its words of two
 * or more letters (a first name or surname is often written alone). Longest first, so a
 * full name wins over its parts. Null when the register is empty.
 */
export function namePattern(names: readonly string[]): RegExp | null {
  const alternatives = new Set<string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name) continue;
    alternatives.add(name);
    for (const part of name.split(' ')) if ([...part.replace(/['’-]/g, '')].length >= 2) alternatives.add(part);
  }
  if (alternatives.size === 0) return null;
  const sources = [...alternatives]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/ /g, '\\s+').replace(/['’]/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sources.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

/**
 * Every piece of personal data in `text`, in order. A match inside a longer one (a
 * surname inside "Mr Smith", a first name inside a full name) is dropped.
 * Register names match whatever their case, as long as the text writes them with a
 * capital letter, as names are written: "Grace" finds Grace but not "by the grace of".
 */
export function detectPersonalData(text: string, names: RegExp | null = null): TextMatch[] {
  if (!text) return [];
  // Every detector but names needs a digit or an @: most prose is skipped cheaply.
  const hasDigit = /\d/.test(text);
  const found = [
    ...(text.includes('@') ? matchesOf('email', EMAIL, text) : []),
    ...(hasDigit ? [
      ...matchesOf('phone', PHONE, text, isUkPhone),
      ...matchesOf('postcode', POSTCODE, text),
      ...matchesOf('ni-number', NI_NUMBER, text),
      ...matchesOf('nhs-number', NHS_NUMBER, text, (m) => isNhsNumber(m.replace(/\D/g, ''))),
      ...matchesOf('date-of-birth', DATE_OF_BIRTH, text),
      ...matchesOf('address', ADDRESS, text),
    ] : []),
    ...matchesOf('person-name', TITLED_NAME, text, (m, at) => !INSTITUTION.test(text.slice(at + m.length))),
    ...(names ? matchesOf('person-name', names, text, (m) => /^\p{Lu}/u.test(m)) : []),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}
