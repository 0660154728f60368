/**
 * A first draft of a framework from several reviews: a snapshot of each, partners from
 * the sectors the reviews heard, the gaps and barriers of each theme grouped across areas
 * into framework issues, and one priority per theme with gaps or barriers listing every
 * high-priority recommendation that answers them, with its area. The lead then writes the
 * contents and adds the activities.
 */
import { newId, nowInstant } from '../ids.ts';
import { FINDING_KIND_LABELS, SECTOR_LABELS } from '../labels.ts';
import type { ReviewFile, Sector } from '../reviewFile.ts';
import { frameworkMatrix, themeKey } from './matrix.ts';
import { FrameworkFileError } from './parse.ts';
import { FRAMEWORK_FORMAT, FRAMEWORK_VERSION, type FrameworkFile, type FrameworkIssue, type Priority, type ReviewRef, type ReviewSnapshot } from './schema.ts';
import { snapshotOfReview } from './snapshot.ts';

/** Refuses a review included twice, naming it: a framework would count its findings twice. */
export function assertNoRepeats(reviews: ReadonlyArray<Pick<ReviewSnapshot, 'id' | 'title'>>): void {
  const seen = new Set<string>();
  for (const review of reviews) {
    if (seen.has(review.id)) throw new FrameworkFileError(`The review “${review.title}” is included twice. A review can be in a framework once.`);
    seen.add(review.id);
  }
}

const KIND_PLURAL = { gap: 'gaps', barrier: 'barriers' } as const;

export function draftFramework(reviews: ReviewFile[], options: { title: string; region: string }): FrameworkFile {
  assertNoRepeats(reviews.map((r) => r.review));
  const now = nowInstant();
  const snapshots = reviews.map((r) => snapshotOfReview(r, now));
  return draftFromSnapshots(snapshots, options, now);
}

/** The draft from snapshots already taken (the app takes them from reviews on the laptop or imported files). */
export function draftFromSnapshots(snapshots: ReviewSnapshot[], options: { title: string; region: string }, now = nowInstant()): FrameworkFile {
  assertNoRepeats(snapshots);
  const matrix = frameworkMatrix({ reviews: snapshots });
  const sectors = new Set<Sector>();
  for (const s of snapshots) for (const a of s.agencies) sectors.add(a.sector);

  // Findings by theme key and kind, area by area, and each finding's theme key.
  const byThemeKind = new Map<string, ReviewRef[]>();
  const themeOfFinding = new Map<string, string>();
  for (const s of snapshots) {
    const keyOf = new Map(s.themes.map((t) => [t.id, themeKey(t.name)]));
    for (const f of s.findings) {
      const key = keyOf.get(f.themeId)!;
      themeOfFinding.set(`${s.id}/${f.id}`, key);
      const k = `${key}\u0000${f.kind}`;
      const list = byThemeKind.get(k);
      if (list) list.push({ reviewId: s.id, id: f.id });
      else byThemeKind.set(k, [{ reviewId: s.id, id: f.id }]);
    }
  }
  const mappingsOf = new Map(snapshots.flatMap((s) => s.findings.map((f) => [`${s.id}/${f.id}`, f.frameworkMappings ?? []] as const)));

  const issues: FrameworkIssue[] = [];
  const priorities: Priority[] = [];
  const priorityOfTheme = new Map<string, Priority>();
  for (const row of matrix.rows) {
    const themeIssues = (['gap', 'barrier'] as const).flatMap((kind) => {
      const findings = byThemeKind.get(`${row.key}\u0000${kind}`) ?? [];
      return findings.length ? [{ id: newId(), title: `${row.theme}: ${KIND_PLURAL[kind]}`, theme: row.theme, kind, findings }] : [];
    });
    if (!themeIssues.length) continue;
    issues.push(...themeIssues);
    const headings = new Map<string, { pack: string; heading: string }>();
    for (const issue of themeIssues) {
      for (const ref of issue.findings) for (const m of mappingsOf.get(`${ref.reviewId}/${ref.id}`) ?? []) headings.set(`${m.pack}/${m.heading}`, m);
    }
    const found = themeIssues.map((x) => `${x.findings.length} ${x.findings.length === 1 ? FINDING_KIND_LABELS[x.kind].toLowerCase() : KIND_PLURAL[x.kind]}`).join(' and ');
    const priority: Priority = {
      id: newId(),
      title: row.theme,
      detail: `Across ${snapshots.length === 1 ? 'the area' : 'the areas'}, the reviews found ${found} in ${row.theme}.`,
      theme: row.theme,
      headings: [...headings.values()],
      issueIds: themeIssues.map((x) => x.id),
      recommendations: [],
      activities: [],
    };
    priorities.push(priority);
    priorityOfTheme.set(row.key, priority);
  }
  // Each high-priority recommendation sits under the priority of the first finding it
  // answers that has one; one answering no gap or barrier theme is listed at the end.
  const rest: ReviewRef[] = [];
  for (const s of snapshots) {
    const high = s.recommendations.filter((r) => r.priority === 'high').sort((a, b) => a.number - b.number);
    for (const r of high) {
      const home = r.findingIds.map((id) => priorityOfTheme.get(themeOfFinding.get(`${s.id}/${id}`) ?? '')).find((p) => p !== undefined);
      (home?.recommendations ?? rest).push({ reviewId: s.id, id: r.id });
    }
  }
  if (rest.length) {
    priorities.push({ id: newId(), title: 'Other high-priority recommendations', detail: 'High-priority recommendations of the areas that answer no gap or barrier above.', headings: [], issueIds: [], recommendations: rest, activities: [] });
  }

  return {
    format: FRAMEWORK_FORMAT,
    version: FRAMEWORK_VERSION,
    exportedAt: now,
    framework: {
      id: newId(),
      title: options.title,
      region: options.region,
      foreword: '',
      governance: '',
      principles: [],
      definition: '',
      crossBorder: '',
      monitoring: '',
      partners: [...sectors].map((sector) => ({ id: newId(), name: SECTOR_LABELS[sector], sector, role: '' })),
      createdAt: now,
      updatedAt: now,
    },
    reviews: snapshots,
    issues,
    priorities,
  };
}
