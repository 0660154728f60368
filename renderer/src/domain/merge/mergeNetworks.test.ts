import { describe, expect, it } from 'vitest';
import { parseReviewFile, type ReviewFile } from '../reviewFile.ts';
import type { Network } from '../network/schema.ts';
import { applyMergePlan, canKeepBoth, describeValue, fieldLabel, mergeReviewFiles, TABLE_LABELS } from './index.ts';
import { cloneFile, id, makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';

const AT = '2026-04-01T12:00:00.000Z';

function network(n: number, title = 'Autumn cohort'): Network {
  return {
    id: id(300 + n),
    title,
    date: '2026-03-01',
    sourceNote: 'YOT caseload, March 2026',
    people: [{ id: 'P1', label: 'YP-01' }, { id: 'P2', label: 'YP-02' }],
    incidents: [{ id: 'I1', label: 'Stabbing', kind: 'knife', date: '2026-02-01' }],
    institutions: [{ id: 'S1', label: 'PRU North', kind: 'pru' }],
    links: [{ person: 'P1', target: 'I1', role: 'victim' }, { person: 'P2', target: 'S1', from: '2025-09-01' }],
    createdAt: '2026-03-02T10:00:00.000Z',
  };
}

const start = (): ReviewFile => makeReviewFile({ networks: [network(1)] });
const edit = (file: ReviewFile, change: (f: ReviewFile) => void): ReviewFile => {
  const copy = cloneFile(file);
  change(copy);
  return copy;
};
const net = (f: ReviewFile) => f.networks![0]!;

describe('merging peer networks', () => {
  it('adds a network only their file has, and keeps one only ours has', () => {
    const ours = edit(start(), (f) => { f.networks!.push(network(2, 'Ours only')); });
    const theirs = edit(start(), (f) => { f.networks!.push(network(3, 'Theirs only')); });
    const plan = mergeReviewFiles(ours, theirs, { base: start() });
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes).toEqual([{ table: 'networks', id: id(303), kind: 'added', fields: [] }]);
    const merged = parseReviewFile(applyMergePlan(plan, undefined, { at: AT }));
    expect(merged.networks!.map((n) => n.title)).toEqual(['Autumn cohort', 'Ours only', 'Theirs only']);
  });

  it('adds their network to a review that had none, and leaves the key out when neither has one', () => {
    const none = makeReviewFile();
    const merged = parseReviewFile(applyMergePlan(mergeReviewFiles(none, start(), { base: none })));
    expect(merged.networks).toEqual([network(1)]);
    expect('networks' in applyMergePlan(mergeReviewFiles(none, makeReviewFile(), { base: none }))).toBe(false);
  });

  it('takes one-sided changes from each side: their new person and link, our new title', () => {
    const ours = edit(start(), (f) => { net(f).title = 'Autumn cohort (checked)'; });
    const theirs = edit(start(), (f) => {
      net(f).people.push({ id: 'P3', label: 'YP-03' });
      net(f).links.push({ person: 'P3', target: 'I1', role: 'witness' });
    });
    const plan = mergeReviewFiles(ours, theirs, { base: start() });
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes).toEqual([{ table: 'networks', id: id(301), kind: 'changed', fields: ['content'] }]);
    const merged = net(parseReviewFile(applyMergePlan(plan)));
    expect(merged.title).toBe('Autumn cohort (checked)');
    expect(merged.people.map((p) => p.id)).toEqual(['P1', 'P2', 'P3']);
    expect(merged.links).toHaveLength(3);
  });

  it('makes a field both sides changed a conflict on `networks`, decided either way', () => {
    const ours = edit(start(), (f) => { net(f).sourceNote = 'Our note'; });
    const theirs = edit(start(), (f) => { net(f).sourceNote = 'Their note'; });
    const plan = mergeReviewFiles(ours, theirs, { base: start() });
    expect(plan.conflicts).toEqual([{ table: 'networks', id: id(301), field: 'sourceNote', ours: 'Our note', theirs: 'Their note', base: 'YOT caseload, March 2026' }]);
    expect(net(parseReviewFile(applyMergePlan(plan, () => 'ours'))).sourceNote).toBe('Our note');
    expect(net(parseReviewFile(applyMergePlan(plan, () => 'theirs'))).sourceNote).toBe('Their note');
    expect(net(parseReviewFile(applyMergePlan(plan, () => 'both'))).sourceNote).toBe('Our note\n\nTheir note');
  });

  it('decides the people, incidents, institutions and links as one, so the network stays consistent', () => {
    // Ours removes P2 (and its link); theirs links P2 to the incident: mixing would leave a link to nobody.
    const ours = edit(start(), (f) => {
      net(f).people = net(f).people.filter((p) => p.id !== 'P2');
      net(f).links = net(f).links.filter((l) => l.person !== 'P2');
    });
    const theirs = edit(start(), (f) => { net(f).links.push({ person: 'P2', target: 'I1', role: 'perpetrator' }); });
    const plan = mergeReviewFiles(ours, theirs, { base: start() });
    expect(plan.conflicts).toEqual([expect.objectContaining({ table: 'networks', id: id(301), field: 'content' })]);
    expect(plan.summary.conflicts).toBe(1);
    expect(net(parseReviewFile(applyMergePlan(plan, () => 'ours'))).people.map((p) => p.id)).toEqual(['P1']);
    const theirsChosen = net(parseReviewFile(applyMergePlan(plan, () => 'theirs')));
    expect(theirsChosen.people.map((p) => p.id)).toEqual(['P1', 'P2']);
    expect(theirsChosen.links).toHaveLength(3);
    // "Keep both" cannot join two networks' contents: it keeps ours.
    expect(net(parseReviewFile(applyMergePlan(plan, () => 'both'))).people.map((p) => p.id)).toEqual(['P1']);
  });

  it('makes an edit against a deletion a conflict on `*`, keeping the edit by default', () => {
    const ours = edit(start(), (f) => { f.networks = []; });
    const theirs = edit(start(), (f) => { net(f).title = 'Renamed'; });
    const plan = mergeReviewFiles(ours, theirs, { base: start() });
    expect(plan.conflicts).toEqual([expect.objectContaining({ table: 'networks', id: id(301), field: '*', ours: undefined })]);
    expect(net(parseReviewFile(applyMergePlan(plan))).title).toBe('Renamed');
    expect(parseReviewFile(applyMergePlan(plan, () => 'ours')).networks).toBeUndefined();
    // And the other way round: our edit against their deletion.
    const reversed = mergeReviewFiles(theirs, ours, { base: start() });
    expect(reversed.conflicts).toEqual([expect.objectContaining({ field: '*', theirs: undefined })]);
    expect(parseReviewFile(applyMergePlan(reversed, () => 'theirs')).networks).toBeUndefined();
  });

  it('removes a network their side deleted and ours left alone', () => {
    const theirs = edit(start(), (f) => { f.networks = []; });
    const plan = mergeReviewFiles(start(), theirs, { base: start() });
    expect(plan.changes).toEqual([{ table: 'networks', id: id(301), kind: 'removed', fields: [] }]);
    expect(parseReviewFile(applyMergePlan(plan)).networks).toBeUndefined();
  });

  it('without a common ancestor shows every difference as a conflict and drops nothing by default', () => {
    const ours = edit(start(), (f) => { net(f).title = 'Ours'; });
    const theirs = edit(start(), (f) => {
      net(f).people.push({ id: 'P3', label: 'YP-03' });
      f.networks!.push(network(2, 'Theirs'));
    });
    const plan = mergeReviewFiles(ours, theirs);
    expect(plan.mode).toBe('two-way');
    expect(plan.conflicts.map((c) => `${c.table}:${c.id}:${c.field}`)).toEqual([
      `networks:${id(301)}:title`, `networks:${id(301)}:content`, `networks:${id(302)}:*`,
    ]);
    const merged = parseReviewFile(applyMergePlan(plan));
    expect(merged.networks!.map((n) => n.title)).toEqual(['Ours', 'Theirs']);
    for (const choose of ['ours', 'theirs', 'both'] as const) expect(() => parseReviewFile(applyMergePlan(plan, () => choose))).not.toThrow();
  });

  it('never keeps both titles (a title is a short label) nor a joined source note too long to save', () => {
    const long = 'x'.repeat(1500);
    const ours = edit(start(), (f) => { net(f).title = 'A'; net(f).sourceNote = long; });
    const theirs = edit(start(), (f) => { net(f).title = 'B'; net(f).sourceNote = `${long}y`; });
    const plan = mergeReviewFiles(ours, theirs, { base: start() });
    expect(plan.conflicts.map(canKeepBoth)).toEqual([false, false]);
    const merged = net(parseReviewFile(applyMergePlan(plan, () => 'both')));
    expect(merged).toMatchObject({ title: 'A', sourceNote: long });
  });

  it('names the table, the fields and a network content in plain words for the preview', () => {
    expect(TABLE_LABELS.networks).toBe('Peer network');
    expect(fieldLabel('content')).toBe('people, incidents, institutions and links');
    expect(fieldLabel('sourceNote')).toBe('source note');
    const { people, incidents, institutions, links } = network(1);
    expect(describeValue({ people, incidents, institutions, links }, new Map()))
      .toBe('2 people, 1 incident, 1 institution, 2 links (YP-01, YP-02)');
  });
});
