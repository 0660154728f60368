/**
 * Search as you type across the open review (notes, coded passages, findings,
 * recommendations and actions), above every workspace screen. Unused, it is one line.
 * The index is built in the background once the review is read (in the browser's idle
 * moments, so the screen draws first), so a first search of a large review need not wait for it; it
 * lives in memory only, and is kept while the review is open;
 * results are live while the search is open. Keys: "/" or Ctrl+K to come here, Down to
 * reach the results, Up and Down through them, Escape back to the box, then to clear it.
 */
import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useReviewFile } from '../workspace/useReviewFile.ts';
import { SearchResults } from './SearchResults.tsx';
import { retainSearchSession, searchSessionFor, type SearchSession } from './searchSession.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';
import { useSearchShortcut } from './useSearchShortcut.ts';
import './search.scss';

/** Wait after the last key press before searching: typing stays smooth, results still feel instant. */
const DEBOUNCE_MS = 100;

export function ReviewSearch({ reviewId }: { reviewId: string }) {
  const session = useMemo(() => searchSessionFor(reviewId), [reviewId]);
  useEffect(() => retainSearchSession(session), [session]);
  const file = useReviewFile(reviewId);
  // In the background: the build waits for idle moments, so the screen draws first.
  useEffect(() => {
    if (file) session.prepare(file, 'when-idle');
  }, [file, session]);
  return <SearchBox key={reviewId} reviewId={reviewId} session={session} />;
}

function SearchBox({ reviewId, session }: { reviewId: string; session: SearchSession }) {
  const [text, setText] = useState(() => session.lastQuery());
  const [isOpen, setOpen] = useState(false);
  const query = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useSearchShortcut(() => {
    input.current?.focus();
    input.current?.select();
  });
  // Following a result (or any link) closes the panel; focusing the box opens it again.
  useEffect(() => {
    const close = () => setOpen(false);
    window.addEventListener('hashchange', close);
    return () => window.removeEventListener('hashchange', close);
  }, []);

  const change = (value: string) => {
    setText(value);
    session.rememberQuery(value);
    setOpen(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const inBox = event.target === input.current;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!inBox) input.current?.focus();
      else if (text) change('');
      else setOpen(false);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(root.current?.querySelectorAll<HTMLAnchorElement>('a.app-search__link') ?? [])];
    if (inBox) {
      if (event.key === 'ArrowDown' && links[0]) {
        event.preventDefault();
        links[0].focus();
      }
      return;
    }
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.current?.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  };

  // Leaving the search (by Tab or a click elsewhere) closes the panel.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="app-search" role="search" aria-label="This review" ref={root} onKeyDown={onKeyDown} onBlur={onBlur}>
      <div className="app-search__bar">
        <label className="govuk-label govuk-label--s app-search__label" htmlFor="review-search">Search this review</label>
        <input
          ref={input}
          id="review-search"
          className="govuk-input app-search__input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="review-search-hint"
          value={text}
          onChange={(event) => change(event.target.value)}
          onFocus={() => setOpen(true)}
        />
        <p id="review-search-hint" className="govuk-hint app-search__hint">
          Shortcut: <kbd className="app-kbd">/</kbd> or <kbd className="app-kbd">Ctrl</kbd> + <kbd className="app-kbd">K</kbd>
        </p>
      </div>
      {isOpen && <SearchResults reviewId={reviewId} session={session} query={query} />}
    </div>
  );
}
