/** Every gap and barrier a review finds should be answered by a recommendation, so this lists those still unanswered. */
import type { Finding, ReviewFile } from './reviewFile.ts';
import { themeTree } from './themeOrder.ts';

/** The finding kinds a review is expected to answer with a recommendation. */
export const KINDS_NEEDING_AN_ANSWER: ReadonlySet<Finding['kind']> = new Set(['gap', 'barrier']);

/**
 * Gap and barrier findings that no recommendation cites in its findingIds, in theme-tree
 * order, then by the finding's own order within its theme (ties keep file order).
 */
export function unansweredFindings(file: ReviewFile): Finding[] {
  const answered = new Set(file.recommendations.flatMap((r) => r.findingIds));
  const position = new Map(themeTree(file.themes).map(({ theme }, i) => [theme.id, i]));
  const rank = (f: Finding) => position.get(f.themeId) ?? Number.MAX_SAFE_INTEGER;
  return file.findings
    .filter((f) => KINDS_NEEDING_AN_ANSWER.has(f.kind) && !answered.has(f.id))
    .sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}
