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

  // Findings by theme key and kind, area by area.
  const byThemeKind = new Map<string, ReviewRef[]>();
  for (const s of snapshots) {
    const keyOf = new Map(s.themes.map((t) => [t.id, themeKey(t.name)]));
    for (const f of s.findings) {
      const k = `${keyOf.get(f.themeId)}\u0000${f.kind}`;
      byThemeKind.set(k, [...(byThemeKind.get(k) ?? []), { reviewId: s.id, id: f.id }]);
    }
  }

  const issues: FrameworkIssue[] = [];
  const priorities: Priority[] = [];
  const placed = new Set<string>();
  const highOf = (s: ReviewSnapshot) => s.recommendations.filter((r) => r.priority === 'high').sort((a, b) => a.number - b.number);
  for (const row of matrix.rows) {
    const themeIssues = (['gap', 'barrier'] as const).flatMap((kind) => {
      const findings = byThemeKind.get(`${row.key}\u0000${kind}`) ?? [];
      if (!findings.length) return [];
      const issue: FrameworkIssue = { id: newId(), title: `${row.theme}: ${KIND_PLURAL[kind]}`, theme: row.theme, kind, findings };
      return [issue];
    });
    if (!themeIssues.length) continue;
    issues.push(...themeIssues);
    const findingKeys = new Set(themeIssues.flatMap((x) => x.findings.map((f) => `${f.reviewId}/${f.id}`)));
    const themeFindings = new Set<string>();
    for (const s of snapshots) {
      const ids = new Set(s.themes.filter((t) => themeKey(t.name) === row.key).map((t) => t.id));
      for (const f of s.findings) if (ids.has(f.themeId)) themeFindings.add(`${s.id}/${f.id}`);
    }
    const recommendations: ReviewRef[] = [];
    const headings = new Map<string, { pack: string; heading: string }>();
    for (const s of snapshots) {
      for (const f of s.findings) {
        if (!findingKeys.has(`${s.id}/${f.id}`)) continue;
        for (const m of f.frameworkMappings ?? []) headings.set(`${m.pack}/${m.heading}`, m);
      }
      for (const r of highOf(s)) {
        if (!r.findingIds.some((id) => themeFindings.has(`${s.id}/${id}`))) continue;
        recommendations.push({ reviewId: s.id, id: r.id });
        placed.add(`${s.id}/${r.id}`);
      }
    }
    priorities.push({
      id: newId(),
      title: row.theme,
      detail: `Across ${snapshots.length === 1 ? 'the area' : 'the areas'}, the reviews found ${themeIssues.map((x) => `${x.findings.length} ${x.findings.length === 1 ? FINDING_KIND_LABELS[x.kind].toLowerCase() : KIND_PLURAL[x.kind as 'gap' | 'barrier']}`).join(' and ')} in ${row.theme}.`,
      theme: row.theme,
      headings: [...headings.values()],
      issueIds: themeIssues.map((x) => x.id),
      recommendations,
      activities: [],
    });
  }
  // Every high-priority recommendation is listed somewhere, even one that answers no gap or barrier.
  const rest = snapshots.flatMap((s) => highOf(s).filter((r) => !placed.has(`${s.id}/${r.id}`)).map((r) => ({ reviewId: s.id, id: r.id })));
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
