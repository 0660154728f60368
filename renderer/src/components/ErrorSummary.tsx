/**
 * GOV.UK error summary at the top of a form: takes focus (scrolled into view) when it
 * appears, when its messages change and on every failed submit, so screen readers
 * announce it and nobody is left looking at a button while the errors sit off-screen.
 * Its links move focus to the field itself instead of following `#id`, which the hash
 * router would read as a route (and show "Page not found").
 */
import { useEffect, useRef } from 'react';
import { focusField, moveFocus } from './focus.ts';

export interface ErrorSummaryProps {
  errors: Array<{ href?: string; text: string }>;
  /** Counts failed submits, so a second submit with the same errors takes focus again. */
  attempt?: number;
}

export function ErrorSummary({ errors, attempt = 0 }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Keyed on the messages, not the array: callers rebuild the array on every keystroke.
  const messages = errors.map((e) => e.text).join('\n');
  useEffect(() => { if (messages) moveFocus(ref.current, 'start'); }, [messages, attempt]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <h2 className="govuk-error-summary__title">There is a problem</h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {errors.map((e) => <li key={e.text}>{e.href ? <a href={e.href} onClick={(event) => { event.preventDefault(); focusField(e.href!); }}>{e.text}</a> : e.text}</li>)}
        </ul>
      </div>
    </div>
  );
}
