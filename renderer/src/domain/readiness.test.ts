import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keptReadinessChecks, nextStep, readinessChecks, readinessChecksSteps, stagesReadiness, unmetChecks, type ReadinessCheck } from './readiness.ts';
import { parseReviewFileText, type ReviewFile } from './reviewFile.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));
const TODAY = '2026-03-01';

const byId = (checks: readonly ReadinessCheck[], checkId: string) => {
  const found = checks.find((c) => c.id === checkId);
  if (!found) throw new Error(`no check ${checkId}`);
  return found;
};

const empty = (file: ReviewFile): ReviewFile => ({
  ...file,
  review: { ...file.review, termsOfReference: ' ', reviewers: [] },
  agencies: [], themes: [], engagements: [], excerpts: [], findings: [], recommendations: [], actions: [],
});

describe('readiness checks', () => {
  it('meets every required check of the small complete file, and advises on the reviewer’s own words', () => {
    const checks = readinessChecks(makeReviewFile(), TODAY);
    expect(checks.filter((c) => c.severity === 'required' && !c.isMet).map((c) => c.id)).toEqual(['engage-sectors']);
    expect(byId(checks, 'engage-sectors')).toMatchObject({ message: '1 sector in scope not yet heard', items: [{ id: 'police', text: 'Police', target: { stage: 'engage' } }] });
    expect(byId(checks, 'report-summary')).toMatchObject({ isMet: false, severity: 'advisory', target: { stage: 'report', focus: 'report-summary' } });
    expect(byId(checks, 'analyse-single-voice')).toMatchObject({ message: '1 finding resting on a single voice', items: [{ id: id(50), text: 'Exclusions rise', target: { stage: 'analyse', view: 'findings', focus: id(50) } }] });
  });

  it('says what is missing from an empty review, stage by stage, with the scope first', () => {
    const checks = readinessChecks(empty(makeReviewFile()), TODAY);
    const stages = stagesReadiness(checks);
    expect(stages.map((s) => [s.stage, s.isDone])).toEqual([
      ['scope', false], ['engage', false], ['analyse', false], ['recommend', false], ['report', true], ['follow-up', false],
    ]);
    expect(nextStep(checks)).toMatchObject({ id: 'scope-terms', message: 'The terms of reference are not written yet', target: { stage: 'scope', focus: 'scope-terms' } });
    expect(byId(checks, 'engage-sectors').message).toBe('No sectors in scope to hear from yet');
    expect(byId(checks, 'scope-agencies').message).toBe('No agencies in scope yet');
  });

  it('lists quotable passages no finding uses, each linked to its passage in the coding view', () => {
    const base = makeReviewFile();
    const file = { ...base, findings: base.findings.map((f) => ({ ...f, excerptIds: [] })) };
    const unused = byId(readinessChecks(file, TODAY), 'analyse-unused-quotes');
    expect(unused.message).toBe('1 quotable passage not used by any finding, so not in the report');
    expect(unused.items).toEqual([{ id: id(40), text: '“Schools said exclusions rise in Year 9.”', target: { stage: 'analyse', view: 'code', engagementId: id(30), focus: id(40) } }]);
  });

  it('lists gaps no recommendation answers, recommendations without actions, and overdue and undated actions', () => {
    const base = makeReviewFile();
    const unanswered = readinessChecks({ ...base, recommendations: [], actions: [] }, TODAY);
    expect(byId(unanswered, 'recommend-unanswered')).toMatchObject({ message: '1 gap or barrier no recommendation answers', items: [{ id: id(50) }] });

    const bare = readinessChecks({ ...base, actions: [] }, TODAY);
    expect(byId(bare, 'follow-up-bare')).toMatchObject({ message: '1 recommendation without actions', items: [{ id: id(60), text: '1. Review exclusions', target: { stage: 'follow-up', focus: id(60) } }] });

    const late = readinessChecks(base, '2026-07-01');
    expect(byId(late, 'follow-up-overdue')).toMatchObject({ message: '1 action overdue', items: [{ id: id(70), text: 'Monthly report', target: { stage: 'follow-up', focus: id(70) } }] });
    expect(byId(readinessChecks(base, TODAY), 'follow-up-overdue').isMet).toBe(true);

    const undated = readinessChecks({ ...base, actions: base.actions.map(({ dueDate: _d, ...a }) => a) }, TODAY);
    expect(byId(undated, 'follow-up-undated')).toMatchObject({ isMet: false, message: '1 open action without a due date' });
  });

  it('flags engagements without notes and those with notes but nothing coded', () => {
    const base = makeReviewFile();
    const silent = { ...base.engagements[0]!, id: id(31), notes: '' };
    const uncoded = { ...base.engagements[0]!, id: id(32), title: '' };
    const checks = readinessChecks({ ...base, engagements: [...base.engagements, silent, uncoded] }, TODAY);
    expect(byId(checks, 'engage-notes').items).toEqual([{ id: id(31), text: 'Head teachers', target: { stage: 'engage', engagementId: id(31) } }]);
    expect(byId(checks, 'analyse-uncoded').items).toEqual([{ id: id(32), text: 'Untitled interview', target: { stage: 'analyse', view: 'code', engagementId: id(32) } }]);
  });

  it('finds what the sample review still lacks', () => {
    const missing = unmetChecks(readinessChecks(sample, '2026-12-05'));
    expect(missing.map((c) => c.id)).toEqual(['analyse-unused-quotes', 'analyse-single-voice', 'report-summary', 'report-local-context', 'follow-up-overdue']);
    expect(missing[0]!.items.map((i) => i.text)).toEqual(['“He’d finally trusted someone and then he turned eighteen on a Tuesday.”']);
    expect(missing[1]!.items.map((i) => i.text)).toEqual(['Protection stops at 18 for young people who are still being exploited']);
    expect(missing[4]!.message).toBe('10 actions overdue');
    for (const check of readinessChecks(sample, '2026-12-05')) {
      expect(check.message).toMatch(/\S/);
      if (check.isMet) expect(check.items).toEqual([]);
    }
  });
});

