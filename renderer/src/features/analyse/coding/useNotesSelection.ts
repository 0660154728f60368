/**
 * The reviewer's selection in the coded notes, as notes offsets, and ways to set it.
 * The last selection made in the notes is kept while focus moves elsewhere (to the
 * "Code selected passage" button, say); a caret with nothing selected clears it.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { pointAtOffset, rangeOffsets } from './selectionOffsets.ts';

export interface NotesRange {
  start: number;
  end: number;
}

/** A DOM Range over notes offsets inside `root`. */
export function domRange(root: HTMLElement, start: number, end: number): Range {
  const range = document.createRange();
  const from = pointAtOffset<Node>(root, start);
  const to = pointAtOffset<Node>(root, end);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Scrolls the notes (and the page, unless told not to) so the range sits a third of the way down the notes. */
export function scrollNotesTo(root: HTMLElement, start: number, end: number, isPageScrolled = true): void {
  if (isPageScrolled) root.scrollIntoView({ block: 'nearest' });
  const rect = domRange(root, start, end).getBoundingClientRect();
  const box = root.getBoundingClientRect();
  root.scrollTop += rect.top - box.top - box.height / 3;
}

export function useNotesSelection(rootRef: RefObject<HTMLDivElement | null>) {
  const [selection, setSelection] = useState<NotesRange | undefined>();

  useEffect(() => {
    const onChange = () => {
      const root = rootRef.current;
      const current = document.getSelection();
      if (!root || !current || current.rangeCount === 0) return;
      const range = current.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return;
      const offsets = rangeOffsets(root, range);
      setSelection(offsets && offsets.end > offsets.start ? offsets : undefined);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [rootRef]);

  /** Focuses the notes and selects start..end (a caret when equal), scrolled into view. */
  const select = useCallback((start: number, end: number) => {
    const root = rootRef.current;
    if (!root) return;
    root.focus({ preventScroll: true });
    const current = document.getSelection();
    current?.removeAllRanges();
    current?.addRange(domRange(root, start, end));
    setSelection(end > start ? { start, end } : undefined);
    scrollNotesTo(root, start, end);
  }, [rootRef]);

  return { selection, select };
}
