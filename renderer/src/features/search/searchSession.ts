/**
 * One review's search while its workspace is open, outside React state so that it
 * survives the results panel closing and the workspace re-mounting on each change of
 * stage (App keys the screen by stage), and is built only once. The index lives in a
 * worker (search/worker.ts): this thread makes each source's documents, in slices of a few
 * milliseconds between which the browser handles key presses, and sends them over; the
 * worker indexes them and answers queries, so neither holds up typing or drawing. Later
 * snapshots are sent as changes, and only when a search needs them. Nothing here is
 * ever stored.
 */
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { eachSourceDocs, takeSearchChanges, type Signatures, type SourceDocs } from '../../search/changes.ts';
import type { PerKind, SearchOutcome } from '../../search/protocol.ts';
import { openSearchClient, type SearchClient, type SearchWorkerFactory } from '../../search/searchClient.ts';

/** Longest stretch of making documents before giving the browser a turn. */
const SLICE_MS = 8;
/**
 * Most characters sent in one message: sending copies the text on this thread, and at
 * 3,000 engagements a slice's worth of notes took 64 ms to copy.
 */
const BATCH_CHARACTERS = 200_000;

const sizeOf = (source: SourceDocs) => source.docs.reduce((sum, doc) => sum + doc.body.length + doc.title.length + doc.heading.length, 0);

/** Gives the browser a turn; a message is not clamped to 4 ms as nested timers are. */
function nextTurn(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(SLICE_MS);
    };
    channel.port2.postMessage(null);
  });
}

/** Most a browser waits for an idle moment before a slice runs anyway. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Waits for a moment when the browser has nothing else to do, and says how long that
 * moment lasts (at most a slice), so a build in the background gives way to the screen's
 * own drawing; `wake` ends the wait at once. Where there is no such wait (Node), a plain turn.
 */
function idleTurn(onWake: (wake: () => void) => void): Promise<number> {
  if (typeof requestIdleCallback !== 'function') return nextTurn();
  return new Promise((resolve) => {
    const id = requestIdleCallback(
      (deadline) => resolve(deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()))),
      { timeout: IDLE_TIMEOUT_MS },
    );
    onWake(() => {
      cancelIdleCallback(id);
      resolve(SLICE_MS);
    });
  });
}

export class SearchSession {
  private client: SearchClient | undefined;
  /** What each source was sent from, so later snapshots send only what changed. */
  private readonly signatures: Signatures = new Map();
  private indexedFile: ReviewFile | undefined;
  private isSent = false;
  private isDisposed = false;
  /** Someone is waiting to search: build in every turn, not only in idle moments. */
  private isWanted = false;
  /** Ends a wait for an idle moment. */
  private wake: (() => void) | undefined;
  private readonly listeners = new Set<() => void>();
  /** The last query typed, so it is still in the box after following a result. */
  private query = '';

  constructor(readonly reviewId: string, private readonly createWorker?: SearchWorkerFactory) {}

  /** True once every source has been sent to the index (for useSyncExternalStore). */
  readonly isReady = (): boolean => this.isSent;

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

  /**
   * Starts building from this snapshot, unless a build is under way or done. In the
   * background (`when-idle`, as a screen opens) the build runs only in the browser's idle
   * moments, so the screen draws first; once a search is wanted it runs in every turn.
   */
  prepare(file: ReviewFile, when: 'now' | 'when-idle' = 'now'): void {
    if (when === 'now') {
      this.isWanted = true;
      this.wake?.();
    }
    if (this.client || this.isDisposed) return;
    this.client = openSearchClient(this.createWorker);
    this.client.send({ type: 'start', reviewId: this.reviewId });
    void this.build(this.client, file);
  }

  private async build(client: SearchClient, file: ReviewFile): Promise<void> {
    const steps = eachSourceDocs(file, this.signatures);
    let step = steps.next();
    while (!step.done) {
      const budget = await (this.isWanted ? nextTurn() : idleTurn((wake) => { this.wake = wake; }));
      this.wake = undefined;
      if (this.isDisposed) return;
      const started = performance.now();
      const put: SourceDocs[] = [];
      let characters = 0;
      do {
        put.push(step.value);
        characters += sizeOf(step.value);
        step = steps.next();
      } while (!step.done && characters < BATCH_CHARACTERS && performance.now() - started < budget);
      client.send({ type: 'changes', changes: { put, remove: [] } });
    }
    this.indexedFile = file;
    this.isSent = true;
    this.listeners.forEach((listener) => listener());
  }

  /**
   * Searches the index as of `file`, first sending any changes since the snapshot it last
   * saw (cheap: only the lists that changed are looked at, only changed items are sent);
   * without a file (the panel has just opened and its snapshot is loading), as last seen.
   * Undefined until built.
   */
  search(file: ReviewFile | undefined, query: string, perKind: PerKind): Promise<SearchOutcome> | undefined {
    if (!this.isSent || !this.client) return undefined;
    if (file && this.indexedFile !== file) {
      const changes = takeSearchChanges(this.signatures, file, this.indexedFile);
      this.indexedFile = file;
      if (changes.put.length > 0 || changes.remove.length > 0) this.client.send({ type: 'changes', changes });
    }
    return this.client.search(query, perKind);
  }

  /** Stops a build under way and ends the worker, and with it the index. */
  dispose(): void {
    this.isDisposed = true;
    this.isSent = false;
    this.client?.close();
    this.client = undefined;
    this.signatures.clear();
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
