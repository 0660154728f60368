/**
 * Page-level notices: confirmations with an Undo button for destructive actions, and
 * plain-words problems. One notice at a time, so an Undo always refers to the last act.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { NotificationBanner } from '../components/NotificationBanner.tsx';

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

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const clear = useCallback(() => setNotice(null), []);
  const api = useMemo(() => ({ notify: setNotice, clear }), [clear]);
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
        <NotificationBanner kind={notice.kind} {...(notice.title && { title: notice.title })} onDismiss={clear}>
          <p className="govuk-notification-banner__heading">{notice.text}</p>
          {notice.undo && (
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => void undo()}>Undo</button>
          )}
        </NotificationBanner>
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
