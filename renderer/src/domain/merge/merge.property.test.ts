import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReviewFile, type ReviewFile } from '../reviewFile.ts';
import { applyMergePlan, mergeReviewFiles, type MergeConflict } from './index.ts';
import { reviewFileArbitrary } from '../../../../test/helpers/reviewFileArbitrary.ts';
import { makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';
import type { Network } from '../network/schema.ts';

/** A random decision per conflict, reproducible from fast-check's seed. */
const chooser = fc.func(fc.constantFrom('ours' as const, 'theirs' as const, 'both' as const))
  .map((f) => (c: MergeConflict) => f(`${c.table}:${c.id}:${c.field}`));

const edits = fc.record({
  notes: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  // A title is never blank: the app refuses one, and so does parseReviewFile.
  title: fc.option(fc.string({ minLength: 1, maxLength: 12 }).filter((t) => /\S/.test(t)), { nil: undefined }),
  dropRecommendation: fc.boolean(),
  dropFinding: fc.boolean(),
  swapNumbers: fc.boolean(),
  newPassage: fc.boolean(),
  seed: fc.nat(1000),
});

/** One reviewer's valid edits of a file, as the app could make them (deletes cascade as the app's do). */
function applyEdits(file: ReviewFile, e: EditSet): ReviewFile {
  const f = structuredClone(file);
  const n = e.seed;
  if (e.notes !== undefined) {
    const engagement = f.engagements[n % f.engagements.length]!;
    engagement.notes = `${e.notes} ${engagement.notes.slice(n % 7)}`.trim() || 'x';
    for (const x of f.excerpts.filter((p) => p.engagementId === engagement.id)) {
      const end = Math.min(x.end, engagement.notes.length);
      Object.assign(x, end > 0 ? { start: Math.min(x.start, end - 1), end } : {});
    }
  }
  if (e.title !== undefined && f.findings.length) f.findings[n % f.findings.length]!.title = e.title;
  if (e.dropFinding && f.findings.length) {
    const gone = f.findings.splice(n % f.findings.length, 1)[0]!;
    for (const r of f.recommendations) r.findingIds = r.findingIds.filter((id) => id !== gone.id);
  }
  if (e.dropRecommendation && f.recommendations.length) {
    const gone = f.recommendations.splice(n % f.recommendations.length, 1)[0]!;
    f.actions = f.actions.filter((a) => a.recommendationId !== gone.id);
    f.recommendations.forEach((r, i) => { r.number = i + 1; });
  }
  if (e.swapNumbers && f.recommendations.length > 1) {
    const [a, b] = f.recommendations as [ReviewFile['recommendations'][0], ReviewFile['recommendations'][0]];
    [a.number, b.number] = [b.number, a.number];
  }
  if (e.newPassage) {
    const engagement = f.engagements[(n + 1) % f.engagements.length]!;
    const id = `00000000-0000-4000-8${(n % 4096).toString(16).padStart(3, '0')}-${(n + 7).toString(16).padStart(12, '0')}`;
    if (!JSON.stringify(f).includes(id) && engagement.notes.length) {
      f.excerpts.push({ id, engagementId: engagement.id, start: 0, end: 1, text: engagement.notes.slice(0, 1), themeIds: f.themes.slice(0, 1).map((t) => t.id), kind: 'gap', isQuote: false });
    }
  }
  return f;
}
type EditSet = { notes?: string; title?: string; dropRecommendation: boolean; dropFinding: boolean; swapNumbers: boolean; newPassage: boolean; seed: number };

const ids = (f: ReviewFile, table: 'excerpts' | 'themes' | 'engagements') => new Set(f[table].map((x) => x.id));

describe('merge properties', () => {
  it('applyMergePlan always gives a valid file with unique numbers, three-way or two-way, whatever is chosen', () => {
    fc.assert(fc.property(reviewFileArbitrary, edits, edits, chooser, fc.boolean(), (start, ourEdits, theirEdits, choose, withBase) => {
      const ours = parseReviewFile(applyEdits(start, ourEdits));
      const theirs = parseReviewFile(applyEdits(start, theirEdits));
      const merged = parseReviewFile(applyMergePlan(mergeReviewFiles(ours, theirs, withBase ? { base: start } : {}), choose));
      const numbers = merged.recommendations.map((r) => r.number).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }), { numRuns: 60 });
  });

  it('by default no passage, theme or engagement of either side is lost', () => {
    fc.assert(fc.property(reviewFileArbitrary, edits, edits, fc.boolean(), (start, ourEdits, theirEdits, withBase) => {
      const ours = parseReviewFile(applyEdits(start, ourEdits));
      const theirs = parseReviewFile(applyEdits(start, theirEdits));
      const merged = parseReviewFile(applyMergePlan(mergeReviewFiles(ours, theirs, withBase ? { base: start } : {})));
      for (const table of ['excerpts', 'themes', 'engagements'] as const) {
        const kept = ids(merged, table);
        for (const id of [...ids(ours, table), ...ids(theirs, table)]) expect(kept.has(id)).toBe(true);
      }
    }), { numRuns: 40 });
  });

  it('two unrelated files of the same review merge into a valid file that keeps everything by default', () => {
    fc.assert(fc.property(reviewFileArbitrary, reviewFileArbitrary, (a, b) => {
      const theirs = structuredClone(b);
      theirs.review.id = a.review.id;
      fc.pre(!a.review.reviewers.some((r) => JSON.stringify(b).includes(r.id)));
      const merged = parseReviewFile(applyMergePlan(mergeReviewFiles(a, parseReviewFile(theirs))));
      expect(merged.excerpts).toHaveLength(a.excerpts.length + b.excerpts.length);
    }), { numRuns: 30 });
  });

  it('merging a file with itself changes nothing but the log', () => {
    fc.assert(fc.property(reviewFileArbitrary, (file) => {
      const plan = mergeReviewFiles(file, structuredClone(file));
      expect(plan.conflicts).toEqual([]);
      const { review: { mergeLog: _log, updatedAt: _u, ...review }, ...rest } = parseReviewFile(applyMergePlan(plan));
      const { review: { updatedAt: _v, ...original }, ...originalRest } = file;
      expect(review).toEqual(original);
      expect(rest.excerpts.map((x) => x.id)).toEqual(originalRest.excerpts.map((x) => x.id));
    }), { numRuns: 60 });
  });
});

/** A small valid network: people P…, incidents I…, institutions S…, links drawn among them. */
const networkArbitrary = (n: number) => fc.record({
  people: fc.integer({ min: 0, max: 4 }),
  incidents: fc.integer({ min: 0, max: 2 }),
  institutions: fc.integer({ min: 0, max: 2 }),
  links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 5 }),
  title: fc.constantFrom('Cohort', 'Autumn', 'Schools'),
}).map((r): Network => {
  const people = Array.from({ length: r.people }, (_, i) => ({ id: `P${i}`, label: `YP-${i}` }));
  const incidents = Array.from({ length: r.incidents }, (_, i) => ({ id: `I${i}`, label: `Incident ${i}`, kind: 'knife' }));
  const institutions = Array.from({ length: r.institutions }, (_, i) => ({ id: `S${i}`, label: `School ${i}`, kind: 'school' }));
  const links = people.length ? r.links.flatMap(([p, t, toIncident]) => {
    const targets = toIncident ? incidents : institutions;
    if (!targets.length) return [];
    const person = people[p % people.length]!.id;
    const target = targets[t % targets.length]!.id;
    return [toIncident ? { person, target, role: 'victim' as const } : { person, target }];
  }) : [];
  return { id: `00000000-0000-4000-8000-${(900 + n).toString(16).padStart(12, '0')}`, title: r.title, sourceNote: 'Caseload', people, incidents, institutions, links, createdAt: '2026-03-02T10:00:00.000Z' };
});

