/**
 * GOV.UK error summary: takes focus when it appears or its messages change, so screen
 * readers announce it. Its links move focus to the field itself instead of following
 * `#id`, which the hash router would read as a route (and show "Page not found").
 */
import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryProps {
  errors: Array<{ href?: string; text: string }>;
}

/** Focuses the field an error names: the control itself, or the first control in a group. */
function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
  event.preventDefault();
  const target = document.getElementById(href.replace(/^#/, ''));
  const control = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
  control?.focus();
  control?.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({ errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Keyed on the messages, not the array: callers rebuild the array on every keystroke.
  const messages = errors.map((e) => e.text).join('\n');
  useEffect(() => { ref.current?.focus(); }, [messages]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <h2 className="govuk-error-summary__title">There is a problem</h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {errors.map((e) => <li key={e.text}>{e.href ? <a href={e.href} onClick={(event) => focusField(event, e.href!)}>{e.text}</a> : e.text}</li>)}
        </ul>
      </div>
    </div>
  );
}
