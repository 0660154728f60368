/** Catches render errors so one broken screen never blanks the app or loses the database. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Render error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="govuk-width-container">
        <h1 className="govuk-heading-l">Something went wrong on this screen</h1>
        <p className="govuk-body">Your saved work is safe. Go back to the list of reviews and try again.</p>
        <p className="govuk-body"><a className="govuk-link" href="#/" onClick={() => this.setState({ error: null })}>Back to reviews</a></p>
        <details className="govuk-details"><summary className="govuk-details__summary"><span className="govuk-details__summary-text">Technical details</span></summary>
          <div className="govuk-details__text"><pre>{this.state.error.message}</pre></div>
        </details>
      </div>
    );
  }
}
