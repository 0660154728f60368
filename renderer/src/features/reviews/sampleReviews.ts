/** The fictional sample reviews shipped in templates/samples/, for looking around the app. */
import { parseReviewFileText, type ReviewFile } from '../../domain/reviewFile.ts';

const sources = import.meta.glob<string>('../../../../templates/samples/*.review.json', { query: '?raw', import: 'default', eager: true });

/** Parsed sample files; a broken sample is skipped (its test fails in CI long before). */
export function sampleReviews(): ReviewFile[] {
  return Object.values(sources).flatMap((text) => {
    try {
      return [parseReviewFileText(text)];
    } catch {
      return [];
    }
  });
}
