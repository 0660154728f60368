/**
 * The service header. GOV.UK's own header carries the GOV.UK logo, which belongs to
 * GOV.UK services only, so the app uses the service navigation pattern on its own.
 */
import { Button } from '../components/Button.tsx';
import { lockNow } from '../features/lock/lockNow.ts';
import { LOCK_SHORTCUT } from '../features/lock/lockShortcut.ts';

export function Header() {
  return (
    <header className="govuk-service-navigation app-header">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <a href="#/" className="govuk-service-navigation__link">Local Review</a>
          </span>
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              <li className="govuk-service-navigation__item">
                <a className="govuk-service-navigation__link" href="#/">All reviews</a>
              </li>
              <li className="govuk-service-navigation__item">
                <a className="govuk-service-navigation__link" href="#/frameworks">Frameworks</a>
              </li>
              <li className="govuk-service-navigation__item">
                <a className="govuk-service-navigation__link" href="#/training">Training</a>
              </li>
              <li className="govuk-service-navigation__item">
                <a className="govuk-service-navigation__link" href="#/security">Security</a>
              </li>
              <li className="govuk-service-navigation__item">
                <a className="govuk-service-navigation__link" href="#/help">Help</a>
              </li>
            </ul>
          </nav>
          <Button variant="secondary" isSmall className="app-header__lock" onClick={() => void lockNow()}
            aria-keyshortcuts={LOCK_SHORTCUT.aria} title={`Lock (${LOCK_SHORTCUT.keys.join('+')})`}>Lock</Button>
        </div>
      </div>
    </header>
  );
}
