/**
 * Opened rows kept while unlocked, so a live query that runs again after each change
 * does not decrypt every row again. Keyed by table, primary key, IV and GCM tag: a
 * fresh IV is drawn for every write, so an unchanged key means unchanged text. It holds
 * JSON text, never objects, so each read gets a fresh object no caller can share.
 * Least recently used text goes first past the limit; the vault empties it on lock.
 */

/** About 32 MB of one-byte text: every row of an L review several times over. */
export const DEFAULT_CACHE_CHARS = 32 * 1024 * 1024;

export class RowCache {
  readonly #texts = new Map<string, string>();
  #chars = 0;

  constructor(readonly limitChars: number = DEFAULT_CACHE_CHARS) {}

  get(key: string): string | undefined {
    const text = this.#texts.get(key);
    if (text !== undefined) {
      // Map keeps insertion order: moving the entry to the end marks it recently used.
      this.#texts.delete(key);
      this.#texts.set(key, text);
    }
    return text;
  }

  set(key: string, text: string): void {
    if (text.length > this.limitChars) return;
    const old = this.#texts.get(key);
    if (old !== undefined) {
      this.#texts.delete(key);
      this.#chars -= old.length;
    }
    this.#texts.set(key, text);
    this.#chars += text.length;
    for (const [oldest, value] of this.#texts) {
      if (this.#chars <= this.limitChars) break;
      this.#texts.delete(oldest);
      this.#chars -= value.length;
    }
  }

  get size(): number {
    return this.#texts.size;
  }

  clear(): void {
    this.#texts.clear();
    this.#chars = 0;
  }
}
