import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hrefFor, parseRoute } from '../app/router.ts';
import { parseReviewFileText, type ReviewFile } from '../domain/reviewFile.ts';
import { generateReview, SCALES } from '../../../test/generate/generateReview.ts';
import { cloneFile, id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { buildSearchIndex, buildSearchIndexSteps, searchReview, searchReviewGrouped, updateSearchIndex, type SearchResult } from './searchIndex.ts';
import { foldTerm } from './terms.ts';
import { SEARCH_KINDS } from './documents.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));
const sampleIndex = buildSearchIndex(sample);

/** A file whose one engagement has these notes (passages dropped, so offsets stay valid). */
function withNotes(notes: string, title = 'Head teachers'): ReviewFile {
  const base = makeReviewFile();
  return { ...base, engagements: [{ ...base.engagements[0]!, notes, title }], excerpts: [], findings: [{ ...base.findings[0]!, excerptIds: [] }] };
}

const notesOf = (file: ReviewFile, result: SearchResult) => file.engagements.find((e) => e.id === result.target.engagementId)!.notes;

/** The words of each notes result's `at` range, folded. */
function atWords(file: ReviewFile, results: SearchResult[]): string[] {
  return results.filter((r) => r.kind === 'notes' && r.target.at).map((r) => foldTerm(notesOf(file, r).slice(r.target.at!.start, r.target.at!.end)));
}

/** Levenshtein distance, for checking typo matches. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** A word matches a folded query term as a prefix (3+ letters), whole, or within the typos allowed. */
const matchesTerm = (word: string, term: string) =>
  word === term || (term.length >= 3 && word.startsWith(term)) || (term.length >= 4 && distance(word, term) <= (term.length >= 9 ? 2 : 1));

/** Plain results, without ids that differ between a rebuilt and an updated index. */
/** The kinds present in a ranking, in the order groups are listed. */
const SEARCH_KINDS_IN_RESULTS = (results: SearchResult[]) => SEARCH_KINDS.filter((kind) => results.some((r) => r.kind === kind));

const comparable = (results: SearchResult[]) => results.map(({ key: _key, score, ...rest }) => ({ ...rest, score: Math.round(score * 1e6) }));

describe('searchReview', () => {
  it('finds nothing for an empty, blank or punctuation-only query', () => {
    for (const query of ['', '   ', '…', '?!', ' - – “” ']) expect(searchReview(sampleIndex, query)).toEqual([]);
    expect(searchReviewGrouped(sampleIndex, '.,;')).toEqual({ total: 0, groups: [] });
  });

  it('finds a word in notes, passages, findings, recommendations and actions, with a target for each', () => {
    const { groups } = searchReviewGrouped(sampleIndex, 'cuckooing');
    expect(groups.map((g) => g.kind)).toEqual(['finding', 'recommendation', 'action', 'passage', 'notes']);
    const targets = groups.map((g) => g.results[0]!.target);
    const reviewId = sample.review.id;
    const [finding, recommendation, action, passage, notes] = targets;
    expect(finding).toEqual({ page: 'workspace', reviewId, stage: 'analyse', view: 'findings', focus: sample.findings[3]!.id });
    expect(recommendation).toMatchObject({ stage: 'recommend', focus: sample.recommendations[2]!.id });
    expect(action).toMatchObject({ stage: 'follow-up', focus: expect.any(String) });
    expect(passage).toMatchObject({ stage: 'analyse', view: 'code', engagementId: expect.any(String), focus: expect.any(String) });
    expect(notes).toMatchObject({ stage: 'analyse', view: 'code', engagementId: expect.any(String), at: { start: expect.any(Number), end: expect.any(Number) } });
    for (const target of targets) expect(parseRoute(hrefFor(target!))).toEqual(target);
    expect(groups[0]!.results[0]!.title.text).toBe(`Finding: ${sample.findings[3]!.title}`);
    expect(groups[1]!.results[0]!.title.text).toMatch(/^Recommendation 3: /);
  });

  it('points every notes result at a word that matches the query', () => {
    for (const query of ['MACE', 'station', 'bus station', 'kestrel', 'SCHOOL', 'safeguarding', 'exploitation', 'police']) {
      const terms = query.split(' ').map(foldTerm);
      const words = atWords(sample, searchReview(sampleIndex, query, 200));
      expect(words.length, query).toBeGreaterThan(0);
      for (const word of words) expect(terms.some((t) => matchesTerm(word, t)), `${query} → ${word}`).toBe(true);
    }
  });

  it('matches prefixes from three letters, with results as the word is typed', () => {
    const words = atWords(sample, searchReview(sampleIndex, 'safeg', 100));
    expect(words).toContain('safeguarding');
    expect(words.every((w) => matchesTerm(w, 'safeg'))).toBe(true);
    expect(searchReview(sampleIndex, 'kes').length).toBeGreaterThan(0);
    // Two letters match only whole words: "ma" does not find "MACE", "mac" does.
    const marked = (query: string) => searchReview(sampleIndex, query, 100)
      .flatMap((r) => [r.title, r.snippet].flatMap((h) => h.highlights.map((m) => foldTerm(h.text.slice(m.start, m.end)))));
    expect(marked('ma').every((w) => w === 'ma')).toBe(true);
    expect(marked('mac')).toContain('mace');
  });

  it('tolerates a typo in longer words, listing exact matches first', () => {
    const results = searchReview(sampleIndex, 'referal', 100);
    expect(results.length).toBeGreaterThan(0);
    expect(atWords(sample, results)).toContain('referral');
    // No typo tolerance below four letters.
    expect(searchReview(sampleIndex, 'bux')).toEqual([]);
    // "safeg" matches "safeguarding" by prefix and "safe" by a typo: the prefix matches come first.
    const typed = searchReview(sampleIndex, 'safeg', 200).map((r) => r.snippet.text.slice(r.snippet.highlights[0]?.start ?? 0, r.snippet.highlights[0]?.end ?? 0).toLowerCase());
    const firstSafe = typed.findIndex((w) => w === 'safe');
    expect(firstSafe).toBeGreaterThan(0);
    expect(typed.slice(firstSafe).some((w) => w.startsWith('safeg'))).toBe(false);
  });

  it('requires every word of the query (AND)', () => {
    const both = searchReview(sampleIndex, 'kestrel protocol', 100);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(searchReview(sampleIndex, 'kestrel', 100).length);
    expect(searchReview(sampleIndex, 'kestrel xylophone')).toEqual([]);
  });

  it('finds "A&E" and "Year 7" but not a lone common word inside a longer query', () => {
    const index = buildSearchIndex(withNotes('Seen at A&E twice.\nThe Year 7 tutor and the Year 9 lead.'));
    expect(searchReview(index, 'A&E')).toHaveLength(1);
    expect(searchReview(index, 'a&e twice')).toHaveLength(1);
    const [year7] = searchReview(index, 'year 7');
    expect(year7!.snippet.highlights.map((h) => year7!.snippet.text.slice(h.start, h.end))).toEqual(['Year', '7', 'Year']);
    expect(searchReview(index, 'the tutor')).toHaveLength(1);
    expect(searchReview(index, 'the')).toEqual([]); // a prefix of nothing here
  });

  it('keeps UK spelling as typed: no stemming to American forms', () => {
    const file = withNotes('We organise the programme.');
    const index = buildSearchIndex(file);
    expect(searchReview(index, 'programme')).toHaveLength(1);
    expect(searchReview(index, 'program', 10).map((r) => r.kind)).toEqual(['notes']); // a prefix, as typed
    expect(searchReview(index, 'organize')).toHaveLength(1); // one typo away
    expect(searchReview(index, 'programs')).toEqual([]);
  });

  it('ignores case and accents both ways, with offsets in the original notes', () => {
    const notes = '👍🏽 Met Zoë at the CAFÉ.\nThe cafe was closed; Cafè later.';
    const index = buildSearchIndex(withNotes(notes));
    for (const query of ['cafe', 'Café', 'CAFE', 'zoe', 'ZOË']) {
      const [first] = searchReview(index, query);
      expect(first, query).toBeDefined();
      const { start, end } = first!.target.at!;
      expect(foldTerm(notes.slice(start, end))).toBe(foldTerm(query));
      expect(notes.slice(start, end)).toBe(query.toLowerCase().startsWith('z') ? 'Zoë' : 'CAFÉ');
      const mark = first!.snippet.highlights[0]!;
      expect(foldTerm(first!.snippet.text.slice(mark.start, mark.end))).toBe(foldTerm(query));
    }
  });

  it('points into the right place of long notes, chunk by chunk', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const notes = `${filler(320)} the Wharf Street underpass. ${filler(400)}`;
    const file = withNotes(notes);
    const [result] = searchReview(buildSearchIndex(file), 'underpass');
    expect(notes.slice(result!.target.at!.start, result!.target.at!.end)).toBe('underpass');
    expect(result!.snippet.text).toMatch(/^… .*Wharf Street underpass\. .* …$/);
  });

  it('points each result at its query word for any notes (property)', () => {
    const word = fc.stringMatching(/^[a-zà-ö]{4,9}$/);
    fc.assert(fc.property(fc.array(fc.oneof(word, fc.constantFrom(' ', '\n', '. ', ', ', ' – ', '“', '”')), { minLength: 1, maxLength: 300 }), word, (parts, target) => {
      const notes = [...parts, ' ', target.toUpperCase(), '.'].join('');
      const file = withNotes(notes);
      const results = searchReview(buildSearchIndex(file), target, 1000);
      const words = atWords(file, results);
      expect(words.length).toBeGreaterThan(0);
      // Exact and prefix matches come first; any later ones are within a typo.
      expect(words[0]!.startsWith(foldTerm(target))).toBe(true);
      for (const w of words) expect(matchesTerm(w, foldTerm(target))).toBe(true);
    }), { numRuns: 60 });
  });

  it('ranks a title match above a passing mention, and findings above notes when otherwise equal', () => {
    const base = makeReviewFile();
    const file: ReviewFile = {
      ...base,
      findings: [
        { ...base.findings[0]!, id: id(51), title: 'Information sharing', detail: 'Partners hold early signs of risk.' },
        { ...base.findings[0]!, id: id(52), title: 'Thresholds', detail: 'Partners said that information sharing is slow.' },
      ],
      recommendations: [{ ...base.recommendations[0]!, findingIds: [id(51)] }],
      engagements: [{ ...base.engagements[0]!, notes: 'Partners said that information sharing is slow.' }],
      excerpts: [],
    };
    const results = searchReview(buildSearchIndex(file), 'information sharing');
    expect(results.map((r) => r.title.text)).toEqual(['Finding: Information sharing', 'Finding: Thresholds', 'Head teachers']);
    expect(results[0]!.title.highlights).toHaveLength(2);
  });

  it('keeps the best few of each kind when grouped, with totals', () => {
    const { total, groups } = searchReviewGrouped(sampleIndex, 'school', 2);
    expect(groups.every((g) => g.results.length <= 2 && g.total >= g.results.length)).toBe(true);
    expect(groups.reduce((sum, g) => sum + g.total, 0)).toBe(total);
    expect(total).toBe(searchReview(sampleIndex, 'school', 1000).length);
    const more = searchReviewGrouped(sampleIndex, 'school', { notes: 8 });
    expect(more.groups.map((g) => g.results.length)).toEqual(more.groups.map((g) => Math.min(g.total, g.kind === 'notes' ? 8 : 5)));
  });

  it('groups exactly what the full ranking gives, kind by kind, typo-only matches after the rest', () => {
    const index = buildSearchIndex(generateReview(SCALES.S));
    for (const query of ['school', 'county lines', 'exploitaton', 'safeg', 'referal police', 'youth', 'zzzz']) {
      for (const perKind of [1, 3, { notes: 8, passage: 0 }] as const) {
        const limit = (kind: string) => (typeof perKind === 'number' ? perKind : (perKind as Record<string, number>)[kind] ?? 5);
        const ranked = searchReview(index, query, 100_000);
        const grouped = searchReviewGrouped(index, query, perKind);
        expect(grouped.total, query).toBe(ranked.length);
        for (const group of grouped.groups) {
          const ofKind = ranked.filter((r) => r.kind === group.kind);
          expect(group.total, `${query} ${group.kind}`).toBe(ofKind.length);
          expect(group.results.map((r) => r.key), `${query} ${group.kind}`).toEqual(ofKind.slice(0, limit(group.kind)).map((r) => r.key));
        }
        expect(grouped.groups.map((g) => g.kind)).toEqual(SEARCH_KINDS_IN_RESULTS(ranked));
      }
    }
  });

  it('builds the same index step by step as in one go', () => {
    const steps = buildSearchIndexSteps(sample);
    let count = 0;
    let step = steps.next();
    while (!step.done) { count += 1; step = steps.next(); }
    expect(count).toBe(sample.engagements.length + sample.excerpts.length + sample.findings.length + sample.recommendations.length + sample.actions.length);
    expect(comparable(searchReview(step.value, 'station', 50))).toEqual(comparable(searchReview(sampleIndex, 'station', 50)));
  });
});

