/**
 * What every accepted file must satisfy, written again from docs/review-file.md without
 * the app's schema or checks, so a file the parser wrongly accepts is caught here.
 * Returns the first broken rule, or undefined.
 */
import type { BackupFile } from '../../renderer/src/domain/backupFile.ts';
import type { ReviewFile } from '../../renderer/src/domain/reviewFile.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const blank = (text: unknown) => typeof text !== 'string' || text.trim() === '';
const isDate = (text: unknown) => typeof text === 'string' && DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
const natural = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

function structure(value: unknown): string | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [at, depth] = stack.pop()!;
    if (at === null || typeof at !== 'object') continue;
    if (depth > 32) return 'nested deeper than 32';
    for (const key of Object.keys(at)) {
      if (['__proto__', 'constructor', 'prototype'].includes(key)) return `key ${key}`;
      stack.push([(at as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return undefined;
}

export function reviewFileBroken(file: ReviewFile): string | undefined {
  const shape = structure(file);
  if (shape) return shape;
  if (file.format !== 'local-review-file' || file.version !== 1) return 'format or version';
  const r = file.review;
  if (blank(r.title) || blank(r.area)) return 'blank review title or area';
  if (r.startDate && r.endDate && r.endDate < r.startDate) return 'end before start';
  const ids = [r.id, ...r.reviewers.map((x) => x.id), ...file.agencies.map((x) => x.id), ...file.themes.map((x) => x.id),
    ...file.engagements.map((x) => x.id), ...file.excerpts.map((x) => x.id), ...file.findings.map((x) => x.id),
    ...file.recommendations.map((x) => x.id), ...file.actions.map((x) => x.id)];
  if (ids.some((id) => !UUID.test(id))) return 'an id that is not a UUID v4';
  if (new Set(ids).size !== ids.length) return 'an id used twice';
  const agencies = new Set(file.agencies.map((x) => x.id));
  const themes = new Map(file.themes.map((t) => [t.id, t]));
  const reviewers = new Set(r.reviewers.map((x) => x.id));
  const engagements = new Map(file.engagements.map((e) => [e.id, e]));
  const excerpts = new Set(file.excerpts.map((x) => x.id));
  const findings = new Set(file.findings.map((x) => x.id));
  const recommendations = new Set(file.recommendations.map((x) => x.id));
  for (const t of file.themes) {
    if (blank(t.name) || !natural(t.order)) return 'theme name or order';
    if (t.parentId !== undefined && !themes.has(t.parentId)) return 'theme parent missing';
    // Floyd would do; a bounded walk is plainer and the files are small.
    let at: string | undefined = t.parentId;
    for (let steps = 0; at !== undefined; steps += 1) {
      if (at === t.id || steps > file.themes.length) return 'theme cycle';
      at = themes.get(at)?.parentId;
    }
  }
  for (const a of file.agencies) if (blank(a.name)) return 'agency name';
  for (const e of file.engagements) {
    if (!isDate(e.date) || !natural(e.participantCount)) return 'engagement date or count';
    if (e.agencyIds.some((id) => !agencies.has(id)) || e.reviewerIds.some((id) => !reviewers.has(id))) return 'engagement reference';
  }
  for (const x of file.excerpts) {
    const e = engagements.get(x.engagementId);
    if (!e) return 'excerpt engagement';
    if (!natural(x.start) || !(x.start < x.end) || x.end > e.notes.length) return 'excerpt offsets';
    if (x.themeIds.some((id) => !themes.has(id))) return 'excerpt theme';
    if (x.agencyId !== undefined && !e.agencyIds.includes(x.agencyId)) return 'excerpt speaker';
  }
  for (const f of file.findings) {
    if (blank(f.title) || !natural(f.order)) return 'finding title or order';
    if (!themes.has(f.themeId) || f.excerptIds.some((id) => !excerpts.has(id))) return 'finding reference';
  }
  const numbers = new Set<number>();
  for (const rec of file.recommendations) {
    if (blank(rec.title) || !Number.isInteger(rec.number) || rec.number < 1 || numbers.has(rec.number)) return 'recommendation title or number';
    numbers.add(rec.number);
    if (!agencies.has(rec.leadAgencyId) || rec.partnerAgencyIds.some((id) => !agencies.has(id)) || rec.findingIds.some((id) => !findings.has(id))) return 'recommendation reference';
  }
  for (const a of file.actions) {
    if (blank(a.description)) return 'action description';
    if (!recommendations.has(a.recommendationId) || !agencies.has(a.ownerAgencyId)) return 'action reference';
    if (a.dueDate !== undefined && !isDate(a.dueDate)) return 'action due date';
    for (let u = 1; u < a.updates.length; u += 1) if (a.updates[u]!.date < a.updates[u - 1]!.date) return 'updates out of order';
  }
  return undefined;
}

export function backupBroken(backup: BackupFile): string | undefined {
  if (backup.format !== 'local-review-backup' || backup.version !== 1) return 'format or version';
  const ids = new Set<string>();
  for (const file of backup.reviews) {
    const broken = reviewFileBroken(file);
    if (broken) return broken;
    if (ids.has(file.review.id)) return 'a review twice';
    ids.add(file.review.id);
  }
  const registered = new Set<string>();
  for (const register of backup.nameRegisters ?? []) {
    if (!ids.has(register.reviewId) || registered.has(register.reviewId)) return 'register';
    registered.add(register.reviewId);
  }
  return undefined;
}
