import { describe, expect, it } from 'vitest';
import { parseReviewFile, type ReviewFile } from '../reviewFile.ts';
import { applyMergePlan, mergeReviewFiles, MergeError } from './index.ts';
import { cloneFile, id, makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';

const AT = '2026-04-01T12:00:00.000Z';
const base = () => makeReviewFile();
const edit = (file: ReviewFile, change: (f: ReviewFile) => void): ReviewFile => {
  const copy = cloneFile(file);
  change(copy);
  return copy;
};

describe('mergeReviewFiles, three-way', () => {
  it('finds nothing to do when both files are the same', () => {
    const plan = mergeReviewFiles(base(), base(), { base: base() });
    expect(plan.summary).toEqual({ added: 0, changed: 0, removed: 0, conflicts: 0 });
    expect(plan.conflicts).toEqual([]);
    expect(plan.mode).toBe('three-way');
  });

  it('takes a change made on one side only, on each side, without conflict', () => {
    const ours = edit(base(), (f) => { f.findings[0]!.detail = 'Our detail'; });
    const theirs = edit(base(), (f) => { f.findings[0]!.title = 'Their title'; });
    const plan = mergeReviewFiles(ours, theirs, { base: base() });
    expect(plan.conflicts).toEqual([]);
    expect(plan.summary).toMatchObject({ changed: 1, conflicts: 0 });
    expect(plan.changes).toEqual([{ table: 'findings', id: id(50), kind: 'changed', fields: ['title'] }]);
    const merged = parseReviewFile(applyMergePlan(plan, undefined, { at: AT }));
    expect(merged.findings[0]).toMatchObject({ title: 'Their title', detail: 'Our detail' });
  });

  it('makes a field both sides changed differently a conflict, decided as chosen and logged', () => {
    const ours = edit(base(), (f) => { f.findings[0]!.title = 'Ours'; });
    const theirs = edit(base(), (f) => { f.findings[0]!.title = 'Theirs'; });
    const plan = mergeReviewFiles(ours, theirs, { base: base() });
    expect(plan.conflicts).toEqual([{ table: 'findings', id: id(50), field: 'title', ours: 'Ours', theirs: 'Theirs', base: 'Exclusions rise' }]);
    expect(plan.summary.conflicts).toBe(1);
    const merged = parseReviewFile(applyMergePlan(plan, () => 'theirs', { at: AT, from: 'Sam' }));
    expect(merged.findings[0]!.title).toBe('Theirs');
    expect(merged.review.mergeLog).toEqual([expect.objectContaining({
      at: AT, from: 'Sam', mode: 'three-way', choices: [{ table: 'findings', id: id(50), field: 'title', chose: 'theirs' }],
    })]);
    expect(parseReviewFile(applyMergePlan(plan)).findings[0]!.title).toBe('Ours'); // default: ours
  });

  it('makes an edit against a deletion a conflict on `*`, keeping the edit by default', () => {
    const ours = edit(base(), (f) => { f.actions = []; });
    const theirs = edit(base(), (f) => { f.actions[0]!.description = 'Weekly report'; });
    const plan = mergeReviewFiles(ours, theirs, { base: base() });
    expect(plan.conflicts).toEqual([expect.objectContaining({ table: 'actions', id: id(70), field: '*', ours: undefined })]);
    expect(parseReviewFile(applyMergePlan(plan)).actions[0]!.description).toBe('Weekly report');
    expect(parseReviewFile(applyMergePlan(plan, () => 'ours')).actions).toEqual([]);
  });

  it('removes what their side deleted and ours left alone, and adds what they added', () => {
    const theirs = edit(base(), (f) => {
      f.actions = [];
      f.agencies.push({ id: id(12), name: 'Youth club', sector: 'youth-services' });
    });
    const plan = mergeReviewFiles(base(), theirs, { base: base() });
    expect(plan.summary).toEqual({ added: 1, changed: 0, removed: 1, conflicts: 0 });
    const merged = parseReviewFile(applyMergePlan(plan));
    expect(merged.actions).toEqual([]);
    expect(merged.agencies.map((a) => a.id)).toEqual([id(10), id(11), id(12)]);
  });

  it('merges lists both sides changed as sets (codes added on each side are both kept)', () => {
    const ours = edit(base(), (f) => { f.excerpts[0]!.themeIds = [id(21), id(20)]; });
    const theirs = edit(base(), (f) => { f.excerpts[0]!.themeIds = []; f.themes.push({ id: id(22), name: 'Police', order: 1 }); f.excerpts[0]!.themeIds = [id(21), id(22)]; });
    const plan = mergeReviewFiles(ours, theirs, { base: base() });
    expect(plan.conflicts).toEqual([]);
    expect(parseReviewFile(applyMergePlan(plan)).excerpts[0]!.themeIds).toEqual([id(21), id(20), id(22)]);
  });

  it('identifies by id, never by name: two themes of the same name both stay', () => {
    const theirs = edit(base(), (f) => { f.themes.push({ id: id(23), name: 'Education', order: 5 }); });
    const merged = parseReviewFile(applyMergePlan(mergeReviewFiles(base(), theirs, { base: base() })));
    expect(merged.themes.filter((t) => t.name === 'Education').map((t) => t.id)).toEqual([id(20), id(23)]);
  });

  it('restores a theme their side deleted when our new passage is coded to it', () => {
    const ours = edit(base(), (f) => {
      f.excerpts.push({ ...f.excerpts[0]!, id: id(41), start: 40, end: 72, text: f.engagements[0]!.notes.slice(40, 72), themeIds: [id(20)] });
    });
    const theirs = edit(base(), (f) => { f.themes = f.themes.filter((t) => t.id !== id(20)); delete f.themes[0]!.parentId; });
    const plan = mergeReviewFiles(ours, theirs, { base: base() });
    const merged = parseReviewFile(applyMergePlan(plan));
    expect(merged.themes.map((t) => t.id)).toContain(id(20));
    expect(merged.excerpts.map((x) => x.id)).toEqual([id(40), id(41)]);
  });

  it('keeps both texts of conflicting notes on request, and every passage finds its words again', () => {
    const theirNotes = 'Youth workers said the club closed.\nParents worry about the station.';
    const ours = edit(base(), (f) => { f.engagements[0]!.notes += '\nOur extra line.'; });
    const theirs = edit(base(), (f) => {
      f.engagements[0]!.notes = theirNotes;
      f.excerpts[0] = { ...f.excerpts[0]!, start: 0, end: 35, text: theirNotes.slice(0, 35) };
      f.excerpts.push({ ...f.excerpts[0]!, id: id(41), start: 36, end: 68, text: theirNotes.slice(36, 68) });
    });
    const plan = mergeReviewFiles(ours, theirs, { base: base() });
    expect(plan.conflicts.map((c) => c.field)).toEqual(['notes']);
    const merged = parseReviewFile(applyMergePlan(plan, () => 'both'));
    const notes = merged.engagements[0]!.notes;
    expect(notes).toBe(`${ours.engagements[0]!.notes}\n\n${theirNotes}`);
    for (const x of merged.excerpts) expect(notes.slice(x.start, x.end)).toBe(x.text);
    expect(merged.review.mergeLog?.[0]?.flaggedExcerptIds).toBeUndefined();
  });

  it('flags a passage whose words are gone from the merged notes, and keeps it', () => {
    const ours = edit(base(), (f) => { f.engagements[0]!.notes = 'Completely rewritten notes with other words.'; });
    const theirs = edit(base(), (f) => { f.excerpts[0]!.isQuote = false; });
    const plan = mergeReviewFiles(ours, theirs, { base: base() });
    const merged = parseReviewFile(applyMergePlan(plan));
    expect(merged.excerpts).toHaveLength(1);
    expect(merged.excerpts[0]).toMatchObject({ text: base().excerpts[0]!.text, isQuote: false });
    expect(merged.review.mergeLog?.[0]?.flaggedExcerptIds).toEqual([id(40)]);
  });

  it('renumbers recommendations both sides added under the same number', () => {
    const add = (n: number) => (f: ReviewFile) => {
      f.recommendations.push({ ...f.recommendations[0]!, id: id(n), number: 2, title: `Rec ${n}` });
    };
    const plan = mergeReviewFiles(edit(base(), add(61)), edit(base(), add(62)), { base: base() });
    const merged = parseReviewFile(applyMergePlan(plan));
    expect(merged.recommendations.map((r) => [r.id, r.number])).toEqual([[id(60), 1], [id(61), 2], [id(62), 3]]);
  });

  it('breaks a theme loop made by two one-sided moves', () => {
    const start = edit(base(), (f) => { delete f.themes[1]!.parentId; });
    const ours = edit(start, (f) => { f.themes[0]!.parentId = id(21); });
    const theirs = edit(start, (f) => { f.themes[1]!.parentId = id(20); });
    expect(() => parseReviewFile(applyMergePlan(mergeReviewFiles(ours, theirs, { base: start })))).not.toThrow();
  });

  it('keeps every merge log entry from both sides', () => {
    const entry = { at: '2026-03-10T10:00:00.000Z', fileExportedAt: AT, mode: 'two-way' as const, added: 0, changed: 0, removed: 0, choices: [] };
    const theirs = edit(base(), (f) => { f.review.mergeLog = [entry]; });
    const merged = parseReviewFile(applyMergePlan(mergeReviewFiles(base(), theirs, { base: base() }), undefined, { at: AT }));
    expect(merged.review.mergeLog?.map((e) => e.at)).toEqual([entry.at, AT]);
  });
});

describe('mergeReviewFiles, two-way (no common ancestor)', () => {
  it('shows every difference as a conflict, even a change on one side', () => {
    const theirs = edit(base(), (f) => { f.findings[0]!.title = 'Theirs'; });
    const plan = mergeReviewFiles(base(), theirs);
    expect(plan.mode).toBe('two-way');
    expect(plan.conflicts).toEqual([{ table: 'findings', id: id(50), field: 'title', ours: 'Exclusions rise', theirs: 'Theirs' }]);
  });

  it('drops nothing by default: entities on one side only are kept', () => {
    const ours = edit(base(), (f) => { f.actions = []; });
    const theirs = edit(base(), (f) => { f.agencies.push({ id: id(12), name: 'Youth club', sector: 'youth-services' }); });
    const plan = mergeReviewFiles(ours, theirs);
    expect(plan.conflicts.map((c) => [c.table, c.field])).toEqual([['agencies', '*'], ['actions', '*']]);
    const merged = parseReviewFile(applyMergePlan(plan));
    expect(merged.actions).toHaveLength(1);
    expect(merged.agencies).toHaveLength(3);
  });

  it('refuses a file of another review', () => {
    const other = edit(base(), (f) => { f.review.id = id(99); });
    expect(() => mergeReviewFiles(base(), other)).toThrow(MergeError);
  });
});
