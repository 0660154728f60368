/**
 * What a query typed key by key asks of the search box. The box searches for the trimmed
 * text, so a key that leaves the trimmed text as it was (a space) starts no new search
 * and has no results of its own to wait for.
 */
export interface Keystroke {
  key: string;
  /** The trimmed text whose results this key should bring, or null when it brings none. */
  expects: string | null;
}

export function keystrokes(query: string): Keystroke[] {
  let typed = '';
  let searched = '';
  return [...query].map((key) => {
    typed += key;
    const trimmed = typed.trim();
    const expects = trimmed !== '' && trimmed !== searched ? trimmed : null;
    searched = trimmed;
    return { key, expects };
  });
}

/** The queries the bench types: every `step`-th one, so a run stays within its time. */
export function everyNth<T>(items: readonly T[], step: number): T[] {
  return items.filter((_, i) => i % step === 0);
}

/**
 * The search box's debounce, read from its source (renderer/src/features/search/
 * ReviewSearch.tsx) so the bench follows the app rather than a copy of its number.
 * Undefined when the box no longer declares one.
 */
export function searchDebounceMs(source: string): number | undefined {
  const match = /\bconst DEBOUNCE_MS\s*=\s*(\d+)\s*;/.exec(source);
  return match ? Number(match[1]) : undefined;
}
