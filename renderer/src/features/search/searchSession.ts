/**
 * One review's search index while its workspace is open, outside React state so that it
 * survives the results panel closing and the workspace re-mounting on each change of
 * stage (App keys the screen by stage), and is built only once. The first build runs in
 * slices of a few milliseconds between which the browser handles key presses, so typing
 * stays responsive while a large review is indexed; later snapshots are applied
 * incrementally, and only when a search needs them. Nothing here is ever stored.
 */
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { buildSearchIndexSteps, searchReviewGrouped, updateSearchIndex, type SearchIndex, type SearchKind } from '../../search/searchIndex.ts';

/** Longest stretch of indexing before giving the browser a turn. */
const SLICE_MS = 12;

/** Gives the browser a turn; a message is not clamped to 4 ms as nested timers are. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export class SearchSession {
  private index: SearchIndex | undefined;
  private indexedFile: ReviewFile | undefined;
  private isBuilding = false;
  private isDisposed = false;
  private readonly listeners = new Set<() => void>();
  /** The last query typed, so it is still in the box after following a result. */
  private query = '';

  constructor(readonly reviewId: string) {}

  /** True once the index exists (for useSyncExternalStore). */
  readonly isReady = (): boolean => this.index !== undefined;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  rememberQuery(query: string): void {
    this.query = query;
  }

  lastQuery(): string {
    return this.query;
  }

  /** Starts building from this snapshot, unless a build is under way or done. */
  prepare(file: ReviewFile): void {
    if (this.index || this.isBuilding || this.isDisposed) return;
    this.isBuilding = true;
    void this.build(file);
  }

  private async build(file: ReviewFile): Promise<void> {
    const steps = buildSearchIndexSteps(file);
    for (;;) {
      await nextTurn();
      if (this.isDisposed) return;
      const started = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - started < SLICE_MS) step = steps.next();
      if (step.done) {
        this.index = step.value;
        this.indexedFile = file;
        break;
      }
    }
    this.isBuilding = false;
    this.listeners.forEach((listener) => listener());
  }

  /**
   * Searches the index as of `file`, first applying any changes since the snapshot it
   * last saw (cheap: only the lists that changed are looked at, only changed items are
   * re-indexed); without a file (the panel has just opened and its snapshot is
   * loading), as last seen. Undefined until built.
   */
  search(file: ReviewFile | undefined, query: string, perKind: Partial<Record<SearchKind, number>>) {
    if (!this.index) return undefined;
    if (file && this.indexedFile !== file) {
      updateSearchIndex(this.index, file, this.indexedFile);
      this.indexedFile = file;
    }
    return searchReviewGrouped(this.index, query, perKind);
  }

  /** Stops a build under way and lets the index go. */
  dispose(): void {
    this.isDisposed = true;
    this.index = undefined;
    this.indexedFile = undefined;
  }
}

// The one session kept: that of the review whose workspace is open. A stage change
// unmounts and mounts the workspace in one go, so a release waits a moment before
// letting the index go; leaving the review (or opening another) does let it go.
const RELEASE_AFTER_MS = 2000;
let shared: { session: SearchSession; users: number; releaseTimer?: ReturnType<typeof setTimeout> } | undefined;

/** The session for a review: the kept one if it is this review's, else a new one. */
export function searchSessionFor(reviewId: string): SearchSession {
  if (shared?.session.reviewId === reviewId) return shared.session;
  if (shared) {
    clearTimeout(shared.releaseTimer);
    shared.session.dispose();
  }
  shared = { session: new SearchSession(reviewId), users: 0 };
  return shared.session;
}

/** Marks a session in use by a mounted search box; returns the release for unmount. */
export function retainSearchSession(session: SearchSession): () => void {
  if (shared?.session !== session) return () => undefined;
  const entry = shared;
  entry.users += 1;
  clearTimeout(entry.releaseTimer);
  return () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    entry.releaseTimer = setTimeout(() => {
      if (shared !== entry || entry.users > 0) return;
      entry.session.dispose();
      shared = undefined;
    }, RELEASE_AFTER_MS);
  };
}

/** Lets the kept index go at once, as the app locks: no review text stays in memory. */
export function releaseSearchSessions(): void {
  if (!shared) return;
  clearTimeout(shared.releaseTimer);
  shared.session.dispose();
  shared = undefined;
}
