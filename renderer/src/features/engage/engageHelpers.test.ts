import { describe, expect, it } from 'vitest';
import type { NotesDraft } from '../../db/database.ts';
import { createDraftWriter } from './draftWriter.ts';
import { formValues, parseEngagementForm } from './engagementForm.ts';
import { guideForThemes } from './guideForThemes.ts';
import { formatDate, wordCount } from './format.ts';
import { loadTemplates } from '../../templates/loadTemplates.ts';

const draft = (notes: string): NotesDraft => ({ engagementId: 'e', reviewId: 'r', notes, savedAt: notes.length });

describe('createDraftWriter', () => {
  it('writes in a microtask, keeps only the newest text while a write runs, and reports idle', async () => {
    const written: string[] = [];
    let release: () => void = () => undefined;
    const writer = createDraftWriter((d) => {
      written.push(d.notes);
      return new Promise<void>((resolve) => { release = resolve; });
    });
    writer.write(draft('a'));
    expect(written).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(written).toEqual(['a']);
    writer.write(draft('ab'));
    writer.write(draft('abc'));
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(written).toEqual(['a', 'abc']);
    release();
    await writer.idle();
    writer.write(draft('abcd'));
    const done = writer.idle();
    await new Promise((r) => setTimeout(r, 0));
    release();
    await done;
    expect(written).toEqual(['a', 'abc', 'abcd']);
  });

  it('carries on after a failed write', async () => {
    const written: string[] = [];
    const writer = createDraftWriter(async (d) => {
      written.push(d.notes);
      if (d.notes === 'x') throw new Error('disk full');
    });
    writer.write(draft('x'));
    await writer.idle();
    writer.write(draft('xy'));
    await writer.idle();
    expect(written).toEqual(['x', 'xy']);
  });
});

describe('engagement form', () => {
  it('starts a new engagement as a one-to-one interview today and round-trips an existing one', () => {
    expect(formValues(undefined, '2026-03-02')).toMatchObject({ kind: 'interview', date: { day: '2', month: '3', year: '2026' }, participantCount: '1' });
    const values = { ...formValues(undefined, '2026-03-02'), title: '  Sergeants ', roles: 'Sergeant\n\n  PCSO  \n', participantCount: '4', durationMinutes: '' };
    const { details, errors } = parseEngagementForm(values);
    expect(errors).toEqual({});
    expect(details).toEqual({ kind: 'interview', date: '2026-03-02', title: 'Sergeants', agencyIds: [], roles: ['Sergeant', 'PCSO'], participantCount: 4, reviewerIds: [] });
    expect(formValues({ ...details!, id: 'x', notes: '', durationMinutes: 45 }, '2000-01-01')).toMatchObject({ roles: 'Sergeant\nPCSO', participantCount: '4', durationMinutes: '45' });
  });

  it('asks for a date when the boxes are empty', () => {
    const { errors } = parseEngagementForm({ ...formValues(undefined, '2026-03-02'), date: { day: '', month: '', year: '' }, title: 'A' });
    expect(errors).toEqual({ date: 'Enter the date of the engagement' });
  });

  it('names every problem in plain words', () => {
    const { details, errors } = parseEngagementForm({ ...formValues(undefined, '2026-02-30'), participantCount: 'six', durationMinutes: '1.5' });
    expect(details).toBeUndefined();
    expect(errors).toEqual({
      date: 'Date of the engagement must be a real date',
      title: 'Enter a title for the engagement',
      participantCount: 'Enter the number of participants as a whole number, like 6',
      durationMinutes: 'Enter the duration as a whole number of minutes, like 90',
    });
  });
});

describe('guideForThemes', () => {
  const template = loadTemplates().templates.find((t) => t.id === 'local-review')!;

  it('matches review themes to template themes by name, ignoring case, in tree order', () => {
    const guides = guideForThemes(template, [
      { id: 'b', name: 'a theme of our own', order: 1 },
      { id: 'a', name: '  county LINES ', order: 0 },
    ]);
    expect(guides.map((g) => g.themeId)).toEqual(['a']);
    expect(guides[0]!.questions.length).toBeGreaterThanOrEqual(3);
    expect(guides[0]!.prompts.length).toBeGreaterThanOrEqual(2);
  });

  it('is empty without a template', () => {
    expect(guideForThemes(undefined, [{ id: 'a', name: 'County lines', order: 0 }])).toEqual([]);
  });
});

describe('format', () => {
  it('reads dates as calendar dates and counts words', () => {
    expect(formatDate('2026-03-02')).toBe('2 March 2026');
    expect(wordCount('  one two\nthree  ')).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});