describe('updateSearchIndex', () => {
  const queries = ['exclusions', 'year', 'police minutes', 'kestrel', 'new', 'track', 'started', 'head'];

  it('re-indexes only what changed and then answers as a fresh index would', () => {
    const before = makeReviewFile();
    const index = buildSearchIndex(before);
    const after = cloneFile(before);
    after.engagements[0]!.notes += '\nNew worry: Kestrel Court.';
    after.findings.push({ ...after.findings[0]!, id: id(51), title: 'New finding', detail: 'About kestrel.' });
    after.actions = [];
    expect(updateSearchIndex(index, after)).toBe(3);
    const fresh = buildSearchIndex(after);
    for (const query of queries) expect(comparable(searchReview(index, query)), query).toEqual(comparable(searchReview(fresh, query)));
    expect(updateSearchIndex(index, cloneFile(after))).toBe(0);
  });

  it('follows a renamed engagement into its passages and a renumbered recommendation into its actions', () => {
    const before = makeReviewFile();
    const index = buildSearchIndex(before);
    const after = cloneFile(before);
    after.engagements[0]!.title = 'School leaders';
    after.recommendations[0]!.number = 2;
    expect(updateSearchIndex(index, after)).toBe(4); // notes, passage, recommendation, action
    expect(searchReview(index, 'leaders').map((r) => r.title.text)).toEqual(['School leaders']);
    expect(searchReview(index, 'started')[0]!.title.text).toBe('Action for recommendation 2');
  });

  it('keeps a large index consistent through a chain of edits', () => {
    const file = generateReview(SCALES.S);
    const index = buildSearchIndex(file);
    let current = file;
    for (let step = 0; step < 5; step++) {
      current = cloneFile(current);
      current.engagements[step]!.notes = `${current.engagements[step]!.notes.slice(0, 200)} underpass ${step}`;
      current.excerpts = current.excerpts.filter((e) => e.end <= 200 || !current.engagements.slice(0, step + 1).some((en) => en.id === e.engagementId));
      current.findings = current.findings.map((f) => ({ ...f, excerptIds: f.excerptIds.filter((x) => current.excerpts.some((e) => e.id === x)) }));
      updateSearchIndex(index, current);
    }
    const fresh = buildSearchIndex(current);
    for (const query of ['underpass', 'referrals county', 'school', 'trust']) {
      expect(comparable(searchReview(index, query, 50)), query).toEqual(comparable(searchReview(fresh, query, 50)));
    }
    expect(searchReview(index, 'underpass', 50)).toHaveLength(5);
  });

  it('told the snapshot it last saw, looks only at the lists that changed and ends as a fresh index would', () => {
    const file = generateReview(SCALES.S);
    const index = buildSearchIndex(file);
    let seen = file;
    const edits: Array<(f: ReviewFile) => void> = [
      (f) => { f.engagements[1]!.notes += ' Met at the underpass.'; },
      (f) => { f.engagements[2]!.title = 'Underpass outreach'; },
      (f) => { f.findings.splice(0, 1); f.recommendations.forEach((r) => { r.findingIds = r.findingIds.filter((x) => f.findings.some((g) => g.id === x)); }); },
      (f) => { f.recommendations[0]!.number = f.recommendations.length + 1; },
      (f) => { f.actions[0]!.description = 'Walk the underpass weekly'; },
    ];
    for (const edit of edits) {
      // Like a snapshot: only the lists an edit touched are new arrays.
      const copy = cloneFile(seen);
      edit(copy);
      const next = { ...seen } as ReviewFile;
      for (const part of ['engagements', 'excerpts', 'findings', 'recommendations', 'actions'] as const) {
        if (JSON.stringify(copy[part]) !== JSON.stringify(seen[part])) (next as Record<string, unknown>)[part] = copy[part];
      }
      updateSearchIndex(index, next, seen);
      seen = next;
    }
    const fresh = buildSearchIndex(seen);
    expect([...index.signatures].sort()).toEqual([...fresh.signatures].sort());
    expect([...index.sources.keys()].sort()).toEqual([...fresh.sources.keys()].sort());
    // Every result, in an order that does not depend on which of equal scores came first.
    const all = (i: typeof index, query: string) => comparable(searchReview(i, query, 10_000)).map((r) => JSON.stringify(r)).sort();
    for (const query of ['underpass', 'walk', 'outreach', 'school']) expect(all(index, query), query).toEqual(all(fresh, query));
    // Nothing to do when nothing the sources are made from changed.
    expect(updateSearchIndex(index, { ...seen, review: { ...seen.review, stage: 'report' } }, seen)).toBe(0);
  });

  it('refuses a snapshot of another review', () => {
    const other = makeReviewFile();
    other.review = { ...other.review, id: id(999) };
    expect(() => updateSearchIndex(buildSearchIndex(makeReviewFile()), other)).toThrow(/different review/);
  });
});
