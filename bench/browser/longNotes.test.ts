import { describe, expect, it } from 'vitest';
import { parseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generateReview, SCALES } from '../../test/generate/generateReview.ts';
import { countWords, withLongNotes } from './longNotes.ts';

describe('withLongNotes', () => {
  it('grows the first engagement’s notes to the words asked for, keeping its passages and the file valid', () => {
    const original = generateReview(SCALES.S);
    const { file, engagementId } = withLongNotes(original, 20_000);
    const notes = file.engagements[0]!.notes;
    expect(engagementId).toBe(original.engagements[0]!.id);
    expect(countWords(notes)).toBeGreaterThanOrEqual(20_000);
    expect(countWords(notes)).toBeLessThan(20_100);
    expect(notes.startsWith(original.engagements[0]!.notes)).toBe(true);
    for (const passage of file.excerpts.filter((e) => e.engagementId === engagementId)) {
      expect(notes.slice(passage.start, passage.end)).toBe(passage.text);
    }
    expect(file.engagements.slice(1)).toEqual(original.engagements.slice(1));
    expect(() => parseReviewFile(file)).not.toThrow();
  });
});
