/**
 * Long lists in pages: a large review has thousands of findings, actions, engagements
 * and recommendations, and drawing them all at once froze the screen for seconds (issue
 * 12). A list shows its first page and a plain "Show N more …" button under it: a
 * keyboard user presses it and carries on (focus stays on the button, which moves down
 * below the items it added). An item a link asks for (`?focus=`) is always within the
 * shown pages, so a link into the list still lands on it.
 */
import { useState } from 'react';
import { Button } from './Button.tsx';

/** Items drawn per page: enough for a real review to fit in one, few enough to draw fast. */
export const LIST_PAGE_SIZE = 100;

export interface ShownPages {
  /** How many items to draw. */
  shown: number;
  showMore: () => void;
}

/** `mustShow` is the index of an item that has to be drawn (the route's focus), or -1. */
export function useShownPages(total: number, mustShow = -1, pageSize = LIST_PAGE_SIZE): ShownPages {
  const [limit, setLimit] = useState(pageSize);
  const needed = mustShow >= 0 ? Math.ceil((mustShow + 1) / pageSize) * pageSize : 0;
  const shown = Math.min(total, Math.max(limit, needed));
  return { shown, showMore: () => setLimit(shown + pageSize) };
}

export interface ShowMoreProps {
  shown: number;
  total: number;
  /** The plural noun of the items, e.g. "findings". */
  items: string;
  onMore: () => void;
  pageSize?: number;
}

/** The button under a paged list; nothing when every item is shown. */
export function ShowMore({ shown, total, items, onMore, pageSize = LIST_PAGE_SIZE }: ShowMoreProps) {
  if (shown >= total) return null;
  const next = Math.min(pageSize, total - shown);
  return (
    <Button variant="secondary" onClick={onMore}>
      {`Show ${next.toLocaleString('en-GB')} more ${items} (${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} listed)`}
    </Button>
  );
}
