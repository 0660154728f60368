/**
 * Checks a review file beyond its shape: identifiers are unique, every reference points
 * at something in the same file, dates run forwards and excerpt offsets fit the notes.
 * A file that passes can be imported without leaving dangling rows.
 */
import type { ReviewFile } from './reviewFile.ts';
import { formatPath } from './reviewFileErrors.ts';

export interface IntegrityProblem {
  path: string;
  message: string;
}

type Check = (file: ReviewFile) => IntegrityProblem | undefined;

const problem = (path: PropertyKey[], message: string): IntegrityProblem => ({ path: formatPath(path), message });

function firstDuplicateId(file: ReviewFile): IntegrityProblem | undefined {
  const seen = new Map<string, string>();
  const collections = [
    ['review', [file.review]],
    ['review.reviewers', file.review.reviewers],
    ['agencies', file.agencies],
    ['themes', file.themes],
    ['engagements', file.engagements],
    ['excerpts', file.excerpts],
    ['findings', file.findings],
    ['recommendations', file.recommendations],
    ['actions', file.actions],
  ] as const;
  for (const [name, items] of collections) {
    for (const [index, item] of items.entries()) {
      const where = name === 'review' ? 'review.id' : `${name}[${index}].id`;
      const earlier = seen.get(item.id);
      if (earlier) return { path: where, message: `duplicate id (already used at ${earlier})` };
      seen.set(item.id, where);
    }
  }
  return undefined;
}

function refs(ids: Iterable<string>): Set<string> {
  return new Set(ids);
}

function missing(known: Set<string>, path: PropertyKey[], ids: readonly string[], what: string): IntegrityProblem | undefined {
  const index = ids.findIndex((id) => !known.has(id));
  return index === -1 ? undefined : problem([...path, index], `no ${what} has id ${ids[index]}`);
}

const checkReferences: Check = (file) => {
  const agencies = refs(file.agencies.map((a) => a.id));
  const reviewers = refs(file.review.reviewers.map((r) => r.id));
  const themes = refs(file.themes.map((t) => t.id));
  const engagements = new Map(file.engagements.map((e) => [e.id, e]));
  const excerpts = refs(file.excerpts.map((e) => e.id));
  const findings = refs(file.findings.map((f) => f.id));
  const recommendations = refs(file.recommendations.map((r) => r.id));

  for (const [i, t] of file.themes.entries()) {
    if (t.parentId !== undefined && !themes.has(t.parentId)) return problem(['themes', i, 'parentId'], `no theme has id ${t.parentId}`);
  }
  for (const [i, e] of file.engagements.entries()) {
    const p = missing(agencies, ['engagements', i, 'agencyIds'], e.agencyIds, 'agency')
      ?? missing(reviewers, ['engagements', i, 'reviewerIds'], e.reviewerIds, 'reviewer');
    if (p) return p;
  }
  for (const [i, x] of file.excerpts.entries()) {
    const engagement = engagements.get(x.engagementId);
    if (!engagement) return problem(['excerpts', i, 'engagementId'], `no engagement has id ${x.engagementId}`);
    if (x.start >= x.end) return problem(['excerpts', i, 'end'], 'must be greater than start');
    if (x.end > engagement.notes.length) return problem(['excerpts', i, 'end'], `is beyond the end of the engagement's notes (${engagement.notes.length})`);
    if (x.agencyId !== undefined && !engagement.agencyIds.includes(x.agencyId)) {
      return problem(['excerpts', i, 'agencyId'], `is not one of its engagement's agencies`);
    }
    const p = missing(themes, ['excerpts', i, 'themeIds'], x.themeIds, 'theme');
    if (p) return p;
  }
  for (const [i, f] of file.findings.entries()) {
    if (!themes.has(f.themeId)) return problem(['findings', i, 'themeId'], `no theme has id ${f.themeId}`);
    const p = missing(excerpts, ['findings', i, 'excerptIds'], f.excerptIds, 'excerpt');
    if (p) return p;
  }
  for (const [i, r] of file.recommendations.entries()) {
    if (!agencies.has(r.leadAgencyId)) return problem(['recommendations', i, 'leadAgencyId'], `no agency has id ${r.leadAgencyId}`);
    const p = missing(findings, ['recommendations', i, 'findingIds'], r.findingIds, 'finding')
      ?? missing(agencies, ['recommendations', i, 'partnerAgencyIds'], r.partnerAgencyIds, 'agency');
    if (p) return p;
  }
  for (const [i, a] of file.actions.entries()) {
    if (!recommendations.has(a.recommendationId)) return problem(['actions', i, 'recommendationId'], `no recommendation has id ${a.recommendationId}`);
    if (!agencies.has(a.ownerAgencyId)) return problem(['actions', i, 'ownerAgencyId'], `no agency has id ${a.ownerAgencyId}`);
  }
  return undefined;
};

/**
 * Each theme is walked up towards its root once: a walk stops at the first theme already
 * known to reach a root, so the whole check is linear in the number of themes however
 * deep the framework (walking every theme's full ancestry was quadratic: a 20,000-deep
 * chain took 25 s). Reaching a theme already on the current walk is a cycle.
 */
const checkThemeCycles: Check = (file) => {
  const indexOf = new Map(file.themes.map((t, i) => [t.id, i]));
  const ON_WALK = 1, SOUND = 2;
  const state = new Uint8Array(file.themes.length);
  for (let start = 0; start < file.themes.length; start += 1) {
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = ON_WALK;
      walk.push(at);
      const parentId: string | undefined = file.themes[at]!.parentId;
      at = parentId === undefined ? undefined : indexOf.get(parentId);
    }
    // Earlier walks ended at sound themes, so this is the file's first theme whose ancestry loops.
    if (at !== undefined && state[at] === ON_WALK) return problem(['themes', start, 'parentId'], 'themes must not be their own ancestors');
    for (const i of walk) state[i] = SOUND;
  }
  return undefined;
};

const checkUniqueNumbers: Check = (file) => {
  const seen = new Set<number>();
  for (const [i, r] of file.recommendations.entries()) {
    if (seen.has(r.number)) return problem(['recommendations', i, 'number'], `number ${r.number} is used twice`);
    seen.add(r.number);
  }
  return undefined;
};

const checkDateOrder: Check = (file) => {
  const { startDate, endDate } = file.review;
  if (startDate && endDate && endDate < startDate) return problem(['review', 'endDate'], 'must not be before startDate');
  for (const [i, a] of file.actions.entries()) {
    for (let u = 1; u < a.updates.length; u += 1) {
      if (a.updates[u]!.date < a.updates[u - 1]!.date) return problem(['actions', i, 'updates', u, 'date'], 'updates must be in date order, newest last');
    }
  }
  if (Date.parse(file.review.updatedAt) < Date.parse(file.review.createdAt)) return problem(['review', 'updatedAt'], 'must not be before createdAt');
  return undefined;
};

const CHECKS: readonly Check[] = [firstDuplicateId, checkReferences, checkThemeCycles, checkUniqueNumbers, checkDateOrder];

/** Returns the first integrity problem in a shape-valid file, or undefined when sound. */
export function checkIntegrity(file: ReviewFile): IntegrityProblem | undefined {
  for (const check of CHECKS) {
    const found = check(file);
    if (found) return found;
  }
  return undefined;
}
