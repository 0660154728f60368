/**
 * The page around the start-up screens (set a passphrase, recovery key, unlock): the
 * service name without any link into the app, and a main area. The window's title names
 * the screen only.
 */
import { useEffect, type ReactNode } from 'react';

export function LockFrame({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – Local Review`;
    return () => { document.title = 'Local Review'; };
  }, [title]);
  return (
    <>
      <header className="govuk-service-navigation app-header">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <span className="govuk-service-navigation__text">Local Review</span>
            </span>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">{children}</div>
          </div>
        </main>
      </div>
    </>
  );
}
