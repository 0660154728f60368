/** The Engage stage's keyboard shortcuts, listed on the page. */
import { ENGAGE_SHORTCUTS } from './useEngageShortcuts.ts';

export function KeyboardShortcutsHelp() {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Keyboard shortcuts</span></summary>
      <div className="govuk-details__text">
        <p className="govuk-body">These work anywhere on this stage, even while you type notes. On a Mac, Alt is the Option key.</p>
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          {ENGAGE_SHORTCUTS.map((s) => (
            <div className="govuk-summary-list__row" key={s.action}>
              <dt className="govuk-summary-list__key">
                {s.keys.map((k, i) => <span key={k}>{i > 0 && ' + '}<kbd className="app-kbd">{k}</kbd></span>)}
              </dt>
              <dd className="govuk-summary-list__value">{s.action}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
