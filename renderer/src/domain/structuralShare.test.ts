import { describe, expect, it } from 'vitest';
import { generateReview, SCALES } from '../../../test/generate/generateReview.ts';
import type { ReviewFile } from './reviewFile.ts';
import { shareStructure } from './structuralShare.ts';

/** A deep copy: what a fresh read from the database (or a decrypting one) hands back. */
const reread = <T>(value: T): T => structuredClone(value);

const row = (id: string, text: string, tags: string[] = []) => ({ id, text, tags });

describe('shareStructure', () => {
  it('returns the previous value itself when nothing changed', () => {
    const previous = { review: { id: 'r', title: 'A' }, rows: [row('1', 'one', ['x']), row('2', 'two')] };
    expect(shareStructure(previous, reread(previous))).toBe(previous);
  });

  it('keeps unchanged rows identical and makes changed rows new', () => {
    const previous = [row('1', 'one'), row('2', 'two'), row('3', 'three')];
    const next = reread(previous);
    next[1]!.text = 'TWO';
    const shared = shareStructure(previous, next);
    expect(shared).not.toBe(previous);
    expect(shared[0]).toBe(previous[0]);
    expect(shared[1]).not.toBe(previous[1]);
    expect(shared[1]).toEqual(row('2', 'TWO'));
    expect(shared[2]).toBe(previous[2]);
  });

  it('shares unchanged parts inside a changed row', () => {
    const previous = [row('1', 'one', ['a', 'b'])];
    const next = reread(previous);
    next[0]!.text = 'ONE';
    const shared = shareStructure(previous, next);
    expect(shared[0]).not.toBe(previous[0]);
    expect(shared[0]!.tags).toBe(previous[0]!.tags);
  });

  it('drops deleted rows and keeps the others identical', () => {
    const previous = [row('1', 'one'), row('2', 'two'), row('3', 'three')];
    const next = reread(previous).filter((r) => r.id !== '2');
    const shared = shareStructure(previous, next);
    expect(shared).toHaveLength(2);
    expect(shared[0]).toBe(previous[0]);
    expect(shared[1]).toBe(previous[2]);
  });

  it('follows the new order, matching rows by id', () => {
    const previous = [row('1', 'one'), row('2', 'two'), row('3', 'three')];
    const next = reread([previous[2]!, previous[0]!, previous[1]!]);
    const shared = shareStructure(previous, next);
    expect(shared.map((r) => r.id)).toEqual(['3', '1', '2']);
    expect(shared[0]).toBe(previous[2]);
    expect(shared[1]).toBe(previous[0]);
    expect(shared[2]).toBe(previous[1]);
  });

  it('adds new rows as they come', () => {
    const previous = [row('1', 'one')];
    const next = [...reread(previous), row('2', 'two')];
    const shared = shareStructure(previous, next);
    expect(shared[0]).toBe(previous[0]);
    expect(shared[1]).toBe(next[1]);
  });

  it('matches arrays without ids by position', () => {
    const previous = { ids: ['a', 'b'], nested: [[1, 2], [3]] };
    const next = reread(previous);
    next.nested[1]!.push(4);
    const shared = shareStructure(previous, next);
    expect(shared.ids).toBe(previous.ids);
    expect(shared.nested[0]).toBe(previous.nested[0]);
    expect(shared.nested[1]).toEqual([3, 4]);
  });

  it('sees a field that appears, disappears or becomes undefined', () => {
    const previous: Record<string, unknown> = { id: '1', a: 1 };
    expect(shareStructure(previous, { id: '1', a: 1, b: 2 })).not.toBe(previous);
    expect(shareStructure(previous, { id: '1' })).not.toBe(previous);
    expect(shareStructure(previous, { id: '1', b: 1 })).not.toBe(previous);
    expect(shareStructure({ id: '1', a: undefined }, { id: '1', b: undefined })).toEqual({ id: '1', b: undefined });
    // An inherited property is not a previous value.
    const next = { id: '1', constructor: Object };
    expect(shareStructure({ id: '1' }, next)).toBe(next);
  });

  it('takes the new value when the shape changes or there was nothing before', () => {
    const next = { rows: [row('1', 'one')] };
    expect(shareStructure(undefined, next)).toBe(next);
    expect(shareStructure(null, next)).toBe(next);
    expect(shareStructure({ rows: 'text' }, next)).toBe(next);
    expect(shareStructure(next, null)).toBeNull();
    expect(shareStructure([1, 2], { 0: 1, 1: 2 })).toEqual({ 0: 1, 1: 2 });
  });

  it('keeps identity through a whole review file when one passage changes', () => {
    const previous: ReviewFile = generateReview(SCALES.S);
    const next = reread(previous);
    const edited = next.excerpts[3]!;
    edited.text = `${edited.text} (amended)`;
    const shared = shareStructure(previous, next);
    expect(shared).not.toBe(previous);
    expect(shared.review).toBe(previous.review);
    expect(shared.engagements).toBe(previous.engagements);
    expect(shared.findings).toBe(previous.findings);
    expect(shared.excerpts).not.toBe(previous.excerpts);
    const kept = shared.excerpts.filter((e, i) => e === previous.excerpts[i]).length;
    expect(kept).toBe(previous.excerpts.length - 1);
    expect(shared.excerpts[3]!.text).toBe(edited.text);
    expect(shared).toEqual(next);
  });
});