describe('readiness checks of a snapshot that changes', () => {
  const analyse = (checks: ReadinessCheck[]) => checks.filter((c) => c.stage === 'analyse');

  it('reuses the analyse checks while the lists they read are the same, and works them out again when one changes', () => {
    const file = makeReviewFile();
    const first = analyse(readinessChecks(file, '2026-03-01'));
    // Only the review changed (its stage): the very same checks.
    const staged = { ...file, review: { ...file.review, stage: 'report' as const } };
    const again = analyse(readinessChecks(staged, '2026-03-01'));
    expect(again.every((c, i) => c === first[i])).toBe(true);
    // A passage gone: the checks follow it, as a fresh file's would.
    const fewer = { ...staged, excerpts: [], findings: staged.findings.map((f) => ({ ...f, excerptIds: [] })) };
    const changed = analyse(readinessChecks(fewer, '2026-03-01'));
    expect(changed).not.toEqual(first);
    expect(changed).toEqual(analyse(readinessChecks(structuredClone(fewer), '2026-03-01')));
    expect(changed.find((c) => c.id === 'analyse-passages')!.isMet).toBe(false);
  });

  it('keeps each stage’s checks per the lists it reads, and always equals a fresh look', () => {
    let file = makeReviewFile();
    const today = '2026-03-01';
    expect(keptReadinessChecks(file, today)).toBeUndefined();
    const steps = readinessChecksSteps(file, today);
    let stops = 0;
    while (!steps.next().done) stops += 1;
    expect(stops).toBe(6); // one stop per stage worked out
    const first = keptReadinessChecks(file, today)!;
    expect(first).toEqual(readinessChecks(structuredClone(file), today));
    // Only the actions changed: the other stages' checks are the very same objects.
    const edits: Array<(f: ReviewFile) => ReviewFile> = [
      (f) => ({ ...f, actions: f.actions.map((a, i) => (i === 0 ? { ...a, dueDate: '2026-01-01', status: 'on-track' as const } : a)) }),
      (f) => ({ ...f, review: { ...f.review, termsOfReference: '' } }),
      (f) => ({ ...f, engagements: f.engagements.map((e, i) => (i === 0 ? { ...e, notes: '' } : e)) }),
      (f) => ({ ...f, recommendations: f.recommendations.slice(1) }),
      (f) => ({ ...f, themes: [...f.themes].reverse() }),
    ];
    for (const edit of edits) {
      const next = edit(file);
      const before = keptReadinessChecks(file, today)!;
      const after = readinessChecks(next, today);
      expect(after).toEqual(readinessChecks(structuredClone(next), today));
      if (next.actions !== file.actions) expect(after.filter((c) => c.stage === 'scope').every((c, i) => c === before[i])).toBe(true);
      file = next;
    }
    // A new day is a different follow-up check, and only that stage is worked out again.
    const later = readinessChecksSteps(file, '2027-03-01');
    let laterStops = 0;
    while (!later.next().done) laterStops += 1;
    expect(laterStops).toBe(1);
  });
});
