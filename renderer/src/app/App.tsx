/** The app frame: header, notices, autosave status, and the current route's screen, behind the lock. */
import { useEffect, useRef } from 'react';
import { cancelHeadingFocus, requestHeadingFocus } from './headingFocus.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { NoticesProvider } from './notices.tsx';
import { SaveStatusProvider } from './saveStatus.tsx';
import { useRoute } from './router.ts';
import { Header } from './Header.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { LockGate } from '../features/lock/LockGate.tsx';
import { SecurityPage } from '../features/lock/SecurityPage.tsx';
import { HelpPage } from '../features/help/HelpPage.tsx';
import { FrameworkPage } from '../features/frameworks/FrameworkPage.tsx';
import { FrameworksPage } from '../features/frameworks/FrameworksPage.tsx';
import { ReviewsPage } from '../features/reviews/ReviewsPage.tsx';
import { Workspace } from '../features/workspace/Workspace.tsx';
import { TrainingScreen } from '../features/training/TrainingScreen.tsx';

export function App() {
  return <LockGate><Workbench /></LockGate>;
}

function Workbench() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const key = route.page === 'workspace' ? `${route.reviewId}/${route.stage}` : route.page === 'help' ? `help/${route.slug}` : route.page === 'training-attempt' ? `training/${route.attemptId}` : route.page === 'framework' ? route.frameworkId : route.page;
  const isFirstRoute = useRef(true);
  // A link to one item (a search result) focuses that item instead (see useFocusTarget).
  const targetsItem = route.page === 'workspace' && (route.focus !== undefined || route.at !== undefined);
  // On navigation (not on first load) focus moves to the new screen's heading.
  useEffect(() => {
    if (isFirstRoute.current) {
      isFirstRoute.current = false;
      return;
    }
    if (targetsItem) cancelHeadingFocus();
    else requestHeadingFocus(main.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of screen moves focus
  }, [key]);
  return (
    <SaveStatusProvider>
      <a href="#main-content" className="govuk-skip-link" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to main content</a>
      <Header />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" ref={main} tabIndex={-1}>
          <ErrorBoundary key={key}>
            <NoticesProvider>
              {route.page === 'reviews' && <ReviewsPage />}
              {route.page === 'security' && <SecurityPage />}
              {route.page === 'help' && <HelpPage slug={route.slug} />}
              {(route.page === 'training' || route.page === 'training-results' || route.page === 'training-attempt') && <TrainingScreen route={route} />}
              {route.page === 'frameworks' && <FrameworksPage />}
              {route.page === 'framework' && <FrameworkPage frameworkId={route.frameworkId} />}
              {route.page === 'workspace' && <Workspace route={route} />}
              {route.page === 'not-found' && (
                <>
                  <PageHeading>Page not found</PageHeading>
                  <p className="govuk-body"><a className="govuk-link" href="#/">Back to reviews</a></p>
                </>
              )}
            </NoticesProvider>
          </ErrorBoundary>
        </main>
      </div>
    </SaveStatusProvider>
  );
}
