/** GOV.UK error summary: takes focus when it appears so screen readers announce it. */
import { useEffect, useRef } from 'react';

export interface ErrorSummaryProps {
  errors: Array<{ href?: string; text: string }>;
}

export function ErrorSummary({ errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <h2 className="govuk-error-summary__title">There is a problem</h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {errors.map((e) => <li key={e.text}>{e.href ? <a href={e.href}>{e.text}</a> : e.text}</li>)}
        </ul>
      </div>
    </div>
  );
}