/** One reviewer's edits of the networks, as the app could make them: rename, replace content, remove a person with their links, delete, add. */
const networkEdits = fc.record({
  rename: fc.option(fc.constantFrom('Ours', 'Theirs', 'Renamed'), { nil: undefined }),
  replaceWith: fc.option(networkArbitrary(0), { nil: undefined }),
  removePerson: fc.boolean(),
  deleteFirst: fc.boolean(),
  add: fc.option(fc.integer({ min: 1, max: 3 }).chain((n) => networkArbitrary(n)), { nil: undefined }),
});

type NetworkEditSet = typeof networkEdits extends fc.Arbitrary<infer T> ? T : never;

function applyNetworkEdits(file: ReviewFile, e: NetworkEditSet): ReviewFile {
  const f = structuredClone(file);
  const list = f.networks ?? [];
  const first = list[0];
  if (first && e.rename) first.title = e.rename;
  if (first && e.replaceWith) Object.assign(first, { people: e.replaceWith.people, incidents: e.replaceWith.incidents, institutions: e.replaceWith.institutions, links: e.replaceWith.links });
  if (first && e.removePerson && first.people.length) {
    const gone = first.people.shift()!.id;
    first.links = first.links.filter((l) => l.person !== gone);
  }
  if (e.deleteFirst) list.shift();
  if (e.add && !list.some((n) => n.id === e.add!.id)) list.push(e.add);
  return { ...f, networks: list };
}

describe('merge properties, peer networks', () => {
  it('applyMergePlan always gives a valid file, each network consistent, whatever is chosen', () => {
    fc.assert(fc.property(networkArbitrary(0), networkEdits, networkEdits, chooser, fc.boolean(), (network, ourEdits, theirEdits, choose, withBase) => {
      const start = parseReviewFile(makeReviewFile({ networks: [network] }));
      const ours = parseReviewFile(applyNetworkEdits(start, ourEdits));
      const theirs = parseReviewFile(applyNetworkEdits(start, theirEdits));
      const merged = parseReviewFile(applyMergePlan(mergeReviewFiles(ours, theirs, withBase ? { base: start } : {}), choose));
      const ids = (merged.networks ?? []).map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
    }), { numRuns: 80 });
  });

  it('by default no network of either side is lost', () => {
    fc.assert(fc.property(networkArbitrary(0), networkEdits, networkEdits, (network, ourEdits, theirEdits) => {
      const start = makeReviewFile({ networks: [network] });
      const ours = parseReviewFile(applyNetworkEdits(start, ourEdits));
      const theirs = parseReviewFile(applyNetworkEdits(start, theirEdits));
      const merged = parseReviewFile(applyMergePlan(mergeReviewFiles(ours, theirs)));
      const kept = new Set((merged.networks ?? []).map((n) => n.id));
      for (const n of [...(ours.networks ?? []), ...(theirs.networks ?? [])]) expect(kept.has(n.id)).toBe(true);
    }), { numRuns: 40 });
  });
});
