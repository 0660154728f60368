/** The screen's h1; focusable so the app can move focus to it after navigation. */
import { useEffect, useRef, type ReactNode } from 'react';
import { claimHeadingFocus, focusHeadingWhenDrawn } from '../app/headingFocus.ts';

export function PageHeading({ caption, children }: { caption?: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (claimHeadingFocus()) focusHeadingWhenDrawn(ref.current);
  }, []);
  return (
    <>
      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l" tabIndex={-1} ref={ref}>{children}</h1>
    </>
  );
}
