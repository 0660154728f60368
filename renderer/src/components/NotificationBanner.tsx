/** GOV.UK notification banner, used for confirmations (with an optional Undo) and problems. */
import type { ReactNode } from 'react';

export interface NotificationBannerProps {
  kind: 'success' | 'important';
  title?: string;
  children: ReactNode;
  onDismiss?: () => void;
}

export function NotificationBanner({ kind, title, children, onDismiss }: NotificationBannerProps) {
  const isSuccess = kind === 'success';
  return (
    <div
      className={`govuk-notification-banner${isSuccess ? ' govuk-notification-banner--success' : ''}`}
      role={isSuccess ? 'alert' : 'region'}
      aria-labelledby={isSuccess ? undefined : 'notification-title'}
      aria-label={isSuccess ? undefined : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-title">{title ?? (isSuccess ? 'Success' : 'Important')}</h2>
      </div>
      <div className="govuk-notification-banner__content">
        {children}
        {onDismiss && (
          <p className="govuk-body govuk-!-margin-bottom-0">
            <button type="button" className="govuk-link app-link-button" onClick={onDismiss}>Dismiss</button>
          </p>
        )}
      </div>
    </div>
  );
}
