/**
 * Page-level notices: confirmations with an Undo button for destructive actions, and
 * plain-words problems. One notice at a time, so an Undo always refers to the last act.
 * A notice goes stale, and is cleared, when the reviewer starts something new: submits
 * any form, or moves to another screen (another stage, view or page; moving within the
 * screen, as a delete that closes an engagement does, keeps it).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { NotificationBanner } from '../components/NotificationBanner.tsx';
import { parseRoute } from './router.ts';

export interface Notice {
  kind: 'success' | 'important';
  title?: string;
  text: string;
  /** Offered as an "Undo" button until the next notice replaces this one. */
  undo?: () => Promise<unknown>;
}

interface NoticesApi {
  notify: (notice: Notice) => void;
  clear: () => void;
}

const NoticesContext = createContext<NoticesApi | null>(null);

/** The screen a route shows: its page, review, stage and Analyse view (not the item open in it). */
function screenOf(hash: string): string {
  const route = parseRoute(hash);
  return route.page === 'workspace' ? `${route.reviewId}/${route.stage}/${route.view ?? ''}` : route.page;
}

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const shownOn = useRef('');
  const banner = useRef<HTMLDivElement>(null);
  const clear = useCallback(() => setNotice(null), []);
  const notify = useCallback((next: Notice) => {
    shownOn.current = screenOf(window.location.hash);
    setNotice(next);
  }, []);
  const api = useMemo(() => ({ notify, clear }), [notify, clear]);

  useEffect(() => {
    if (!notice) return undefined;
    const onSubmit = (event: Event) => {
      if (!banner.current?.contains(event.target as Node)) clear();
    };
    const onHashChange = () => {
      if (screenOf(window.location.hash) !== shownOn.current) clear();
    };
    // Capture: the form's own handler runs after, so a notice it raises is the one that stays.
    document.addEventListener('submit', onSubmit, true);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      document.removeEventListener('submit', onSubmit, true);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [notice, clear]);
  const undo = async () => {
    if (!notice?.undo) return;
    try {
      await notice.undo();
      setNotice({ kind: 'success', text: 'Undone.' });
    } catch (error) {
      setNotice({ kind: 'important', title: 'Could not undo', text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <NoticesContext.Provider value={api}>
      {notice && (
        <div ref={banner}><NotificationBanner kind={notice.kind} {...(notice.title && { title: notice.title })} onDismiss={clear}>
          <p className="govuk-notification-banner__heading">{notice.text}</p>
          {notice.undo && (
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => void undo()}>Undo</button>
          )}
        </NotificationBanner></div>
      )}
      {children}
    </NoticesContext.Provider>
  );
}

export function useNotices(): NoticesApi {
  const api = useContext(NoticesContext);
  if (!api) throw new Error('useNotices needs a NoticesProvider');
  return api;
}

/** Plain words for an error a reviewer can act on. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
