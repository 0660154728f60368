/**
 * Reading a framework file: all or nothing. The first problem found is named by its path
 * (`priorities[2].activities[0].recommendations[1]: …`); a file of another format or a
 * newer version gets a plain sentence instead. Never mutates its input.
 */
import { describeZodIssue, formatPath, readJsonFile, ReviewFileError } from '../reviewFileErrors.ts';
import { FRAMEWORK_FORMAT, FRAMEWORK_VERSION, frameworkFileSchema, type FrameworkFile } from './schema.ts';

/** Whole-file problems a lead sees, in one place. */
export const FRAMEWORK_MESSAGES = {
  notFramework: 'This is not a framework file. Local Review opens the framework files it saves (.framework.json).',
  newerVersion: 'This framework file was made by a newer version of Local Review. Update Local Review on this computer to open it.',
  damaged: 'This framework file is damaged or incomplete: it may have been cut short or changed in copying. Ask for the file again.',
} as const;

export type FrameworkProblem = 'invalid' | 'not-a-framework' | 'newer-version' | 'damaged';

export class FrameworkFileError extends Error {
  override readonly name = 'FrameworkFileError';
  constructor(message: string, readonly problem: FrameworkProblem = 'invalid', options?: ErrorOptions) {
    super(message, options);
  }
}

const POLLUTING = new Set(['__proto__', 'constructor', 'prototype']);

/** Refuses keys that could pollute prototypes, walking the value with a stack (never recursion on input depth). */
function assertNoPollutingKeys(input: unknown): void {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: input, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    const bad = keys.find((key) => POLLUTING.has(key));
    if (bad !== undefined) throw new FrameworkFileError(`${formatPath([...path, bad])}: forbidden key`);
    for (let i = keys.length - 1; i >= 0; i -= 1) stack.push({ value: (value as Record<string, unknown>)[keys[i]!], path: [...path, keys[i]!] });
  }
}

type Problem = { path: PropertyKey[]; message: string } | undefined;

/** References, uniqueness and "a review included twice": what the shape alone cannot say. */
function checkIntegrity(file: FrameworkFile): Problem {
  const reviewAt = new Map<string, number>();
  for (const [i, review] of file.reviews.entries()) {
    const earlier = reviewAt.get(review.id);
    if (earlier !== undefined) return { path: ['reviews', i, 'id'], message: `the review “${review.title}” is included twice (also at reviews[${earlier}])` };
    reviewAt.set(review.id, i);
    const agencies = new Set(review.agencies.map((a) => a.id));
    const themes = new Set(review.themes.map((t) => t.id));
    const findings = new Set(review.findings.map((f) => f.id));
    const recommendations = new Set(review.recommendations.map((r) => r.id));
    for (const [j, t] of review.themes.entries()) {
      if (t.parentId !== undefined && !themes.has(t.parentId)) return { path: ['reviews', i, 'themes', j, 'parentId'], message: `no theme has id ${t.parentId}` };
    }
    for (const [j, f] of review.findings.entries()) {
      if (!themes.has(f.themeId)) return { path: ['reviews', i, 'findings', j, 'themeId'], message: `no theme has id ${f.themeId}` };
    }
    for (const [j, r] of review.recommendations.entries()) {
      const where = ['reviews', i, 'recommendations', j];
      if (!agencies.has(r.leadAgencyId)) return { path: [...where, 'leadAgencyId'], message: `no agency has id ${r.leadAgencyId}` };
      const p = r.partnerAgencyIds.findIndex((id) => !agencies.has(id));
      if (p >= 0) return { path: [...where, 'partnerAgencyIds', p], message: `no agency has id ${r.partnerAgencyIds[p]}` };
      const f = r.findingIds.findIndex((id) => !findings.has(id));
      if (f >= 0) return { path: [...where, 'findingIds', f], message: `no finding has id ${r.findingIds[f]}` };
    }
    for (const [j, a] of review.actions.entries()) {
      if (!recommendations.has(a.recommendationId)) return { path: ['reviews', i, 'actions', j, 'recommendationId'], message: `no recommendation has id ${a.recommendationId}` };
      if (!agencies.has(a.ownerAgencyId)) return { path: ['reviews', i, 'actions', j, 'ownerAgencyId'], message: `no agency has id ${a.ownerAgencyId}` };
    }
  }
  // Build id sets per review once, so checking references stays linear in the file's size.
  const idsOf = new Map<string, { findings: Set<string>; recommendations: Set<string> }>();
  for (const r of file.reviews) idsOf.set(r.id, { findings: new Set(r.findings.map((f) => f.id)), recommendations: new Set(r.recommendations.map((x) => x.id)) });
  const resolves = (kind: 'findings' | 'recommendations', ref: { reviewId: string; id: string }) => idsOf.get(ref.reviewId)?.[kind].has(ref.id) ?? false;
  const refProblem = (kind: 'findings' | 'recommendations', refs: ReadonlyArray<{ reviewId: string; id: string }>, path: PropertyKey[]): Problem => {
    const k = refs.findIndex((ref) => !resolves(kind, ref));
    if (k < 0) return undefined;
    const ref = refs[k]!;
    const message = reviewAt.has(ref.reviewId) ? `no ${kind === 'findings' ? 'finding' : 'recommendation'} of that review has id ${ref.id}` : `no included review has id ${ref.reviewId}`;
    return { path: [...path, k], message };
  };
  const ids = new Map<string, string>();
  const unique = (id: string, path: PropertyKey[]): Problem => {
    const earlier = ids.get(id);
    if (earlier) return { path, message: `duplicate id (already used at ${earlier})` };
    ids.set(id, formatPath(path));
    return undefined;
  };
  const partners = new Set(file.framework.partners.map((p) => p.id));
  for (const [i, p] of file.framework.partners.entries()) {
    const u = unique(p.id, ['framework', 'partners', i, 'id']);
    if (u) return u;
  }
  const issues = new Set(file.issues.map((x) => x.id));
  for (const [i, issue] of file.issues.entries()) {
    const p = unique(issue.id, ['issues', i, 'id']) ?? refProblem('findings', issue.findings, ['issues', i, 'findings']);
    if (p) return p;
  }
  for (const [i, priority] of file.priorities.entries()) {
    const where = ['priorities', i];
    const p = unique(priority.id, [...where, 'id']) ?? refProblem('recommendations', priority.recommendations, [...where, 'recommendations']);
    if (p) return p;
    const missingIssue = priority.issueIds.findIndex((id) => !issues.has(id));
    if (missingIssue >= 0) return { path: [...where, 'issueIds', missingIssue], message: `no framework issue has id ${priority.issueIds[missingIssue]}` };
    for (const [j, activity] of priority.activities.entries()) {
      const at = [...where, 'activities', j];
      const q = unique(activity.id, [...at, 'id']) ?? refProblem('recommendations', activity.recommendations, [...at, 'recommendations']);
      if (q) return q;
      if (activity.leadPartnerId !== undefined && !partners.has(activity.leadPartnerId)) return { path: [...at, 'leadPartnerId'], message: `no partner has id ${activity.leadPartnerId}` };
      const s = activity.supportingPartnerIds.findIndex((id) => !partners.has(id));
      if (s >= 0) return { path: [...at, 'supportingPartnerIds', s], message: `no partner has id ${activity.supportingPartnerIds[s]}` };
    }
  }
  return undefined;
}

