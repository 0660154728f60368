/** The countdown before another try; announced once when it starts, not every second. */
import { seconds } from './useRetryCountdown.ts';

export function RetryWait({ secondsLeft }: { secondsLeft: number }) {
  if (secondsLeft <= 0) return null;
  return (
    <p className="govuk-inset-text app-retry-wait" data-testid="retry-wait">
      You can try again in <span aria-live="off">{seconds(secondsLeft)}</span>.
    </p>
  );
}
