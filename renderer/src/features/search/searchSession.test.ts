import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateReview, SCALES } from '../../../../test/generate/generateReview.ts';
import { cloneFile, id, makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';
import { releaseSearchSessions, retainSearchSession, SearchSession, searchSessionFor } from './searchSession.ts';

const ready = (session: SearchSession) => new Promise<void>((resolve) => {
  const stop = session.subscribe(() => {
    stop();
    resolve();
  });
});

describe('SearchSession', () => {
  afterEach(() => vi.useRealTimers());

  it('builds once, in slices, then follows later snapshots', async () => {
    const file = generateReview(SCALES.S);
    const session = new SearchSession(file.review.id);
    expect(session.search(file, 'school', {})).toBeUndefined();
    const built = ready(session);
    session.prepare(file);
    session.prepare(file); // a second call while building starts nothing new
    await built;
    expect(session.isReady()).toBe(true);
    expect((await session.search(file, 'underpass', {})!).total).toBe(0);

    const edited = cloneFile(file);
    edited.engagements[0]!.notes += ' Met at the underpass.';
    expect((await session.search(edited, 'underpass', {})!).total).toBe(1);
    // Without a snapshot (one is loading) it answers from the last one it saw.
    expect((await session.search(undefined, 'underpass', {})!).total).toBe(1);
  });

  it('builds in the background only in idle moments, and at once when a search is wanted', async () => {
    // A browser that is never idle: the background build waits, and a wanted search wakes it.
    const idle = vi.fn(() => 1);
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    try {
      const file = generateReview(SCALES.S);
      const session = new SearchSession(file.review.id);
      session.prepare(file, 'when-idle');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(idle).toHaveBeenCalledTimes(1);
      expect(session.isReady()).toBe(false);
      const built = ready(session);
      session.prepare(file); // the results panel opens: build now
      await built;
      expect(idle).toHaveBeenCalledTimes(1);
      expect((await session.search(file, 'school', {})!).total).toBeGreaterThan(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stops a build when disposed', async () => {
    const file = generateReview(SCALES.S);
    const session = new SearchSession(file.review.id);
    const listener = vi.fn();
    session.subscribe(listener);
    session.prepare(file);
    session.dispose();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listener).not.toHaveBeenCalled();
    expect(session.isReady()).toBe(false);
  });

  it('keeps one review’s session across a remount and lets it go once the review is left', () => {
    vi.useFakeTimers();
    const first = searchSessionFor(makeReviewFile().review.id);
    first.rememberQuery('kestrel');
    const release = retainSearchSession(first);
    release(); // the workspace unmounts for a change of stage…
    expect(searchSessionFor(first.reviewId)).toBe(first); // …and mounts again at once
    const releaseAgain = retainSearchSession(first);
    vi.advanceTimersByTime(10_000);
    expect(searchSessionFor(first.reviewId)).toBe(first);
    expect(first.lastQuery()).toBe('kestrel');
    releaseAgain();
    vi.advanceTimersByTime(10_000);
    expect(searchSessionFor(first.reviewId)).not.toBe(first);
    expect(searchSessionFor(id(999))).not.toBe(searchSessionFor(first.reviewId));
  });

  it('lets the kept session go at once when the app locks, even while a search box holds it', async () => {
    const file = generateReview(SCALES.S);
    const session = searchSessionFor(file.review.id);
    session.rememberQuery('underpass');
    retainSearchSession(session);
    const built = ready(session);
    session.prepare(file);
    await built;
    releaseSearchSessions();
    expect(session.isReady()).toBe(false);
    expect(session.search(file, 'school', {})).toBeUndefined();
    const next = searchSessionFor(file.review.id);
    expect(next).not.toBe(session);
    expect(next.lastQuery()).toBe('');
  });
});