const fieldOf = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * Validates anything (usually JSON.parse's result) as a v1 framework file. Another format
 * or a newer version is refused with a sentence; a bad field with
 * "This framework file has a problem at <path>: …".
 */
export function parseFrameworkFile(input: unknown): FrameworkFile {
  if (fieldOf(input, 'format') !== FRAMEWORK_FORMAT) throw new FrameworkFileError(FRAMEWORK_MESSAGES.notFramework, 'not-a-framework');
  const version = fieldOf(input, 'version');
  if (typeof version === 'number' && version > FRAMEWORK_VERSION) throw new FrameworkFileError(FRAMEWORK_MESSAGES.newerVersion, 'newer-version');
  const invalid = (detail: string) => new FrameworkFileError(`This framework file has a problem at ${detail}.`);
  try {
    assertNoPollutingKeys(input);
  } catch (error) {
    if (error instanceof FrameworkFileError) throw invalid(error.message);
    throw error;
  }
  const result = frameworkFileSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    const first = result.error.issues[0];
    throw invalid(first ? describeZodIssue(first).replace('version 1 review file', 'version 1 framework file') : '(file): not a framework file');
  }
  const problem = checkIntegrity(result.data);
  if (problem) throw invalid(`${formatPath(problem.path)}: ${problem.message}`);
  return result.data;
}

/** Parses framework-file bytes or text (UTF-8 JSON). */
export function parseFrameworkFileText(textOrBytes: string | Uint8Array): FrameworkFile {
  let json: unknown;
  try {
    json = readJsonFile(textOrBytes);
  } catch (error) {
    // The same reading as a review file's, in the framework's own words.
    const damaged = error instanceof ReviewFileError && error.problem === 'damaged';
    throw new FrameworkFileError(damaged ? FRAMEWORK_MESSAGES.damaged : FRAMEWORK_MESSAGES.notFramework, damaged ? 'damaged' : 'not-a-framework', { cause: error });
  }
  return parseFrameworkFile(json);
}

/** A framework file as UTF-8 JSON bytes, indented so it diffs well. */
export function serialiseFrameworkFile(file: FrameworkFile): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}
