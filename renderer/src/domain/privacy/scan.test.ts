import { describe, expect, it, vi } from 'vitest';
import { generateReview } from '../../../../test/generate/generateReview.ts';
import type { ReviewFile } from '../reviewFile.ts';
import { fieldsInScope, type PersonalDataScope } from './fields.ts';
import { findQuoteRisks, type PersonalDataHit } from './index.ts';
import { detectPersonalData, namePattern } from './patterns.ts';
import { checkPersonalData } from './scan.ts';
import { runAtOnce, runInSlices } from '../steps.ts';

const NAMES = ['Jayden Cole'];

/** A generated review with personal data planted in fields each export carries differently. */
function planted(): ReviewFile {
  const file = generateReview({ engagements: 24, wordsPerEngagement: 120, passagesPerEngagement: 4 });
  const quoted = file.excerpts.findIndex((x) => x.isQuote);
  const unquoted = file.excerpts.findIndex((x) => !x.isQuote);
  return {
    ...file,
    review: { ...file.review, summary: 'Call 07700 900123 about Jayden Cole.' },
    engagements: file.engagements.map((e, i) => (i === 3 ? { ...e, title: 'Met Mr Okafor', notes: 'jayden.cole@example.org' } : e)),
    excerpts: file.excerpts.map((x, i) => (i === quoted ? { ...x, text: 'Jayden Cole lives at SW1A 1AA' } : i === unquoted ? { ...x, text: 'DOB 01/02/2010' } : x)),
    findings: file.findings.map((f, i) => (i === 1 ? { ...f, detail: 'NI number QQ 12 34 56 C' } : f)),
    actions: file.actions.map((a, i) => (i === 0 ? { ...a, updates: [{ date: '2026-03-01', note: 'Rang DC Hale on 07700 900456', status: 'on-track' as const }] } : a)),
  };
}

/** The check written out plainly, field by field, to compare the steps against. */
function oneShot(file: ReviewFile, scope: PersonalDataScope): PersonalDataHit[] {
  const names = namePattern(NAMES);
  return fieldsInScope(file, scope).flatMap((field) => {
    const seen = new Set<string>();
    return detectPersonalData(field.text, names).filter((m) => {
      const key = `${m.kind}|${m.text}`;
      return !seen.has(key) && Boolean(seen.add(key));
    }).map((m) => ({ path: field.path, kind: m.kind, text: m.text }));
  });
}

const SCOPES: PersonalDataScope[] = ['reports', 'word', 'excel', 'review-file', 'backup'];

describe('the personal-data check in slices', () => {
  it('finds exactly what the one-shot check finds, in the same order, in every scope', async () => {
    const file = planted();
    for (const scope of SCOPES) {
      const sliced = await runInSlices(checkPersonalData(file, { names: NAMES, scope }, 50), () => Promise.resolve());
      expect(sliced.hits.length, scope).toBeGreaterThan(0);
      expect(sliced.hits, scope).toEqual(oneShot(file, scope));
      expect(sliced.risks, scope).toEqual(findQuoteRisks(file, { scope }));
      expect(runAtOnce(checkPersonalData(file, { names: NAMES, scope }))).toEqual(sliced);
    }
  });

  it('pauses between slices of fields, so a large review never scans in one go', async () => {
    const file = planted();
    const fields = fieldsInScope(file, 'review-file').length;
    const pause = vi.fn(() => Promise.resolve());
    await runInSlices(checkPersonalData(file, { names: NAMES, scope: 'reports' }, 50), pause);
    expect(fields).toBeGreaterThan(500);
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(Math.floor(fields / 50));
  });

  it('says which exports carry each hit, as the Word and Excel field lists do', async () => {
    const file = planted();
    const { hits, carriersOf } = await runInSlices(checkPersonalData(file, { names: NAMES }, 50), () => Promise.resolve());
    const word = new Set(fieldsInScope(file, 'word').map((f) => f.path));
    const excel = new Set(fieldsInScope(file, 'excel').map((f) => f.path));
    expect(hits.some((h) => word.has(h.path) && !excel.has(h.path))).toBe(true);
    expect(hits.some((h) => excel.has(h.path) && !word.has(h.path))).toBe(true);
    for (const hit of hits) {
      expect(carriersOf.get(hit.path)!.includes('word'), hit.path).toBe(word.has(hit.path));
      expect(carriersOf.get(hit.path)!.includes('excel'), hit.path).toBe(excel.has(hit.path));
    }
  });

  it('stops at the next pause once aborted, and rejects', async () => {
    const file = planted();
    const controller = new AbortController();
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      if (pauses === 2) controller.abort(new Error('left the screen'));
      return Promise.resolve();
    };
    await expect(runInSlices(checkPersonalData(file, { names: NAMES }, 50), pause, controller.signal)).rejects.toThrow('left the screen');
    expect(pauses).toBe(2);
  });
});
