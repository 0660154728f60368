/** Words for recommendations and findings in sentences and lists of this stage. */
import type { Finding, Recommendation } from '../../domain/reviewFile.ts';

/** A finding's title; an untitled one is named by that. */
export function findingTitle(finding: Pick<Finding, 'title'>): string {
  return finding.title.trim() || 'Untitled finding';
}

/** The words for a recommendation in a sentence, e.g. "recommendation 3 (“Train staff”)". */
export function describeRecommendation(recommendation: Pick<Recommendation, 'number' | 'title'>): string {
  const title = recommendation.title.trim();
  return title ? `recommendation ${recommendation.number} (“${title}”)` : `recommendation ${recommendation.number}`;
}

/** "1 action", "3 actions". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
