/** The screen's h1; focusable so the app can move focus to it after navigation. */
import type { ReactNode } from 'react';

export function PageHeading({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    <>
      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l" tabIndex={-1}>{children}</h1>
    </>
  );
}
