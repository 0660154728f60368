import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReviewFileText } from '../renderer/src/domain/reviewFile.ts';
import { buildSample, SAMPLE_PATH, sampleBytes, slugify } from './make-sample.ts';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

describe('the sample review (scripts/make-sample.ts)', () => {
  it('is committed exactly as the script generates it now', () => {
    // If this fails, run the script again and commit templates/samples/.
    const committed = readFileSync(SAMPLE_PATH, 'utf-8');
    expect(committed).toBe(decode(sampleBytes()));
  });

  it('parses as a version 1 review file and is named after its area', () => {
    const file = parseReviewFileText(readFileSync(SAMPLE_PATH));
    expect(file).toEqual(buildSample());
    expect(SAMPLE_PATH.replace(/\\/g, '/')).toMatch(new RegExp(`/templates/samples/${slugify(file.review.area)}\\.review\\.json$`));
  });

  it('is the same on every build', () => {
    expect(decode(sampleBytes())).toBe(decode(sampleBytes()));
  });

  it('keeps every excerpt in step with its notes', () => {
    const file = buildSample();
    const notes = new Map(file.engagements.map((e) => [e.id, e.notes]));
    for (const x of file.excerpts) expect(notes.get(x.engagementId)?.slice(x.start, x.end)).toBe(x.text);
  });

  it('has notes of 150 to 400 words and names no person outside the review team', () => {
    const file = buildSample();
    for (const e of file.engagements) {
      const words = e.notes.split(/\s+/).filter(Boolean).length;
      expect(words, e.title).toBeGreaterThanOrEqual(150);
      expect(words, e.title).toBeLessThanOrEqual(400);
    }
    const text = JSON.stringify({ ...file, review: { ...file.review, reviewers: [] } });
    for (const r of file.review.reviewers) {
      for (const part of r.name.split(' ')) expect(text).not.toContain(part);
    }
  });
});
