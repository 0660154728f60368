/**
 * The L review with one engagement's notes grown to a long workshop's worth (~20,000
 * words), for timing typing into a very long note. More generated sentences are appended
 * after the existing notes, so the engagement's coded passages keep their offsets and the
 * file stays valid.
 */
import type { ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generateReview } from '../../test/generate/generateReview.ts';

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function withLongNotes(file: ReviewFile, words: number): { file: ReviewFile; engagementId: string } {
  const [first, ...rest] = file.engagements;
  if (!first) throw new Error('the review has no engagement to write notes in');
  const missing = words - countWords(first.notes);
  const more = missing > 0 ? generateReview({ engagements: 1, wordsPerEngagement: missing, passagesPerEngagement: 1, seed: 20_000 }).engagements[0]!.notes : '';
  const notes = more ? `${first.notes}\n\n${more}` : first.notes;
  return { file: { ...file, engagements: [{ ...first, notes }, ...rest] }, engagementId: first.id };
}
