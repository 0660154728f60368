/**
 * Reviews for framework tests: the Sallowmere sample and generated areas. A generated
 * review always has the same ids, so each area gets its own review id, area and title,
 * and its first themes take the sample's theme names (so some themes are shared across
 * areas and some are not, as with reviews made from different versions of a template).
 */
import sample from '../../templates/samples/sallowmere.review.json' with { type: 'json' };
import { parseReviewFile, type ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generateReview, type GenerateOptions } from '../generate/generateReview.ts';

export function sampleReview(): ReviewFile {
  return parseReviewFile(structuredClone(sample));
}

export function generatedArea(n: number, area: string, options: GenerateOptions = { engagements: 16, wordsPerEngagement: 300, passagesPerEngagement: 3 }): ReviewFile {
  const file = generateReview({ ...options, seed: n });
  const names = sampleReview().themes.filter((t) => t.parentId === undefined).sort((a, b) => a.order - b.order).map((t) => t.name);
  file.themes = file.themes.map((t, i) => (i < names.length - 2 ? { ...t, name: names[i]! } : t));
  file.review = { ...file.review, id: `00000000-0000-4000-9${n.toString(16).padStart(3, '0')}-000000000001`, area, title: `${area} Local Review` };
  return parseReviewFile(file);
}
