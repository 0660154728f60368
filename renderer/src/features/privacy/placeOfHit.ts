/**
 * Where a personal-data hit lives, in words and as a route, so the reviewer can go
 * straight to it: a finding opens on the Findings view, a passage in its notes, a notes
 * match with the words selected, an action on Follow up; the review's own fields, agencies
 * and themes open the Scope stage.
 */
import type { WorkspaceRoute } from '../../app/router.ts';
import { engagementTitle } from '../../domain/engagementLabels.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';

export interface HitPlace {
  /** E.g. "Finding “Exclusions rise”: detail". */
  label: string;
  route: WorkspaceRoute;
}

const REVIEW_FIELDS: Record<string, string> = {
  title: 'Review title', area: 'Area', commissioner: 'Commissioned by', termsOfReference: 'Terms of reference',
  localDefinition: 'Local definition of serious violence', summary: 'Executive summary', localContext: 'Local context',
};

const FIELD_WORDS: Record<string, string> = {
  title: 'title', detail: 'detail', successMeasure: 'success measure', description: 'description', name: 'name', notes: 'notes', roles: 'job role', text: 'passage',
};

const quoted = (text: string, fallback: string) => (text.trim() ? `“${text.trim()}”` : fallback);

/** The place of a hit's `path` (as findPersonalData gives it); `text` selects a notes match. */
export function placeOfHit(file: ReviewFile, path: string, text: string): HitPlace {
  const route = (rest: Omit<WorkspaceRoute, 'page' | 'reviewId'>): WorkspaceRoute => ({ page: 'workspace', reviewId: file.review.id, ...rest });
  const scope = route({ stage: 'scope' });
  const [, collection = '', indexText, field = ''] = /^(\w+)(?:\[(\d+)\])?\.(\w+)/.exec(path) ?? [];
  const index = Number(indexText);
  const what = FIELD_WORDS[field] ?? field;
  switch (collection) {
    case 'review':
      return { label: REVIEW_FIELDS[field] ?? field, route: scope };
    case 'agencies':
      return { label: 'An agency’s name', route: scope };
    case 'themes':
      return { label: `Theme ${quoted(file.themes[index]?.name ?? '', 'without a name')}: ${what}`, route: scope };
    case 'engagements': {
      const engagement = file.engagements[index];
      if (!engagement) break;
      const label = `${engagementTitle(engagement)}: ${what}`;
      if (field !== 'notes') return { label, route: route({ stage: 'engage', engagementId: engagement.id }) };
      const start = engagement.notes.indexOf(text);
      return { label, route: route({ stage: 'analyse', view: 'code', engagementId: engagement.id, ...(start >= 0 && { at: { start, end: start + text.length } }) }) };
    }
    case 'excerpts': {
      const excerpt = file.excerpts[index];
      if (!excerpt) break;
      const engagement = file.engagements.find((e) => e.id === excerpt.engagementId);
      return {
        label: `Passage from ${engagement ? engagementTitle(engagement) : 'an engagement'}`,
        route: route({ stage: 'analyse', view: 'code', engagementId: excerpt.engagementId, focus: excerpt.id }),
      };
    }
    case 'findings': {
      const finding = file.findings[index];
      if (!finding) break;
      return { label: `Finding ${quoted(finding.title, 'without a title')}: ${what}`, route: route({ stage: 'analyse', view: 'findings', focus: finding.id }) };
    }
    case 'recommendations': {
      const recommendation = file.recommendations[index];
      if (!recommendation) break;
      return { label: `Recommendation ${recommendation.number}: ${what}`, route: route({ stage: 'recommend', focus: recommendation.id }) };
    }
    case 'actions': {
      const action = file.actions[index];
      if (!action) break;
      const number = file.recommendations.find((r) => r.id === action.recommendationId)?.number;
      const label = `Action${number === undefined ? '' : ` for recommendation ${number}`}: ${path.includes('.updates[') ? 'progress update' : what}`;
      return { label, route: route({ stage: 'follow-up', focus: action.id }) };
    }
  }
  return { label: path, route: scope };
}
