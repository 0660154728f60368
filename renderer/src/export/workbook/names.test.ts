import { describe, expect, it } from 'vitest';
import { NAME_REMOVED, nameRedactor } from './names.ts';

describe('nameRedactor', () => {
  const redact = nameRedactor(['Priya  Shah', 'Sam Lee Patel', 'Sam Lee', 'Will']);

  it('replaces full names whatever their case and spacing', () => {
    expect(redact('Chased by priya shah on Monday')).toBe(`Chased by ${NAME_REMOVED} on Monday`);
    expect(redact('Sam Lee Patel and Sam\nLee met')).toBe(`${NAME_REMOVED} and ${NAME_REMOVED} met`);
  });

  it('leaves parts of other words and one-word names alone', () => {
    expect(redact('Priya Shahid will call')).toBe('Priya Shahid will call');
    expect(redact('We will see')).toBe('We will see');
  });

  it('does nothing when no name has two words', () => {
    expect(nameRedactor(['Will', ' '])('Will is here')).toBe('Will is here');
  });

  it('treats characters of regular expressions in names as plain text', () => {
    expect(nameRedactor(['J. (Jo) Bloggs'])('met J. (Jo) Bloggs today')).toBe(`met ${NAME_REMOVED} today`);
  });
});
